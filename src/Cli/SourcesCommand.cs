using System.CommandLine;
using Aggregator.Core.Formats;
using Aggregator.Core.Setup;
using Aggregator.Core.Sources;

namespace Aggregator.Cli;

/// <summary><c>aggregator sources validate [PATH]</c>: checks sources.json as start-up does, lists its sources.</summary>
public static class SourcesCommand
{
    public const int ExitInvalid = 2;

    public static Command Create()
    {
        var path = new Argument<string?>("path") { Description = "The sources file (default: AGGREGATOR_SOURCES, else sources.json)", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Check a sources file and list its sources") { path };
        validate.SetAction(async (result, ct) => await ValidateAsync(result.GetValue(path), Console.Out, Console.Error, ct));
        return new Command("sources", "Work with the sources file") { validate };
    }

    public static async Task<int> ValidateAsync(string? path, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var file = path is null ? CoreSettings.FromEnvironment().SourcesPath : Path.GetFullPath(path);
        try
        {
            var sources = await SourcesFile.LoadAsync(file, FormatRegistry.CreateDefault(), ct);
            foreach (var s in sources)
                await stdout.WriteLineAsync($"{s.Id}\t{s.Format}\t{s.Url}");
            await stderr.WriteLineAsync($"{file}: {sources.Count} sources, valid");
            return 0;
        }
        catch (SourcesConfigException e)
        {
            await stderr.WriteLineAsync(e.Message.ReplaceLineEndings(" "));
            return ExitInvalid;
        }
    }
}
