using Aggregator.Core.Feeds;
using Aggregator.Core.Records;

namespace Aggregator.Core.Storage;

/// <summary>Where records live (Azure Table Storage; large bodies in Blob Storage).</summary>
public interface IItemStore
{
    /// <summary>Creates tables and containers when missing.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Reconciles what one source shows now with what is stored for it: new items added, changed items
    /// updated (same id, dateModified set), items no longer shown marked removed (kept, out of feeds),
    /// removed items shown again restored. Same content twice writes nothing new.
    /// </summary>
    Task<SaveResult> SaveSourceItemsAsync(string sourceId, IReadOnlyList<Item> items, DateTimeOffset seenAt, CancellationToken cancellationToken = default);

    /// <summary>Items for a feed, newest first, duplicates across sources merged.</summary>
    Task<IReadOnlyList<Item>> QueryAsync(FeedQuery query, CancellationToken cancellationToken = default);

    Task SetStatusAsync(SourceStatus status, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<SourceStatus>> GetStatusesAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the raw fetched document (Blob Storage) for later reprocessing.</summary>
    Task SaveSnapshotAsync(string sourceId, string content, string? contentType, DateTimeOffset fetchedAt, CancellationToken cancellationToken = default);

    /// <summary>One document of a source made of several (a folder of files); <paramref name="part"/> names it.</summary>
    Task SaveSnapshotAsync(string sourceId, string content, string? contentType, DateTimeOffset fetchedAt, string? part, CancellationToken cancellationToken = default) =>
        SaveSnapshotAsync(sourceId, content, contentType, fetchedAt, cancellationToken);

    /// <summary>True when storage answers.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}

public sealed record SaveResult(int Added, int Updated, int Unchanged, int Removed, int Restored);

/// <summary>The outcome of a source's last ingestion, for maintainers.</summary>
public sealed record SourceStatus
{
    public required string SourceId { get; init; }
    public DateTimeOffset LastAttempt { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }
    public bool Ok { get; init; }
    /// <summary>Which step failed (fetch, detect, parse, store) and where in the document.</summary>
    public string? Error { get; init; }
    public string? Format { get; init; }
    public int ItemCount { get; init; }
    /// <summary>What the last successful save changed (null when it failed or the source was not modified).</summary>
    public SaveResult? Changes { get; init; }
    /// <summary>HTTP validators of the last successful fetch, sent next time for a conditional GET.</summary>
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
}
