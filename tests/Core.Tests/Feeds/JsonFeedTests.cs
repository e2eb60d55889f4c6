using Aggregator.Core.Formats;
using Aggregator.Core.Formats.JsonFeed;

namespace Aggregator.Core.Tests.Feeds;

public class JsonFeedTests
{
    [Fact]
    public void Malformed_json_reports_line_and_position()
    {
        const string json = "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"items\": [ { \"id\": \"1\" \"title\": \"x\" } ]\n}";
        var e = Assert.Throws<ParseException>(() => new JsonFeedFormat().Parse(new Document(json), ParseOptions.Default));
        Assert.Matches(@"^line 3, position \d+$", e.Where);
    }

    [Fact]
    public void A_feed_without_items_is_an_error()
    {
        var e = Assert.Throws<ParseException>(() => new JsonFeedFormat().Parse(new Document("{\"version\": \"https://jsonfeed.org/version/1\"}"), ParseOptions.Default));
        Assert.Contains("items", e.Message);
    }

    [Fact]
    public void Item_that_is_not_an_object_is_named_by_position()
    {
        var e = Assert.Throws<ParseException>(() => new JsonFeedFormat().Parse(
            new Document("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [{\"id\": \"a\"}, 7]}"), ParseOptions.Default));
        Assert.Equal("item 2", e.Where);
    }

    [Fact]
    public void Missing_id_falls_back_to_url_so_reingestion_is_stable()
    {
        var items = new JsonFeedFormat().Parse(new Document(
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"url\": \"https://example.test/p/1\", \"content_text\": \"hi\"}]}"), ParseOptions.Default);
        Assert.Equal("https://example.test/p/1", Assert.Single(items).Id);
    }
}
