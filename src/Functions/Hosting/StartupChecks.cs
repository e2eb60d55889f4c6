using Aggregator.Core.Storage;

namespace Aggregator.Functions.Hosting;

/// <summary>What must hold before the handler serves: sources.json is valid; storage is prepared when reachable.</summary>
public static class StartupChecks
{
    /// <returns>False when the app must not start (the reason is already printed).</returns>
    public static async Task<bool> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");

        if (services.GetService<IItemStore>() is { } store)
        {
            try
            {
                await store.InitializeAsync(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Serve anyway: /api/health reports the outage and ingestion retries on its next run.
                logger.LogError(e, "Storage could not be prepared; serving anyway, /api/health will say 503");
            }
        }
        return true;
    }
}
