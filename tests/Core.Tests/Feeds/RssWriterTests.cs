using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Aggregator.Core.Feeds;

namespace Aggregator.Core.Tests.Feeds;

public class RssWriterTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static async Task<(SyndicationFeed Feed, XDocument Xml, string Text)> WriteAsync(FeedDocument doc)
    {
        var bytes = await FeedSamples.WriteAsync(new RssWriter(), doc);
        var text = Encoding.UTF8.GetString(bytes);
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var feed = SyndicationFeed.Load(reader);
        return (feed, XDocument.Parse(text), text);
    }

    // SyndicationFeed puts <description> into Summary, or into Content for an item without <link>.
    private static string? Description(SyndicationItem item) =>
        item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text;

    private static XElement ItemFor(XDocument xml, string title) =>
        xml.Descendants("item").Single(i => (string?)i.Element("title") == title);

    [Fact]
    public void Media_type_is_rss_with_charset()
    {
        var writer = new RssWriter();
        Assert.Equal("rss", writer.Extension);
        Assert.Equal("application/rss+xml; charset=utf-8", writer.MediaType);
    }

    [Fact]
    public async Task Channel_metadata_reads_back()
    {
        var (feed, xml, _) = await WriteAsync(FeedSamples.Full);

        Assert.Equal("Lab & Friends <feed>", feed.Title.Text);
        Assert.Equal("Posts & papers from the lab", feed.Description.Text);
        Assert.Equal(new Uri("https://feeds.example.org/"), feed.Links.First(l => l.RelationshipType is null or "alternate").Uri);
        Assert.Equal(FeedSamples.FeedUpdated, feed.LastUpdatedTime);
        Assert.Equal(6, feed.Items.Count());
        var self = xml.Root!.Element("channel")!.Element(Atom + "link")!;
        Assert.Equal("self", (string?)self.Attribute("rel"));
        Assert.Equal("https://feeds.example.org/api/feed.atom?limit=50&kind=post", (string?)self.Attribute("href"));
        Assert.Equal("Mon, 23 Nov 2026 10:00:00 +0000", (string?)xml.Root.Element("channel")!.Element("lastBuildDate"));
    }

    [Fact]
    public async Task Item_has_title_link_guid_date_authors_and_tags()
    {
        var (feed, xml, _) = await WriteAsync(FeedSamples.Full);
        var item = feed.Items.Single(i => i.Title.Text == "Notes from the reading group");

        Assert.Equal("urn:aggregator:3f2a9c0d1e7b44a58c21", item.Id);
        Assert.Equal(new Uri("https://lab.example.org/posts/reading-group"), item.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(new DateTimeOffset(2017, 5, 26, 0, 14, 56, TimeSpan.FromHours(5.5)), item.PublishDate);
        Assert.Equal(["deep-learning", "reading-group"], item.Categories.Where(c => c.Scheme is null).Select(c => c.Name));
        Assert.Contains("<em>two</em>", Description(item));

        var raw = ItemFor(xml, "Notes from the reading group");
        Assert.Equal("false", (string?)raw.Element("guid")!.Attribute("isPermaLink"));
        Assert.Equal("Fri, 26 May 2017 00:14:56 +0530", (string?)raw.Element("pubDate"));
        Assert.Equal(["Zoë Ångström", "Rahul Iyer"], raw.Elements(Dc + "creator").Select(e => e.Value));
        Assert.Empty(raw.Elements("author"));
        var pdf = raw.Elements(Atom + "link").Single(l => (string?)l.Attribute("title") == "pdf");
        Assert.Equal("https://lab.example.org/files/notes.pdf", (string?)pdf.Attribute("href"));
        Assert.Equal("application/pdf", (string?)pdf.Attribute("type"));
    }

    [Theory]
    [InlineData("Robust estimation under drift", "Fri, 01 Jan 2021 00:00:00 +0000")]
    [InlineData("Invited talk at the spring workshop", "Mon, 01 Feb 2021 00:00:00 +0000")]
    [InlineData("A merged paper", "Fri, 03 May 2019 00:00:00 +0000")]
    [InlineData("The cluster will be down on Friday for maintenance", "Sun, 22 Nov 2026 18:30:00 -0500")]
    public async Task Partial_dates_and_first_seen_become_rfc822(string title, string pubDate)
    {
        var (_, xml, _) = await WriteAsync(FeedSamples.Full);
        Assert.Equal(pubDate, (string?)ItemFor(xml, title).Element("pubDate"));
    }

    [Fact]
    public async Task Hostile_text_is_escaped_and_control_characters_dropped()
    {
        var (feed, xml, text) = await WriteAsync(FeedSamples.Feed(FeedSamples.Hostile));
        var item = feed.Items.Single();

        Assert.Equal("Tom & Jerry <script>alert(\"x\")</script> 'quoted' bell]]>", item.Title.Text);
        Assert.Equal(FeedSamples.Hostile.ContentHtml, Description(item));
        Assert.Equal(new Uri("https://lab.example.org/posts/hostile?a=1&b=2"), item.Links.Single().Uri);
        Assert.Equal(["c&c", "<tag>", "naïve"], item.Categories.Where(c => c.Scheme is null).Select(c => c.Name));
        Assert.Equal(["O'Brien, \"Ed\" <ed@example.org>", "Jürgen Müller-Øster", "李小龙"],
            xml.Descendants(Dc + "creator").Select(e => e.Value));
        Assert.DoesNotContain("<script>", text);
        Assert.DoesNotContain("\u0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/relative/", text);
        Assert.DoesNotContain("javascript:", text);
    }

    [Fact]
    public async Task Plain_text_description_is_html_escaped()
    {
        var (feed, _, _) = await WriteAsync(FeedSamples.Feed(FeedSamples.PaperOfYear with { Summary = "Bounds for a < b & c > d" }));
        Assert.Equal("<p>Ana María Pérez. Journal of Examples, 2021.</p><p>Bounds for a &lt; b &amp; c &gt; d</p>", Description(feed.Items.Single()));
    }

    [Fact]
    public async Task Item_with_only_a_title_still_has_a_description()
    {
        var (feed, _, _) = await WriteAsync(FeedSamples.Feed(FeedSamples.TalkOfMonth));
        Assert.Equal("<p>Invited talk at the spring workshop</p>", Description(feed.Items.Single()));
    }

    [Fact]
    public async Task Merged_item_shows_every_source()
    {
        var (feed, xml, _) = await WriteAsync(FeedSamples.Feed(FeedSamples.Merged));
        var item = feed.Items.Single();

        Assert.Equal(["alice-pubs", "group-pubs"], item.Categories.Where(c => c.Scheme == FeedItems.SourceScheme).Select(c => c.Name));
        var via = xml.Descendants(Atom + "link").Single(l => (string?)l.Attribute("rel") == "via");
        Assert.Equal("https://group.example.org/publications#merged", (string?)via.Attribute("href"));
    }

    [Fact]
    public async Task Empty_feed_is_valid()
    {
        var (feed, xml, _) = await WriteAsync(FeedSamples.Empty);
        Assert.Empty(feed.Items);
        Assert.Equal("2.0", (string?)xml.Root!.Attribute("version"));
    }
}
