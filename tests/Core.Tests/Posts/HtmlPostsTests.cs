using Aggregator.Core.Formats;
using Aggregator.Core.Formats.Html;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Posts;

public class HtmlPostsTests
{
    private static readonly HtmlFormat Format = new();

    private const string Hostile = """
        <html><head><script>var tracker = 1;</script><style>p{color:red}</style></head>
        <body onload="boom()">
        <ul>
          <li><b>Mar 2024</b> First <script>alert('s1')</script><img src="x.png" onerror="alert('e1')"></li>
          <li><b>Feb 2024</b> Second <a href="javascript:alert('j1')">link</a> <a href=" jAvAsCrIpT:alert('j2')">spaced</a></li>
          <li><b>Jan 2024</b> Third <iframe src="https://evil.example/"></iframe><svg onload="alert('v1')"></svg><img src="data:image/png;base64,AAAA"></li>
          <li><b>Dec 2023</b> Fourth <span onclick="alert('c1')" style="background:url(javascript:alert('st'))">styled</span><object data="x.swf"></object></li>
        </ul></body></html>
        """;

    private static readonly string[] Payloads =
        ["<script", "alert(", "onerror", "onload", "onclick", "javascript:", "<iframe", "<svg", "data:", "style=", "<object", "tracker", "color:red"];

