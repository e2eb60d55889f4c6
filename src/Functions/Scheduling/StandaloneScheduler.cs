using Aggregator.Core.Ingestion;
using Aggregator.Functions.Hosting;

namespace Aggregator.Functions.Scheduling;

/// <summary>
/// Standalone only: fires <see cref="IngestSchedule"/> itself (under the Functions host the timer trigger
/// does, and POSTs /ScheduledIngest). Optionally ingests once at start so a fresh run shows items at once.
/// </summary>
internal sealed class StandaloneScheduler(
    IServiceScopeFactory scopes,
    HandlerMode mode,
    AggregatorSettings settings,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<StandaloneScheduler> logger) : BackgroundService
{
    // Task.Delay takes at most ~49 days; sleep in steps so any NCRONTAB gap works.
    private static readonly TimeSpan MaxSleep = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (mode.UnderFunctionsHost) return;

        var schedule = IngestSchedule.Load(FunctionManifest.DefaultAppRoot, configuration);
        logger.LogInformation("Standalone ingestion schedule {Schedule} ({Origin}); next run {Next:u}",
            schedule.Expression, schedule.Origin, schedule.NextAfter(time.GetUtcNow()));

        if (settings.IngestOnStart)
            await RunAsync("start-up", stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.NextAfter(time.GetUtcNow());
            if (next is null)
            {
                logger.LogWarning("Schedule {Schedule} has no further occurrence; the standalone scheduler stops", schedule.Expression);
                return;
            }
            while (time.GetUtcNow() < next)
            {
                var wait = next.Value - time.GetUtcNow();
                await Task.Delay(wait < MaxSleep ? wait : MaxSleep, time, stoppingToken);
            }
            await RunAsync("schedule", stoppingToken);
        }
    }

    private async Task RunAsync(string reason, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var ingestion = scope.ServiceProvider.GetRequiredService<IIngestionService>();
            var report = await ingestion.IngestAllAsync(cancellationToken);
            logger.LogInformation("Ingestion ({Reason}) finished: {Count} sources, {Failed} failed",
                reason, report.Sources.Count, report.Failed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // One failed run must not stop later runs; the next occurrence tries again.
            logger.LogError(e, "Ingestion ({Reason}) failed", reason);
        }
    }
}
