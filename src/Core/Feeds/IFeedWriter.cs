using Aggregator.Core.Records;

namespace Aggregator.Core.Feeds;

/// <summary>One output format (JSON Feed, RSS, Atom). Adding a feed format = one writer and one route.</summary>
public interface IFeedWriter
{
    /// <summary>The route suffix: "json", "rss", "atom" (GET /api/feed.{Extension}).</summary>
    string Extension { get; }

    /// <summary>The Content-Type to serve, with charset.</summary>
    string MediaType { get; }

    /// <summary>Writes the whole feed as UTF-8 to <paramref name="output"/>.</summary>
    Task WriteAsync(FeedDocument feed, Stream output, CancellationToken cancellationToken = default);
}

/// <summary>What a feed shows: its own metadata and its items, newest first.</summary>
/// <param name="FeedUrl">The absolute URL of this feed, query included (self link).</param>
/// <param name="HomePageUrl">The site the feed belongs to.</param>
/// <param name="Updated">The newest item's date, or now for an empty feed.</param>
public sealed record FeedDocument(
    string Title,
    string FeedUrl,
    string HomePageUrl,
    string? Description,
    DateTimeOffset Updated,
    IReadOnlyList<Item> Items);
