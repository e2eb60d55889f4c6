using Aggregator.Core.Setup;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;

namespace Aggregator.Functions.Hosting;

/// <summary>What must hold before the handler serves: sources.json is valid; storage is prepared when reachable.</summary>
public static class StartupChecks
{
    /// <returns>False when the app must not start (the reason is already logged and printed).</returns>
    public static async Task<bool> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");

        try
        {
            _ = services.GetRequiredService<AggregatorSettings>();
            var settings = services.GetRequiredService<CoreSettings>();
            var sources = services.GetRequiredService<IReadOnlyList<SourceDefinition>>();
            logger.LogInformation("{Count} sources from {Path}", sources.Count, settings.SourcesPath);
        }
        catch (Exception e) when (e is SourcesConfigException or InvalidOperationException)
        {
            // The message names the file, the entry and the field; nothing else is needed to fix it.
            logger.LogCritical("Cannot start: {Reason}", e.Message);
            await Console.Error.WriteLineAsync($"Aggregator cannot start: {e.Message}");
            return false;
        }

        try
        {
            await services.GetRequiredService<IItemStore>().InitializeAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Serve anyway: /api/health reports the outage and ingestion retries on its next run.
            logger.LogError(e, "Storage could not be prepared; serving anyway, /api/health says 503 until it answers");
        }
        return true;
    }
}
