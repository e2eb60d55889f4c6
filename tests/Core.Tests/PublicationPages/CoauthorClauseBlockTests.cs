using Aggregator.Core.Formats;
using Aggregator.Core.Formats.PublicationListing;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// A hand-written list of papers whose blocks open "Title (with co-authors)" over a venue or status line: each block is
/// one paper by the owner and the co-authors in the bracket; a page of posts that mentions a joint paper stays posts.
/// </summary>
public class CoauthorClauseBlockTests
{
    private static readonly FormatRegistry Registry = FormatRegistry.CreateDefault();

    private const string NumberedList = """
        Papers

        1. Knots in thick tori (joint with Petra Novak)
        Discrete Math. 345 (2022), 112-130.

        2. Braids of small width (with Omar Haddad and Lena Vogt)
        Submitted.

        3. Spanning surfaces of pretzel links
        Topology Notes 9 (2019), 1-14.

        4. A census of tangles (joint work with Lena Vogt, Omar Haddad, and Sun Li)
        Preprint. arXiv:2301.00456
        """;

    private const string NewsPage = """
        Group news

        Our paper on braids (with Omar Haddad) was accepted. Congratulations to everyone involved in it!

        Lena Vogt gave a talk at the spring meeting in Lisbon about her work on tangles and knots.

        We welcome two new students this autumn, Sun Li and Petra Novak, who join from the master's course.
        """;

    [Fact]
    public void Numbered_blocks_with_coauthor_brackets_are_papers_of_the_owner()
    {
        var document = new Document(NumberedList, "https://example.test/papers.txt");
        Assert.Equal("publication-listing", Registry.Detect(document).Name);
        var items = new PublicationListingFormat().Parse(document, new ParseOptions { Owner = "Ada Quist" });

        Assert.Equal(["Knots in thick tori", "Braids of small width", "Spanning surfaces of pretzel links", "A census of tangles"], items.Select(i => i.Title));
        Assert.Equal(["Ada Quist", "Petra Novak"], items[0].Authors);
        Assert.Equal(2022, items[0].Year);
        Assert.Equal(["Ada Quist"], items[2].Authors);
        Assert.Equal(["Ada Quist", "Lena Vogt", "Omar Haddad", "Sun Li"], items[3].Authors);
        Assert.Equal("2301.00456", items[3].Identifiers.Arxiv);
        Assert.Equal("Preprint", items[3].Venue);
    }

    [Fact]
    public void A_post_mentioning_a_joint_paper_is_not_a_listing()
    {
        var document = new Document(NewsPage, "https://example.test/news.txt");
        Assert.NotEqual("publication-listing", Registry.Detect(document).Name);
    }
}
