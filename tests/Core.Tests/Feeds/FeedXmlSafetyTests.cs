using System.Diagnostics;
using Aggregator.Core.Formats;
using Aggregator.Core.Formats.Atom;
using Aggregator.Core.Formats.Rss;

namespace Aggregator.Core.Tests.Feeds;

/// <summary>Feed XML never resolves DTDs or entities, and bad XML says where it broke.</summary>
public class FeedXmlSafetyTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>t</title><link>https://example.test/</link>
        <item><title>&lol9;</title><link>https://example.test/a</link></item>
        </channel></rss>
        """;

    [Fact]
    public void Billion_laughs_is_not_expanded()
    {
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ParseException>(() => new RssFormat().Parse(new Document(BillionLaughs), ParseOptions.Default));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Contains("lol9", e.Message);
        Assert.StartsWith("line 15", e.Where);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE feed [ <!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}"> ]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>&xxe;</title></entry></feed>
                """;
            var e = Assert.Throws<ParseException>(() => new AtomFormat().Parse(new Document(xxe), ParseOptions.Default));
            Assert.DoesNotContain("TOP-SECRET", e.Message);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_doctype_that_declares_nothing_used_is_skipped()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://example.invalid/never-fetched.dtd" [ <!ENTITY unused "x"> ]>
            <rss version="2.0"><channel><item><title>Fine &amp; well&nbsp;done</title><guid>g1</guid></item></channel></rss>
            """;
        var items = new RssFormat().Parse(new Document(xml), ParseOptions.Default);
        Assert.Equal("Fine & well done", Assert.Single(items).Title);
    }

    [Fact]
    public void Malformed_xml_reports_line_and_position()
    {
        const string xml = "<rss version=\"2.0\">\n<channel>\n  <item><title>Broken</titel></item>\n</channel></rss>";
        var e = Assert.Throws<ParseException>(() => new RssFormat().Parse(new Document(xml), ParseOptions.Default));
        Assert.Equal("rss", e.Format);
        Assert.Matches(@"^line 3, position \d+$", e.Where);
    }

    [Fact]
    public void Rss_without_channel_is_an_error_not_an_empty_feed()
    {
        var e = Assert.Throws<ParseException>(() => new RssFormat().Parse(new Document("<rss version=\"2.0\"><item/></rss>"), ParseOptions.Default));
        Assert.Contains("channel", e.Message);
    }
}

public class FeedXmlToleranceTests
{
    [Fact]
    public void Leading_blank_lines_before_the_declaration_are_tolerated_and_lines_still_count()
    {
        const string xml = "\n\n<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>x</title><guid>1</guid></item>\n<item><title>y</oops></item></channel></rss>";
        Assert.Equal(100, new RssFormat().Detect(new Document(xml)));
        var e = Assert.Throws<ParseException>(() => new RssFormat().Parse(new Document(xml), ParseOptions.Default));
        Assert.StartsWith("line 6,", e.Where);
    }
}

public class FeedShapeErrorTests
{
    [Fact]
    public void A_stray_control_character_does_not_sink_the_feed()
    {
        var xml = "<rss version=\"2.0\"><channel><item><title>Tab\u000Bbed title</title><guid>1</guid></item></channel></rss>";
        var item = Assert.Single(new RssFormat().Parse(new Document(xml), ParseOptions.Default));
        Assert.StartsWith("Tab", item.Title);
    }

    [Fact]
    public void Atom_parser_refuses_a_non_feed_root_with_its_line()
    {
        var e = Assert.Throws<ParseException>(() => new AtomFormat().Parse(new Document("\n<rss version=\"2.0\"><channel/></rss>"), ParseOptions.Default));
        Assert.Equal("line 2", e.Where);
    }

    [Fact]
    public void Rdf_that_is_not_rss_is_not_claimed()
    {
        const string rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description/></rdf:RDF>";
        Assert.True(new RssFormat().Detect(new Document(rdf)) < FormatRegistry.MinimumConfidence);
    }

    [Fact]
    public void Atom_03_inline_markup_is_kept_as_html()
    {
        const string xml = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><id>x</id><title>T</title>" +
            "<content type=\"application/xhtml+xml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hello <b>there</b></p></div></content></entry></feed>";
        var item = Assert.Single(new AtomFormat().Parse(new Document(xml), ParseOptions.Default));
        Assert.Equal("<p>Hello <b>there</b></p>", item.ContentHtml);
    }
}
