using System.Collections;

namespace Aggregator.Core.Feeds;

/// <summary>The feed formats the host serves, found by route extension ("json", "rss", "atom").</summary>
public sealed class FeedWriters : IReadOnlyCollection<IFeedWriter>
{
    private readonly IReadOnlyList<IFeedWriter> _writers;

    public FeedWriters(IEnumerable<IFeedWriter> writers)
    {
        _writers = writers.ToList();
        var repeated = _writers.GroupBy(w => w.Extension, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ArgumentException($"Two feed writers share the extension '{repeated.Key}'.", nameof(writers));
    }

    public static FeedWriters CreateDefault() => new([new JsonFeedWriter(), new RssWriter(), new AtomWriter()]);

    public int Count => _writers.Count;

    /// <summary>The writer for an extension, case-insensitive; null when no format has it.</summary>
    public IFeedWriter? Find(string? extension) =>
        _writers.FirstOrDefault(w => string.Equals(w.Extension, extension?.Trim().TrimStart('.'), StringComparison.OrdinalIgnoreCase));

    public IEnumerator<IFeedWriter> GetEnumerator() => _writers.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
