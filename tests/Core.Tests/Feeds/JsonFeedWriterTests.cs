using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aggregator.Core.Feeds;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Feeds;

public class JsonFeedWriterTests
{
    private static async Task<JsonElement> WriteAsync(FeedDocument doc)
    {
        var bytes = await FeedSamples.WriteAsync(new JsonFeedWriter(), doc);
        Assert.NotEqual(0xEF, bytes[0]); // no BOM
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement.Clone();
        AssertValidJsonFeed(root);
        return root;
    }

    /// <summary>The MUSTs of JSON Feed 1.1: version, title, items; every item an id and content_html or content_text.</summary>
    private static void AssertValidJsonFeed(JsonElement root)
    {
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("items").ValueKind);
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
            var hasHtml = item.TryGetProperty("content_html", out var html) && html.ValueKind == JsonValueKind.String;
            var hasText = item.TryGetProperty("content_text", out var text) && text.ValueKind == JsonValueKind.String;
            Assert.True(hasHtml || hasText, $"item {item.GetProperty("id")} has neither content_html nor content_text");
            foreach (var name in new[] { "url", "external_url" })
                if (item.TryGetProperty(name, out var url))
                    Assert.True(Uri.IsWellFormedUriString(url.GetString(), UriKind.Absolute), $"{name} {url}");
            foreach (var name in new[] { "date_published", "date_modified" })
                if (item.TryGetProperty(name, out var date))
                    Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$", date.GetString());
        }
    }

    private static JsonElement ItemById(JsonElement root, string id) =>
        root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    [Fact]
    public void Media_type_is_json_feed_with_charset()
    {
        var writer = new JsonFeedWriter();
        Assert.Equal("json", writer.Extension);
        Assert.Equal("application/feed+json; charset=utf-8", writer.MediaType);
    }

    [Fact]
    public async Task Top_level_fields()
    {
        var root = await WriteAsync(FeedSamples.Full);
        Assert.Equal("Lab & Friends <feed>", root.GetProperty("title").GetString());
        Assert.Equal("https://feeds.example.org/", root.GetProperty("home_page_url").GetString());
        Assert.Equal("https://feeds.example.org/api/feed.atom?limit=50&kind=post", root.GetProperty("feed_url").GetString());
        Assert.Equal("Posts & papers from the lab", root.GetProperty("description").GetString());
        Assert.Equal(6, root.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Item_fields()
    {
        var item = ItemById(await WriteAsync(FeedSamples.Full), "3f2a9c0d1e7b44a58c21");
        Assert.Equal("https://lab.example.org/posts/reading-group", item.GetProperty("url").GetString());
        Assert.Equal("Notes from the reading group", item.GetProperty("title").GetString());
        Assert.Equal(FeedSamples.Post.ContentHtml, item.GetProperty("content_html").GetString());
        Assert.False(item.TryGetProperty("content_text", out _));
        Assert.Equal("We read two papers on sparse attention.", item.GetProperty("summary").GetString());
        Assert.Equal("2017-05-26T00:14:56+05:30", item.GetProperty("date_published").GetString());
        Assert.Equal(["Zoë Ångström", "Rahul Iyer"], item.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["deep-learning", "reading-group"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var attachment = Assert.Single(item.GetProperty("attachments").EnumerateArray());
        Assert.Equal("https://lab.example.org/files/notes.pdf", attachment.GetProperty("url").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("mime_type").GetString());
    }

    [Theory]
    [InlineData("a1b2c3d4e5f600112233", "2021-01-01T00:00:00Z")]
    [InlineData("ffee00112233445566aa", "2021-02-01T00:00:00Z")]
    [InlineData("7788990011aabbccddee", "2019-05-03T00:00:00Z")]
    [InlineData("55aa55aa55aa55aa55aa", "2026-11-22T18:30:00-05:00")]
    public async Task Dates_are_rfc3339_from_partial_dates_or_first_seen(string id, string published)
    {
        var item = ItemById(await WriteAsync(FeedSamples.Full), id);
        Assert.Equal(published, item.GetProperty("date_published").GetString());
    }

    [Fact]
    public async Task Item_without_html_gets_content_text_from_its_citation_summary_or_title()
    {
        var root = await WriteAsync(FeedSamples.Full);
        Assert.Equal("Ana María Pérez. Journal of Examples, 2021.\n\nWe study estimators that tolerate drift.", ItemById(root, "a1b2c3d4e5f600112233").GetProperty("content_text").GetString());
        Assert.Equal("Invited talk at the spring workshop", ItemById(root, "ffee00112233445566aa").GetProperty("content_text").GetString());
    }

    [Fact]
    public async Task Doi_is_the_external_url()
    {
        var item = ItemById(await WriteAsync(FeedSamples.Full), "a1b2c3d4e5f600112233");
        Assert.Equal("https://doi.org/10.1234/example.5678", item.GetProperty("external_url").GetString());
    }

    [Fact]
    public async Task Merged_item_has_modified_date_and_both_sources_in_the_record()
    {
        var item = ItemById(await WriteAsync(FeedSamples.Full), "7788990011aabbccddee");
        Assert.Equal("2026-11-20T12:00:00Z", item.GetProperty("date_modified").GetString());
        Assert.Equal(["alice-pubs", "group-pubs"], item.GetProperty("_aggregator").GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Extension_object_is_the_full_record()
    {
        var root = await WriteAsync(FeedSamples.Full);
        foreach (var record in FeedSamples.All)
        {
            var actual = JsonNode.Parse(ItemById(root, record.Id).GetProperty("_aggregator").GetRawText());
            var expected = JsonSerializer.SerializeToNode(record, RecordJson.Options);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{record.Id}: {actual}");
        }
        var post = ItemById(root, "3f2a9c0d1e7b44a58c21").GetProperty("_aggregator");
        Assert.Equal("2017-05-26T00:14:56+05:30", post.GetProperty("published").GetString());
        Assert.Equal("post", post.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Hostile_text_round_trips()
    {
        var bytes = await FeedSamples.WriteAsync(new JsonFeedWriter(), FeedSamples.Feed(FeedSamples.Hostile));
        var text = Encoding.UTF8.GetString(bytes);
        var item = (await WriteAsync(FeedSamples.Feed(FeedSamples.Hostile))).GetProperty("items")[0];

        Assert.Equal("Tom & Jerry <script>alert(\"x\")</script> 'quoted' bell]]>", item.GetProperty("title").GetString());
        Assert.Equal(FeedSamples.Hostile.ContentHtml, item.GetProperty("content_html").GetString());
        // Control characters survive JSON escaped; a lone surrogate cannot be UTF-8, so the writer replaces it.
        Assert.Equal("Summary with ]]> and <b>not bold</b> & \u000bvertical tab \ufffdlone surrogate, emoji 😀.", item.GetProperty("summary").GetString());
        Assert.Equal(FeedSamples.Hostile.Title, item.GetProperty("_aggregator").GetProperty("title").GetString());
        Assert.Equal(["O'Brien, \"Ed\" <ed@example.org>", "Jürgen Müller-Øster", "李小龙"],
            item.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.False(item.TryGetProperty("attachments", out _)); // relative slides link dropped
        Assert.DoesNotContain("<script>", text);
        Assert.Contains("李小龙", text);
    }

    [Fact]
    public async Task Empty_feed_is_valid()
    {
        var root = await WriteAsync(FeedSamples.Empty);
        Assert.Equal(0, root.GetProperty("items").GetArrayLength());
    }
}
