using Aggregator.Core.Ingestion;
using Aggregator.Core.Records;
using Aggregator.Core.Storage;

namespace Functions.Tests.Fakes;

/// <summary>
/// An <see cref="IIngestionService"/> whose sources are given items in memory: "ingesting" saves them to the
/// store and records the run, so tests can see that an endpoint really ran ingestion.
/// </summary>
public sealed class ScriptedIngestion(IItemStore store, IReadOnlyDictionary<string, IReadOnlyList<Item>> sources) : IIngestionService
{
    private int _runs;

    /// <summary>How many times any ingestion ran.</summary>
    public int Runs => Volatile.Read(ref _runs);

    public async Task<IngestReport> IngestAllAsync(CancellationToken cancellationToken = default)
    {
        var statuses = new List<SourceStatus>();
        foreach (var id in sources.Keys)
            statuses.Add(await IngestSourceAsync(id, cancellationToken));
        return new IngestReport(statuses);
    }

    public async Task<SourceStatus> IngestSourceAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        if (!sources.TryGetValue(sourceId, out var items)) throw new KeyNotFoundException(sourceId);
        Interlocked.Increment(ref _runs);
        var now = DateTimeOffset.UtcNow;
        await store.SaveSourceItemsAsync(sourceId, items, now, cancellationToken);
        var status = new SourceStatus { SourceId = sourceId, LastAttempt = now, LastSuccess = now, Ok = true, ItemCount = items.Count, Format = "test" };
        await store.SetStatusAsync(status, cancellationToken);
        return status;
    }
}
