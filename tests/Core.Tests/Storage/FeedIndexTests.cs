using Aggregator.Core.Feeds;
using Aggregator.Core.Records;
using Aggregator.Core.Storage;

namespace Aggregator.Core.Tests.Storage;

public class FeedIndexTests
{
    [Fact]
    public void Row_keys_sort_newest_first_then_by_page_position()
    {
        var seen = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var older = new Item { Id = "z", Published = PartialDate.OfYear(2020) };
        var first = new Item { Id = "b", FirstSeen = seen, Position = 0 };
        var second = new Item { Id = "a", FirstSeen = seen, Position = 1 };
        var newest = new Item { Id = "y", Published = PartialDate.OfInstant(seen.AddHours(1)) };

        var sorted = new[] { older, second, first, newest }.OrderBy(FeedIndex.RowKey, StringComparer.Ordinal).Select(i => i.Id);

        Assert.Equal(["y", "b", "a", "z"], sorted);
    }

    [Fact]
    public void Partitions_cover_kind_sources_tags_and_authors_with_matching_keys()
    {
        var item = new Item
        {
            Id = "x", Kind = RecordKind.Publication, Sources = ["lab", "jane"],
            Tags = ["Deep-Learning", "deep learning"], Authors = ["Stanisław Jastrzębski", "Jane Doe"],
        };
        Assert.Equal(
            ["all", "kind:publication", "source:lab", "source:jane", "tag:deep learning", "author:s jastrzebski", "author:j doe"],
            FeedIndex.Partitions(item));
        Assert.Equal("author:s jastrzebski", FeedIndex.PartitionFor(new FeedQuery { Author = "S. Jastrzebski", Tag = "x" }));
        Assert.Equal("tag:deep learning", FeedIndex.PartitionFor(new FeedQuery { Tag = "DEEP learning", Kind = RecordKind.Post }));
        Assert.Equal("all", FeedIndex.PartitionFor(new FeedQuery()));
    }
}
