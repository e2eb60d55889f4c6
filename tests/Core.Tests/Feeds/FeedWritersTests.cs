using Aggregator.Core.Feeds;

namespace Aggregator.Core.Tests.Feeds;

public class FeedWritersTests
{
    [Fact]
    public void Default_set_has_the_three_formats()
    {
        var writers = FeedWriters.CreateDefault();
        Assert.Equal(["json", "rss", "atom"], writers.Select(w => w.Extension));
        Assert.IsType<JsonFeedWriter>(writers.Find("json"));
        Assert.IsType<RssWriter>(writers.Find("RSS"));
        Assert.IsType<AtomWriter>(writers.Find(".atom"));
        Assert.Null(writers.Find("xml"));
        Assert.Null(writers.Find(null));
        Assert.All(writers, w => Assert.EndsWith("; charset=utf-8", w.MediaType));
    }

    [Fact]
    public void Two_writers_with_one_extension_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FeedWriters([new RssWriter(), new RssWriter()]));
        Assert.Contains("'rss'", ex.Message);
    }
}
