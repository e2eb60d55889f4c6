using Aggregator.Core.Fetching;
using Aggregator.Core.Formats;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Aggregator.Core.Ingestion;

/// <summary>How ingestion runs.</summary>
public sealed class IngestionOptions
{
    /// <summary>Sources fetched and stored at the same time.</summary>
    public int MaxParallelSources { get; set; } = 2;

    /// <summary>
    /// A parse that finds no items on a source that had some is taken as a failure (the page changed shape
    /// or is broken), so the stored items are not all marked removed.
    /// </summary>
    public bool RefuseEmptyParse { get; set; } = true;
}

/// <summary>
/// fetch → snapshot → detect/parse → normalise → reconcile, per source. A failing step is logged and
/// recorded in the source's status (which step, what, where), nothing stored is touched, and the other
/// sources go on.
/// </summary>
public sealed class IngestionService(
    IReadOnlyList<SourceDefinition> sources,
    IDocumentFetcher fetcher,
    FormatRegistry formats,
    ItemNormaliser normaliser,
    IItemStore store,
    ILogger<IngestionService> logger,
    TimeProvider time,
    IngestionOptions? options = null) : IIngestionService
{
    private readonly IngestionOptions _options = options ?? new IngestionOptions();

    // The timer and the admin route may ask for the same source at once; one source's saves must not interleave.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _running = new();

    public async Task<IngestReport> IngestAllAsync(CancellationToken cancellationToken = default)
    {
        var previous = await PreviousStatusesAsync(cancellationToken);
        var results = new SourceStatus[sources.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, sources.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelSources), CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await IngestAsync(sources[i], previous.GetValueOrDefault(sources[i].Id), ct));
        var report = new IngestReport(results);
        logger.LogInformation("Ingested {Count} sources, {Failed} failed", results.Length, report.Failed);
        return report;
    }

    public async Task<SourceStatus> IngestSourceAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        var source = sources.FirstOrDefault(s => s.Id == sourceId)
                     ?? throw new KeyNotFoundException($"No source with id '{sourceId}'.");
        var previous = await PreviousStatusesAsync(cancellationToken);
        return await IngestAsync(source, previous.GetValueOrDefault(sourceId), cancellationToken);
    }

    private async Task<Dictionary<string, SourceStatus>> PreviousStatusesAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await store.GetStatusesAsync(cancellationToken)).ToDictionary(s => s.SourceId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without the previous statuses every fetch is unconditional; the saves will report storage errors.
            logger.LogWarning(e, "Could not read source statuses: {Message}", e.Message);
            return [];
        }
    }

    private async Task<SourceStatus> IngestAsync(SourceDefinition source, SourceStatus? previous, CancellationToken cancellationToken)
    {
        var gate = _running.GetOrAdd(source.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await IngestOnceAsync(source, previous, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SourceStatus> IngestOnceAsync(SourceDefinition source, SourceStatus? previous, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var step = "fetch";
        var status = new SourceStatus
        {
            SourceId = source.Id, LastAttempt = started, LastSuccess = previous?.LastSuccess,
            Format = previous?.Format, ItemCount = previous?.ItemCount ?? 0,
        };
        try
        {
            var validators = previous is { Ok: true, ETag: not null } or { Ok: true, LastModified: not null }
                ? new FetchValidators(previous.ETag, previous.LastModified) : null;
            var fetched = await fetcher.FetchAsync(source.Url, validators, cancellationToken);
            if (fetched.NotModified)
            {
                logger.LogInformation("Source {Source}: not modified", source.Id);
                status = status with { Ok = true, LastSuccess = started, ETag = fetched.Validators?.ETag, LastModified = fetched.Validators?.LastModified };
                return await RecordAsync(status, cancellationToken);
            }

            step = "snapshot";
            await SnapshotAsync(source, fetched.Documents, started, cancellationToken);

            var (items, formatNames) = ParseAll(source, fetched.Documents, ref step);

            step = "store";
            if (items.Count == 0 && _options.RefuseEmptyParse && previous?.ItemCount > 0)
                throw new IngestionException("parse",
                    $"found no items (the last successful ingestion found {previous.ItemCount}); the page may have changed shape, so nothing stored was changed");
            var changes = await store.SaveSourceItemsAsync(source.Id, items, started, cancellationToken);
            logger.LogInformation("Source {Source}: {Count} items ({Format}); {Added} added, {Updated} updated, {Removed} removed, {Restored} restored",
                source.Id, items.Count, formatNames, changes.Added, changes.Updated, changes.Removed, changes.Restored);
            status = status with
            {
                Ok = true, LastSuccess = started, Format = formatNames, ItemCount = items.Count, Changes = changes,
                ETag = fetched.Validators?.ETag, LastModified = fetched.Validators?.LastModified,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failedStep = e is IngestionException ie ? ie.Step : step;
            // Storage SDK messages run to many lines (headers, content); the status keeps the first, the log all.
            var message = $"{failedStep}: {e.Message.Split('\n', 2)[0].Trim()}";
            logger.LogError(e, "Source {Source} failed at {Step}: {Message}", source.Id, failedStep, e.Message);
            status = status with { Ok = false, Error = message };
        }
        return await RecordAsync(status, cancellationToken);
    }

    /// <summary>Detects, parses and normalises every document; items of a folder's files follow each other in path order.</summary>
    private (List<Item> Items, string FormatNames) ParseAll(SourceDefinition source, IReadOnlyList<Document> documents, ref string step)
    {
        var parseOptions = source.ToParseOptions();
        var items = new List<Item>();
        var names = new List<string>();
        foreach (var document in documents)
        {
            step = "detect";
            var where = documents.Count > 1 ? $" in {document.Location}" : "";
            IFormat format;
            try { format = formats.Resolve(source.Format, document); }
            catch (UnknownFormatException e) when (documents.Count > 1 && IsAuto(source.Format))
            {
                // A folder of posts may hold other files (a README, a config): skip what no format recognises.
                logger.LogWarning("Source {Source}: skipped {Location}: {Message}", source.Id, document.Location, e.Message);
                continue;
            }
            catch (UnknownFormatException e) { throw new IngestionException("detect", e.Message + where, e); }

            step = "parse";
            IReadOnlyList<Item> parsed;
            try { parsed = format.Parse(document, parseOptions); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new IngestionException("parse", $"{(e is ParseException ? "" : format.Name + ": ")}{e.Message}{where}", e);
            }
            if (!names.Contains(format.Name)) names.Add(format.Name);

            step = "normalise";
            var tagged = source.Tags.Count == 0 ? parsed : parsed.Select(i => i with { Tags = [.. i.Tags, .. source.Tags] }).ToList();
            var offset = items.Count;
            items.AddRange(normaliser.Normalise(tagged, document, parseOptions)
                .Select(i => i with { Position = offset + (i.Position ?? 0) }));
        }
        if (names.Count == 0)
            throw new IngestionException("detect", $"no file of the folder {source.Url} is in a known format");
        return (KeepIdsApart(items), string.Join(",", names));
    }

    private static bool IsAuto(string? format) =>
        string.IsNullOrEmpty(format) || string.Equals(format, FormatRegistry.Auto, StringComparison.OrdinalIgnoreCase);

    /// <summary>Files of one folder are normalised one by one; two of them may still give one id.</summary>
    private static List<Item> KeepIdsApart(List<Item> items)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var id = items[i].Id;
            if (seen.TryGetValue(id, out var n))
            {
                seen[id] = n + 1;
                // Publications share ids on purpose (one work); the store merges them.
                if (items[i].Kind != RecordKind.Publication)
                    items[i] = items[i] with { Id = StableId.From(id, "file", n.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            }
            else seen[id] = 1;
        }
        return items;
    }

    private async Task SnapshotAsync(SourceDefinition source, IReadOnlyList<Document> documents, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        try
        {
            if (documents.Count == 1)
                await store.SaveSnapshotAsync(source.Id, documents[0].Text, documents[0].ContentType, fetchedAt, cancellationToken);
            else
                foreach (var d in documents)
                    await store.SaveSnapshotAsync(source.Id, d.Text, d.ContentType, fetchedAt,
                        d.Location is null ? null : Path.GetRelativePath(source.Url, d.Location), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Snapshots are for reprocessing later; losing one must not stop the items from being stored.
            logger.LogWarning(e, "Source {Source}: snapshot not saved: {Message}", source.Id, e.Message);
        }
    }

    private async Task<SourceStatus> RecordAsync(SourceStatus status, CancellationToken cancellationToken)
    {
        try
        {
            await store.SetStatusAsync(status, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Source {Source}: status not saved: {Message}", status.SourceId, e.Message);
            if (status.Ok) status = status with { Ok = false, Error = $"store: status not saved: {e.Message}" };
        }
        return status;
    }
}

/// <summary>A step of ingesting one source failed; <see cref="Step"/> is fetch, detect, parse or store.</summary>
public sealed class IngestionException(string step, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Step { get; } = step;
}
