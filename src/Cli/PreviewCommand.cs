using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aggregator.Core.Fetching;
using Aggregator.Core.Formats;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Cli;

/// <summary><c>aggregator preview PATH [--format NAME] [--owner NAME]</c>: parse one document, store nothing.</summary>
public static class PreviewCommand
{
    public const int ExitUnreadable = 2;

    public static Command Create()
    {
        var input = new Argument<string>("path-or-url") { Description = "A local file or an http(s) URL" };
        var format = new Option<string>("--format") { Description = "Format name, or auto", DefaultValueFactory = _ => FormatRegistry.Auto };
        var owner = new Option<string?>("--owner") { Description = "The page owner's name, added to author lists that omit it" };
        var command = new Command("preview", "Parse one document and print its records as JSON") { input, format, owner };
        command.SetAction(async (result, ct) =>
            await RunAsync(result.GetValue(input)!, result.GetValue(format), result.GetValue(owner), Console.Out, Console.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(string location, string? formatName, string? owner, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        Document document;
        try
        {
            document = await DocumentReader.ReadAsync(location, ct);
        }
        catch (Exception e) when (e is FetchException or IOException or UnauthorizedAccessException or HttpRequestException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            await stderr.WriteLineAsync(e is FetchException ? e.Message : $"cannot read {location}: {e.Message}");
            return ExitUnreadable;
        }

        var registry = FormatRegistry.CreateDefault();
        var options = new ParseOptions { Owner = owner };
        try
        {
            var (used, items) = registry.Parse(document, formatName, options);
            var normalised = new ItemNormaliser().Normalise(items, document, options);
            var output = new JsonObject
            {
                ["format"] = used.Name,
                ["items"] = JsonSerializer.SerializeToNode(normalised, RecordJson.Options),
            };
            await stdout.WriteLineAsync(output.ToJsonString(RecordJson.Indented));
            return 0;
        }
        catch (Exception e) when (e is UnknownFormatException or ParseException)
        {
            await stderr.WriteLineAsync(e.Message.ReplaceLineEndings(" "));
            return ExitUnreadable;
        }
    }
}
