using System.Text.Json;
using Aggregator.Core.Feeds;

namespace Functions.Tests.Fakes;

/// <summary>A stand-in feed writer that lists the feed's metadata and item ids/titles as JSON.</summary>
public sealed class ListingFeedWriter(string extension, string mediaType) : IFeedWriter
{
    public string Extension => extension;
    public string MediaType => mediaType;

    public Task WriteAsync(FeedDocument feed, Stream output, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, new
        {
            title = feed.Title,
            feedUrl = feed.FeedUrl,
            items = feed.Items.Select(i => new { id = i.Id, title = i.Title }),
        }, cancellationToken: cancellationToken);
}
