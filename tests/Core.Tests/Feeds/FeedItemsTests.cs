using Aggregator.Core.Feeds;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Feeds;

public class FeedItemsTests
{
    [Fact]
    public void Published_uses_the_earliest_instant_of_a_partial_date_then_first_seen()
    {
        var seen = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), FeedItems.Published(new Item { Published = PartialDate.OfYear(2021), FirstSeen = seen }));
        Assert.Equal(new DateTimeOffset(2021, 2, 1, 0, 0, 0, TimeSpan.Zero), FeedItems.Published(new Item { Published = PartialDate.OfMonth(2021, 2) }));
        Assert.Equal(seen, FeedItems.Published(new Item { FirstSeen = seen }));
        Assert.Null(FeedItems.Published(new Item()));
    }

    [Fact]
    public void Updated_prefers_modified_then_published_then_fallback()
    {
        var fallback = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var modified = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(modified, FeedItems.Updated(new Item { Published = PartialDate.OfYear(2020), DateModified = modified }, fallback));
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), FeedItems.Updated(new Item { Published = PartialDate.OfYear(2020) }, fallback));
        Assert.Equal(fallback, FeedItems.Updated(new Item(), fallback));
    }

    [Theory]
    [InlineData("  A   title\nover lines ", null, null, "A title over lines")]
    [InlineData("\u0007", "Hello everyone! We moved to a new building.", null, "We moved to a new building")]
    [InlineData(null, null, "https://example.org/x", "https://example.org/x")]
    [InlineData(null, null, null, "Untitled")]
    public void Title_falls_back_to_text_then_url(string? title, string? summary, string? url, string expected) =>
        Assert.Equal(expected, FeedItems.Title(new Item { Title = title, Summary = summary, Url = url }));

    [Fact]
    public void Text_falls_back_from_summary_to_content_to_title()
    {
        Assert.Equal("Short.", FeedItems.Text(new Item { Summary = " Short. ", ContentHtml = "<p>Long</p>", Title = "T" }));
        Assert.Equal("Para one\nPara two", FeedItems.Text(new Item { ContentHtml = "<p>Para one</p><p>Para two</p>", Title = "T" }));
        Assert.Equal("T", FeedItems.Text(new Item { Title = "T" }));
        Assert.Null(FeedItems.PlainText(new Item { Title = "T" }));
    }

    [Fact]
    public void Key_is_the_id_or_a_stable_hash_of_the_content()
    {
        Assert.Equal("abc", FeedItems.Key(new Item { Id = "abc" }));
        var a = FeedItems.Key(new Item { Title = "Same", Url = "https://example.org/a" });
        var b = FeedItems.Key(new Item { Title = "Same", Url = "https://example.org/a" });
        var c = FeedItems.Key(new Item { Title = "Other", Url = "https://example.org/a" });
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal("urn:aggregator:a%20b", FeedItems.Urn(new Item { Id = "a b" }));
    }

    [Theory]
    [InlineData("https://example.org/a?b=1", "https://example.org/a?b=1")]
    [InlineData("http://example.org", "http://example.org/")]
    [InlineData("/relative/path", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("mailto:someone@example.org", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("", null)]
    public void Only_absolute_web_urls_are_kept(string url, string? expected) =>
        Assert.Equal(expected, FeedItems.WebUrl(url));

    [Fact]
    public void Link_is_the_url_or_first_alternate_and_other_links_skip_it()
    {
        var item = new Item
        {
            Links =
            [
                new Link(LinkRel.Pdf, "/local.pdf"),
                new Link(LinkRel.Alternate, "https://example.org/page"),
                new Link(LinkRel.Pdf, "https://example.org/paper.pdf"),
                new Link(LinkRel.Slides, "https://example.org/paper.pdf"),
                new Link("", "https://example.org/other"),
            ],
        };
        Assert.Equal("https://example.org/page", FeedItems.Link(item));
        Assert.Equal([new Link(LinkRel.Pdf, "https://example.org/paper.pdf"), new Link(LinkRel.Related, "https://example.org/other")], FeedItems.OtherLinks(item));
        Assert.Equal("https://example.org/x", FeedItems.Link(item with { Url = "https://example.org/x" }));
    }

    [Fact]
    public void Distinct_drops_blank_and_repeated_values_and_control_characters()
    {
        Assert.Equal(["a b", "c"], FeedItems.Distinct(["a\u0001b", " ", "c", "c", "a b"]));
    }
}
