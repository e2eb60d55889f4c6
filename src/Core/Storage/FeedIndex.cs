using System.Globalization;
using Aggregator.Core.Feeds;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Storage;

/// <summary>
/// The feed index: every active item has one row in each feed partition it belongs to ("all",
/// "kind:post", "source:&lt;id&gt;", "tag:&lt;key&gt;", "author:&lt;match key&gt;"), and row keys sort newest
/// first (inverted ticks of the feed date), then by position on the page, then by id. A feed query is
/// one ordered range read of one partition.
/// </summary>
public static class FeedIndex
{
    public const string All = "all";

    /// <summary>The date an item is sorted by: its publication date, else when it was first seen.</summary>
    public static DateTimeOffset FeedDate(Item item) =>
        item.Published?.ToInstant() ?? item.FirstSeen ?? DateTimeOffset.UnixEpoch;

    public static string RowKey(Item item)
    {
        var inverted = DateTimeOffset.MaxValue.UtcTicks - FeedDate(item).UtcTicks;
        var position = Math.Clamp(item.Position ?? 0, 0, 999_999);
        return string.Create(CultureInfo.InvariantCulture, $"{inverted:D19}_{position:D6}_{item.Id}");
    }

    public static IReadOnlyList<string> Partitions(Item item)
    {
        var keys = new List<string> { All, Kind(item.Kind) };
        keys.AddRange(item.Sources.Select(Source));
        keys.AddRange(item.Tags.Select(Tag).OfType<string>());
        keys.AddRange(item.Authors.Select(Author).OfType<string>());
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    public static string Kind(RecordKind kind) => "kind:" + kind.ToWire();
    public static string Source(string sourceId) => "source:" + sourceId;

    /// <summary>Tags match ignoring case, accents and punctuation ("Deep-Learning" = "deep learning").</summary>
    public static string? Tag(string tag) => TextKey.ForTitle(tag) is { Length: > 0 } k ? "tag:" + Limit(k) : null;

    /// <summary>Authors match as <see cref="PersonNames.SamePerson"/> does.</summary>
    public static string? Author(string name) => PersonNames.MatchKey(name) is { Length: > 0 } k ? "author:" + Limit(k) : null;

    /// <summary>The most selective partition for a query; the other conditions are checked on the rows read.</summary>
    public static string PartitionFor(FeedQuery query) =>
        (query.Author is { } a ? Author(a) : null)
        ?? (query.Tag is { } t ? Tag(t) : null)
        ?? (query.Source is { } s ? Source(s) : null)
        ?? (query.Kind is { } k ? Kind(k) : null)
        ?? All;

    /// <summary>True when the item satisfies every condition of the query.</summary>
    public static bool Matches(Item item, FeedQuery query) =>
        (query.Kind is not { } k || item.Kind == k)
        && (query.Source is not { } s || item.Sources.Contains(s, StringComparer.Ordinal))
        && (query.Tag is not { } t || (Tag(t) is { } tk && item.Tags.Any(x => Tag(x) == tk)))
        && (query.Author is not { } a || item.Authors.Any(x => PersonNames.SamePerson(x, a)));

    // Keys stay well under the 1 KiB limit of table keys; TextKey output has no characters keys forbid.
    private static string Limit(string key) => key.Length <= 200 ? key : key[..200];
}