    [Fact]
    public void Hostile_markup_never_reaches_raw_parser_output()
    {
        var items = Format.Parse(new Document(Hostile, "https://lab.example.org/news.html"), ParseOptions.Default);
        Assert.Equal(4, items.Count);
        foreach (var item in items)
        foreach (var payload in Payloads)
        {
            Assert.DoesNotContain(payload, item.ContentHtml ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(payload, item.Summary ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(payload, item.Title ?? "", StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("https://lab.example.org/x.png", items[0].ContentHtml);
    }

    [Fact]
    public void Hostile_markup_never_reaches_normalised_records()
    {
        var document = new Document(Hostile, "https://lab.example.org/news.html");
        var items = new ItemNormaliser().Normalise(Format.Parse(document, ParseOptions.Default), document, ParseOptions.Default);
        foreach (var item in items)
        foreach (var payload in Payloads)
            Assert.DoesNotContain(payload, (item.ContentHtml ?? "") + (item.Summary ?? "") + item.Title, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string> HtmlFixtures() =>
        new(Golden.GoldenCase.All().Where(c => c.Format == "html").Select(c => c.Name));

    /// <summary>Every HTML fixture, hostile or not, parses and normalises to records without active content.</summary>
    [Theory]
    [MemberData(nameof(HtmlFixtures))]
    public void No_fixture_page_yields_active_content(string name)
    {
        var (document, options, _) = Golden.GoldenCase.All().Single(c => c.Format == "html" && c.Name == name).Load();
        var items = new ItemNormaliser().Normalise(Format.Parse(document, options), document, options);
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var html = item.ContentHtml ?? "";
            Assert.DoesNotMatch(@"(?i)<(?:script|style|iframe|frame|object|embed|svg|math|form|meta|link|base)\b", html);
            Assert.DoesNotMatch(@"(?i)<[^>]*\s(?:on[a-z]+|style|srcdoc|formaction)\s*=", html);
            Assert.DoesNotMatch(@"(?i)(?:javascript|vbscript|data):", html);
        }
    }

    [Fact]
    public void A_news_page_with_only_its_heading_and_chrome_has_no_posts()
    {
        var html = """
            <html><body>
            <div class="navbar navbar-fixed-top"><a class="navbar-brand" href="/">Tidewater Robotics Lab</a>
              <ul class="nav"><li><a href="/">Home</a></li><li><a href="/people">People</a></li></ul></div>
            <div class="container-fluid"><div id="textid" class="col-sm-12"><h1 id="news">News</h1>
            </div></div>
            <div id="footer" class="panel"><p>&copy; 2024 Tidewater Robotics Lab.</p>Contact:<br>Engineering Hall 214</div>
            </body></html>
            """;
        Assert.Empty(Format.Parse(new Document(html, "news.html"), ParseOptions.Default));
    }

    [Fact]
    public void A_page_of_plain_text_under_its_heading_is_one_post()
    {
        var html = "<html><body><h1>News</h1><p>The lab moves to the new building in March.</p></body></html>";
        var item = Assert.Single(Format.Parse(new Document(html, "news.html"), ParseOptions.Default));
        Assert.Contains("new building in March", item.ContentHtml);
    }

    [Fact]
    public void Paths_stay_as_written_when_the_page_has_no_address_and_unsafe_schemes_still_go()
    {
        var html = """
            <html><body><h2>One</h2><p>Read <a href="/papers/one.pdf">the paper</a> and <a href="file:///etc/passwd">this</a>.</p>
            <h2>Two</h2><p>See <a href="slides/two.pdf">slides</a> or <a href="vbscript:msgbox(1)">that</a>.</p></body></html>
            """;
        var items = Format.Parse(new Document(html, "/tmp/news.html"), ParseOptions.Default);
        Assert.Equal(2, items.Count);
        Assert.Contains("href=\"/papers/one.pdf\"", items[0].ContentHtml);
        Assert.Contains("href=\"slides/two.pdf\"", items[1].ContentHtml);
        Assert.DoesNotContain("file:", items[0].ContentHtml);
        Assert.DoesNotContain("vbscript", items[1].ContentHtml);
    }

    [Fact]
    public void Relative_links_resolve_against_the_page_canonical_url_when_the_location_is_a_file()
    {
        var html = """
            <html><head><link rel="canonical" href="https://group.example.org/news/"></head><body>
            <h2><a href="/posts/one/">One</a></h2><p>Body <a href="two.html">two</a></p>
            <h2>Two</h2><p>Another</p></body></html>
            """;
        var items = Format.Parse(new Document(html, "/tmp/news.html"), ParseOptions.Default);
        Assert.Equal("https://group.example.org/posts/one/", items[0].Url);
        Assert.Contains("https://group.example.org/news/two.html", items[0].ContentHtml);
    }

    [Fact]
    public void An_invalid_selector_is_a_parse_error_naming_the_selector()
    {
        var options = new ParseOptions { Selectors = new HtmlSelectors { Item = ".post", Title = "h2[[" } };
        var e = Assert.Throws<ParseException>(() => Format.Parse(new Document("<div class=post><h2>x</h2></div>"), options));
        Assert.Equal("selectors.title", e.Where);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title><item><title>a</title><description>&lt;p&gt;b&lt;/p&gt;</description></item></channel></rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</title><content type=\"html\">&lt;div&gt;y&lt;/div&gt;</content></entry></feed>")]
    [InlineData("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><item><title>t</title></item></rdf:RDF>")]
    [InlineData("Just some text.\n\nWith paragraphs.\n")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"content_html\": \"<div><p>a</p><ul><li>b</li></ul><a href='x'>c</a></div>\"}]}")]
    [InlineData("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body><outline text=\"a\"/></body></opml>")]
    public void Does_not_claim_feeds_or_plain_text(string text) =>
        Assert.Equal(0, Format.Detect(new Document(text)));

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>")]
    [InlineData("<html><body>x</body></html>")]
    [InlineData("<div><h2>A</h2><p>b</p><p>c</p><ul><li>d</li></ul></div>")]
    public void Claims_html_documents_and_fragments(string text) =>
        Assert.True(Format.Detect(new Document(text)) >= 80);

    [Theory]
    // A second number above 12 shows the page writes month first: "03/04/2024" is 4 March there.
    [InlineData("03/04/2024", "03/19/2024", "2024-03-04")]
    // A first number above 12 shows day first, and nothing is re-read.
    [InlineData("03/04/2024", "19/03/2024", "2024-04-03")]
    public void Slashed_dates_follow_the_order_the_page_shows(string first, string second, string iso)
    {
        var page = $"""
            <html><body><table>
            <tr><td>{first}</td><td><p class="title">Paper one</p><p>Talk about the first paper.</p></td></tr>
            <tr><td>{second}</td><td><p class="title">Paper two</p><p>Talk about the second paper.</p></td></tr>
            </table></body></html>
            """;
        var items = Format.Parse(new Document(page, "https://rg.example.org/"), ParseOptions.Default);
        Assert.Equal(2, items.Count);
        Assert.Equal(iso, items[0].Published?.ToString());
    }
    [Fact]
    public void Speaker_set_beside_the_title_in_its_own_element_is_the_author_not_the_title()
    {
        const string page = """
            <html><body><main><div class="rows">
            <div class="r"><span class="d">2025-03-06</span><span><span>Lena Marsh</span><span>Rent caps and who moves</span></span></div>
            <div class="r"><span class="d">2025-02-20</span><span><span>Kofi Boateng</span><span>Title to come</span></span></div>
            <div class="r"><span class="d">2025-02-06</span><span><span>Aiko Mori</span><span>Harbour University</span></span></div>
            </div></main></body></html>
            """;
        var items = Format.Parse(new Document(page, "https://econ.example.org/seminar/"), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.Equal("Rent caps and who moves", items[0].Title);
        Assert.Equal(["Lena Marsh"], items[0].Authors);
        Assert.Equal("Title to come", items[1].Title);
        // An affiliation beside the speaker of an untitled talk is no title.
        Assert.Null(items[2].Title);
    }

    [Theory]
    // Two fields side by side: a space parts them.
    [InlineData("<span>Weekly notice</span><span>Room change this week</span>", "Weekly notice Room change this week")]
    // A word set in two elements for its looks stays whole.
    [InlineData("<b>Git</b><span>Hub</span> release", "GitHub release")]
    // A space already there, or punctuation at the seam, needs nothing added.
    [InlineData("<span>Weekly notice</span> <span>Room change this week</span>", "Weekly notice Room change this week")]
    [InlineData("<span>Weekly notice:</span><span>Room change this week</span>", "Weekly notice:Room change this week")]
    public void Fields_glued_in_adjacent_inline_elements_are_read_apart(string inner, string text)
    {
        var page = $"<html><body><main><ul><li><b>Mar 2024</b> {inner}</li><li><b>Feb 2024</b> Other news item here.</li></ul></main></body></html>";
        var items = Format.Parse(new Document(page, "https://lab.example.org/"), ParseOptions.Default);
        Assert.Equal(text, HtmlSafety.ToText(items[0].ContentHtml));
    }

    [Fact]
    public void A_modal_set_after_its_card_belongs_to_that_card()
    {
        const string page = """
            <html><body>
            <div class="card"><h3>Ana Ruiz</h3><p>Date: May 3, 2024</p><button data-toggle="modal" data-target="#ruiz">Abstract</button></div>
            <div class="modal" id="ruiz" aria-hidden="true"><div class="modal-body"><p>Rivers remember their floods.</p></div></div>
            <div class="card"><h3>Tom Berg</h3><p>Date: April 9, 2024</p><button data-toggle="modal" data-target="#berg">Abstract</button></div>
            <div class="modal" id="berg" aria-hidden="true"><div class="modal-body"><p>Glaciers keep time.</p></div></div>
            <div class="card"><h3>Eva Lind</h3><p>Date: March 1, 2024</p></div>
            </body></html>
            """;
        var items = Format.Parse(new Document(page, "https://lab.example.org/talks.html"), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.Contains("Rivers remember their floods.", items[0].ContentHtml);
        Assert.Contains("Glaciers keep time.", items[1].ContentHtml);
        Assert.DoesNotContain("Glaciers", items[2].ContentHtml);
    }

    [Fact]
    public void A_hidden_tab_panel_keeps_its_posts()
    {
        const string page = """
            <html><body><main>
            <ul role="tablist"><li><a role="tab" aria-controls="y2025">2025</a></li><li><a role="tab" aria-controls="y2024">2024</a></li></ul>
            <div id="y2025" role="tabpanel"><h3>10/03/2025 - Tidal maps</h3><p>A talk on tides.</p><h3>12/02/2025 - Salt marshes</h3><p>A talk on marshes.</p></div>
            <div id="y2024" role="tabpanel" hidden><h3>05/11/2024 - Sea ice</h3><p>A talk on ice.</p></div>
            </main></body></html>
            """;
        var items = Format.Parse(new Document(page, "https://lab.example.org/seminars.html"), ParseOptions.Default);
        Assert.Equal(["Tidal maps", "Salt marshes", "Sea ice"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_bold_date_with_a_label_after_it_leads_its_heading()
    {
        const string page = """
            <html><body><main>
            <h2><strong>15/01/2026</strong> Marking proofs</h2><p>A talk on rubrics.</p>
            <h2><strong>12/02/2026 Guest Lecture</strong> Proof by picture</h2><p>A talk on diagrams.</p>
            <h2><strong>May 2024 was busy</strong> for all of us</h2><p>Prose in bold that only starts with a month.</p>
            </main></body></html>
            """;
        var items = Format.Parse(new Document(page, "https://lab.example.org/seminars.html"), ParseOptions.Default);
        Assert.Equal(["2026-01-15", "2026-02-12"], items.Select(i => i.Published?.ToString()).Where(d => d is not null));
    }

    [Fact]
    public void A_list_under_a_dated_paragraph_is_that_items_notes()
    {
        const string page = """
            <html><body><main><section><h2>Archive</h2>
            <p><strong>May 7th, 2025.</strong> <a href="/p/1">Sparse codes in olfaction</a> led by Ana Ruiz.</p>
            <ul><li><a href="/bio">Speaker bio</a></li><li>Related review</li></ul>
            <p><strong>April 30th, 2025.</strong> <a href="/p/2">Place fields in open arenas</a> led by Li Wei.</p>
            <p><strong>April 23rd, 2025.</strong> <a href="/p/3">Motor babbling in songbirds</a> by Sam Ode.</p>
            <ul><li>Recording of the session</li></ul>
            </section></main></body></html>
            """;
        var items = Format.Parse(new Document(page, "https://club.example.org/past/"), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.Contains("Related review", items[0].ContentHtml);
        Assert.DoesNotContain("Related review", items[1].ContentHtml);
        Assert.Contains("Recording of the session", items[2].ContentHtml);
    }
}
