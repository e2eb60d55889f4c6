using System.Collections.Concurrent;
using Aggregator.Core.Feeds;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;
using Aggregator.Core.Storage;

namespace Functions.Tests.Fakes;

/// <summary>An <see cref="IItemStore"/> in memory, for endpoint tests that are about HTTP, not storage.</summary>
public sealed class InMemoryItemStore : IItemStore
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Item>> _bySource = new();
    private readonly ConcurrentDictionary<string, SourceStatus> _statuses = new();

    /// <summary>What <see cref="PingAsync"/> does: answer true, false, or throw.</summary>
    public Func<bool> Ping { get; set; } = () => true;

    /// <summary>When set, queries throw it (storage failing mid-request).</summary>
    public Exception? QueryFailure { get; set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<SaveResult> SaveSourceItemsAsync(string sourceId, IReadOnlyList<Item> items, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        _bySource[sourceId] = items.Select(i => i with { Sources = [sourceId], FirstSeen = i.FirstSeen ?? seenAt }).ToList();
        return Task.FromResult(new SaveResult(items.Count, 0, 0, 0, 0));
    }

    public Task<IReadOnlyList<Item>> QueryAsync(FeedQuery query, CancellationToken cancellationToken = default)
    {
        if (QueryFailure is { } failure) throw failure;
        IEnumerable<Item> items = _bySource.Values.SelectMany(v => v);
        if (query.Kind is { } kind) items = items.Where(i => i.Kind == kind);
        if (query.Source is { } source) items = items.Where(i => i.Sources.Contains(source));
        if (query.Tag is { } tag) items = items.Where(i => i.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase));
        if (query.Author is { } author) items = items.Where(i => i.Authors.Any(a => PersonNames.SamePerson(a, author)));
        IReadOnlyList<Item> result = items
            .OrderByDescending(i => i.Published?.ToInstant() ?? i.FirstSeen)
            .Take(query.Limit)
            .ToList();
        return Task.FromResult(result);
    }

    public Task SetStatusAsync(SourceStatus status, CancellationToken cancellationToken = default)
    {
        _statuses[status.SourceId] = status;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SourceStatus>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SourceStatus>>(_statuses.Values.ToList());

    public Task SaveSnapshotAsync(string sourceId, string content, string? contentType, DateTimeOffset fetchedAt, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(Ping());
}
