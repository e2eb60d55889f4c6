using Aggregator.Core.Formats;
using Aggregator.Core.Formats.Html;

namespace Aggregator.Core.Tests.Posts;

/// <summary>
/// Where a page of headings is one post, a list of posts, or a list under the page's introduction: the archive of linked
/// titles and the home page's intro section, and the pages that only look like them.
/// </summary>
public class HeadingListShapeTests
{
    private static readonly HtmlFormat Format = new();

    private static IReadOnlyList<Aggregator.Core.Records.Item> Parse(string page) =>
        Format.Parse(new Document(page, "https://lab.example.org/page.html"), ParseOptions.Default);

    [Fact]
    public void An_article_of_headings_linked_to_pages_of_their_own_is_an_archive()
    {
        var items = Parse("""
            <html><body><article><h1>Past talks</h1>
            <h2><a href="/talks/sheaves">Sheaves</a></h2><p>Talk by Ana Ruiz.</p>
            <h2><a href="/talks/matroids">Matroids</a></h2><p>Talk by Li Wei.</p>
            <h2><a href="/talks/forcing">Forcing</a></h2><p>Talk by Sam Ode.</p>
            </article></body></html>
            """);
        Assert.Equal(["Sheaves", "Matroids", "Forcing"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("<a href=\"#{0}\">{1}</a>")]
    [InlineData("<a name=\"{0}\">{1}</a>")]
    public void A_post_whose_section_headings_link_to_themselves_stays_one_post(string anchor)
    {
        string Heading(string id, string text) => "<h2 id=\"" + id + "\">" + string.Format(anchor, id, text) + "</h2>";
        var items = Parse($"""
            <html><body><article><h1>How we calibrate the spectrometer</h1>
            {Heading("setup", "Setup")}<p>Cool the detector overnight before anything else.</p>
            {Heading("lamp", "Reference lamp")}<p>Record the neon lines at three slit widths.</p>
            {Heading("fit", "Fitting")}<p>Fit a cubic to the line centres and keep the residuals.</p>
            </article></body></html>
            """);
        Assert.Equal(["How we calibrate the spectrometer"], items.Select(i => i.Title));
    }

    private const string LongSection = """
        <p>We study how proteins fold inside crowded cells, and how chaperones rescue the ones that go astray on the way.</p>
        <p>Our tools are single-molecule fluorescence, optical tweezers and coarse-grained simulations, which together let us watch one
        chain at a time as it searches for its folded shape among the many other molecules that surround it in the cytoplasm.</p>
        <p>With clinical partners we also ask why some folding diseases begin late in life, and whether small molecules can help.</p>
        """;

    private const string ShortNotes = """
        <div><h2>Welcome, Rui!</h2></div>
        <div><h2>Poster prize for Mona</h2><p>Best poster at the spring meeting.</p></div>
        <div><h2>New grant</h2><p>Three more years for the tweezers work.</p></div>
        <div><h2>Farewell, Otto</h2><p>Off to a faculty job in the north.</p></div>
        """;

    [Fact]
    public void A_long_undated_section_above_four_short_notes_is_the_pages_introduction()
    {
        var items = Parse($"<html><body><div><h2>Proteins in a crowd</h2>{LongSection}</div>{ShortNotes}</body></html>");
        Assert.Equal(["Welcome, Rui!", "Poster prize for Mona", "New grant", "Farewell, Otto"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_long_first_post_that_prints_its_date_is_a_post()
    {
        var items = Parse($"<html><body><div><h2>Our review is out</h2><p>March 3, 2025</p>{LongSection}</div>{ShortNotes}</body></html>");
        Assert.Equal(5, items.Count);
        Assert.Equal("Our review is out", items[0].Title);
    }

    [Fact]
    public void A_long_first_post_above_few_notes_is_a_post()
    {
        var items = Parse($"<html><body><div><h2>Proteins in a crowd</h2>{LongSection}</div><div><h2>Welcome, Rui!</h2></div><div><h2>New grant</h2><p>Three more years.</p></div></body></html>");
        Assert.Equal(["Proteins in a crowd", "Welcome, Rui!", "New grant"], items.Select(i => i.Title));
    }
}
