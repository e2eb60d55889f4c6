using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Aggregator.Core.Feeds;

namespace Aggregator.Core.Tests.Feeds;

public class AtomWriterTests
{
    private static readonly XNamespace A = "http://www.w3.org/2005/Atom";

    private static async Task<(SyndicationFeed Feed, XDocument Xml, string Text)> WriteAsync(FeedDocument doc)
    {
        var bytes = await FeedSamples.WriteAsync(new AtomWriter(), doc);
        var text = Encoding.UTF8.GetString(bytes);
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return (SyndicationFeed.Load(reader), XDocument.Parse(text), text);
    }

    private static XElement EntryFor(XDocument xml, string id) =>
        xml.Descendants(A + "entry").Single(e => (string?)e.Element(A + "id") == id);

    [Fact]
    public void Media_type_is_atom_with_charset()
    {
        var writer = new AtomWriter();
        Assert.Equal("atom", writer.Extension);
        Assert.Equal("application/atom+xml; charset=utf-8", writer.MediaType);
    }

    [Fact]
    public async Task Feed_metadata_reads_back()
    {
        var (feed, xml, _) = await WriteAsync(FeedSamples.Full);

        Assert.Equal("https://feeds.example.org/api/feed.atom?limit=50&kind=post", feed.Id);
        Assert.Equal("Lab & Friends <feed>", feed.Title.Text);
        Assert.Equal(FeedSamples.FeedUpdated, feed.LastUpdatedTime);
        Assert.Equal(new Uri("https://feeds.example.org/api/feed.atom?limit=50&kind=post"), feed.Links.Single(l => l.RelationshipType == "self").Uri);
        Assert.Equal(new Uri("https://feeds.example.org/"), feed.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal("Lab & Friends <feed>", Assert.Single(feed.Authors).Name);
        Assert.Equal(6, feed.Items.Count());
        Assert.Equal("2026-11-23T10:00:00Z", (string?)xml.Root!.Element(A + "updated"));
    }

    [Fact]
    public async Task Entry_has_id_dates_authors_links_categories_and_content()
    {
        var (feed, xml, _) = await WriteAsync(FeedSamples.Full);
        var entry = feed.Items.Single(i => i.Id == "urn:aggregator:3f2a9c0d1e7b44a58c21");

        Assert.Equal("Notes from the reading group", entry.Title.Text);
        Assert.Equal(new DateTimeOffset(2017, 5, 26, 0, 14, 56, TimeSpan.FromHours(5.5)), entry.PublishDate);
        Assert.Equal(["Zoë Ångström", "Rahul Iyer"], entry.Authors.Select(a => a.Name));
        Assert.Equal(["deep-learning", "reading-group"], entry.Categories.Where(c => c.Scheme is null).Select(c => c.Name));
        Assert.Equal(new Uri("https://lab.example.org/posts/reading-group"), entry.Links.Single(l => l.RelationshipType == "alternate").Uri);
        var pdf = entry.Links.Single(l => l.Title == "pdf");
        Assert.Equal(("related", "application/pdf", new Uri("https://lab.example.org/files/notes.pdf")), (pdf.RelationshipType, pdf.MediaType, pdf.Uri));
        Assert.Equal("html", entry.Content.Type);
        Assert.Equal(FeedSamples.Post.ContentHtml, ((TextSyndicationContent)entry.Content).Text);
        Assert.Equal("We read two papers on sparse attention.", entry.Summary.Text);

        var raw = EntryFor(xml, "urn:aggregator:3f2a9c0d1e7b44a58c21");
        Assert.Equal("2017-05-26T00:14:56+05:30", (string?)raw.Element(A + "published"));
        Assert.Equal("text", (string?)raw.Element(A + "summary")!.Attribute("type"));
    }

    [Theory]
    [InlineData("urn:aggregator:a1b2c3d4e5f600112233", "2021-01-01T00:00:00Z", "2021-01-01T00:00:00Z")]
    [InlineData("urn:aggregator:ffee00112233445566aa", "2021-02-01T00:00:00Z", "2021-02-01T00:00:00Z")]
    [InlineData("urn:aggregator:7788990011aabbccddee", "2019-05-03T00:00:00Z", "2026-11-20T12:00:00Z")]
    [InlineData("urn:aggregator:55aa55aa55aa55aa55aa", "2026-11-22T18:30:00-05:00", "2026-11-22T18:30:00-05:00")]
    public async Task Partial_dates_modified_and_first_seen_become_rfc3339(string id, string published, string updated)
    {
        var (_, xml, _) = await WriteAsync(FeedSamples.Full);
        var entry = EntryFor(xml, id);
        Assert.Equal(published, (string?)entry.Element(A + "published"));
        Assert.Equal(updated, (string?)entry.Element(A + "updated"));
    }

    [Fact]
    public async Task Undated_item_takes_the_feed_date_as_updated_and_has_no_published()
    {
        var (_, xml, _) = await WriteAsync(FeedSamples.Feed(FeedSamples.TalkOfMonth with { Published = null, FirstSeen = null }));
        var entry = xml.Descendants(A + "entry").Single();
        Assert.Equal("2026-11-23T10:00:00Z", (string?)entry.Element(A + "updated"));
        Assert.Null(entry.Element(A + "published"));
    }

    [Fact]
    public async Task Entry_without_link_or_html_carries_text_content()
    {
        var (feed, _, _) = await WriteAsync(FeedSamples.Feed(FeedSamples.TalkOfMonth));
        var entry = feed.Items.Single();
        Assert.Empty(entry.Links);
        Assert.Equal("text", entry.Content.Type);
        Assert.Equal("Invited talk at the spring workshop", ((TextSyndicationContent)entry.Content).Text);
    }

    [Fact]
    public async Task Untitled_item_gets_a_title_from_its_text()
    {
        var (feed, _, _) = await WriteAsync(FeedSamples.Feed(FeedSamples.Untitled));
        Assert.Equal("The cluster will be down on Friday for maintenance", feed.Items.Single().Title.Text);
    }

    [Fact]
    public async Task Hostile_text_is_escaped_and_control_characters_dropped()
    {
        var (feed, _, text) = await WriteAsync(FeedSamples.Feed(FeedSamples.Hostile));
        var entry = feed.Items.Single();

        Assert.Equal("Tom & Jerry <script>alert(\"x\")</script> 'quoted' bell]]>", entry.Title.Text);
        Assert.Equal(FeedSamples.Hostile.ContentHtml, ((TextSyndicationContent)entry.Content).Text);
        Assert.Equal("Summary with ]]> and <b>not bold</b> & vertical tab lone surrogate, emoji 😀.", entry.Summary.Text);
        Assert.Equal(["O'Brien, \"Ed\" <ed@example.org>", "Jürgen Müller-Øster", "李小龙"], entry.Authors.Select(a => a.Name));
        Assert.Equal(["c&c", "<tag>", "naïve"], entry.Categories.Where(c => c.Scheme is null).Select(c => c.Name));
        Assert.Equal(new Uri("https://lab.example.org/posts/hostile?a=1&b=2"), entry.Links.Single().Uri);
        Assert.DoesNotContain("<script>", text);
        Assert.DoesNotContain("\u0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u000b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/relative/", text);
        Assert.DoesNotContain("javascript:", text);
    }

    [Fact]
    public async Task Merged_entry_names_every_source_and_links_the_other_page_as_via()
    {
        var (feed, _, _) = await WriteAsync(FeedSamples.Feed(FeedSamples.Merged));
        var entry = feed.Items.Single();

        var sources = entry.Categories.Where(c => c.Scheme == FeedItems.SourceScheme).ToList();
        Assert.Equal(["alice-pubs", "group-pubs"], sources.Select(c => c.Name));
        Assert.Equal(["Source: alice-pubs", "Source: group-pubs"], sources.Select(c => c.Label));
        Assert.Equal(new Uri("https://alice.example.org/papers/merged"), entry.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(new Uri("https://group.example.org/publications#merged"), entry.Links.Single(l => l.RelationshipType == "via").Uri);
        Assert.Equal(new Uri("https://arxiv.org/abs/1905.00001"), entry.Links.Single(l => l.Title == "arxiv").Uri);
    }

    [Fact]
    public async Task Ids_are_stable_and_differ_between_items()
    {
        var (first, _, _) = await WriteAsync(FeedSamples.Full);
        var (second, _, _) = await WriteAsync(FeedSamples.Full);
        var ids = first.Items.Select(i => i.Id).ToList();
        Assert.Equal(ids, second.Items.Select(i => i.Id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id));
    }

    [Fact]
    public async Task Empty_feed_is_valid()
    {
        var (feed, xml, text) = await WriteAsync(FeedSamples.Empty);
        Assert.Empty(feed.Items);
        Assert.NotNull(xml.Root!.Element(A + "author"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
    }
}
