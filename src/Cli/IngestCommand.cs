using System.CommandLine;
using System.Text.Json;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Records;
using Aggregator.Core.Setup;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aggregator.Cli;

/// <summary>
/// <c>aggregator ingest [--sources PATH] [--source ID]</c>: runs ingestion against the storage in
/// AzureWebJobsStorage (as the timer does) and prints the report as JSON. Exit 0 when every source
/// succeeded, 1 when some failed, 2 when the sources file or the source id is wrong.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var sourcesPath = new Option<string?>("--sources") { Description = "The sources file (default: AGGREGATOR_SOURCES, else sources.json)" };
        var sourceId = new Option<string?>("--source") { Description = "Ingest only the source with this id" };
        var command = new Command("ingest", "Fetch, parse and store the sources (storage: AzureWebJobsStorage)") { sourcesPath, sourceId };
        command.SetAction(async (result, ct) =>
            await RunAsync(result.GetValue(sourcesPath), result.GetValue(sourceId), Console.Out, Console.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(string? sourcesPath, string? sourceId, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var settings = CoreSettings.FromEnvironment();
        if (sourcesPath is not null) settings = settings with { SourcesPath = Path.GetFullPath(sourcesPath) };

        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole(o => { o.SingleLine = true; }).SetMinimumLevel(LogLevel.Warning))
            .AddAggregatorCore(settings);
        await using var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IReadOnlyList<SourceDefinition>>();
        }
        catch (SourcesConfigException e)
        {
            await stderr.WriteLineAsync(e.Message.ReplaceLineEndings(" "));
            return 2;
        }

        var ingestion = provider.GetRequiredService<IIngestionService>();
        IngestReport report;
        if (sourceId is null)
            report = await ingestion.IngestAllAsync(ct);
        else
        {
            try
            {
                report = new IngestReport([await ingestion.IngestSourceAsync(sourceId, ct)]);
            }
            catch (KeyNotFoundException)
            {
                await stderr.WriteLineAsync($"No source with id '{sourceId}' in {settings.SourcesPath}.");
                return 2;
            }
        }

        await stdout.WriteLineAsync(JsonSerializer.Serialize(report, RecordJson.Indented));
        foreach (var s in report.Sources)
            await stderr.WriteLineAsync(s.Ok ? $"ok      {s.SourceId}: {s.ItemCount} items ({s.Format}){Changes(s.Changes)}" : $"FAILED  {s.SourceId}: {s.Error}");
        return report.Failed == 0 ? 0 : 1;
    }

    private static string Changes(SaveResult? c) =>
        c is null ? "" : $"; {c.Added} added, {c.Updated} updated, {c.Unchanged} unchanged, {c.Removed} removed, {c.Restored} restored";
}
