using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>Owner-only pages: "with co-author(s)" lines, bare volume-and-year venues, and the DOI the citation prints.</summary>
public class CoauthorLabelAndPrintedDoiTests
{
    private static IReadOnlyList<Item> Run(string text, string owner)
    {
        var document = new Document(text, "https://example.test/papers.md");
        var options = new ParseOptions { Owner = owner };
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    [Fact]
    public void A_co_author_label_before_the_names_is_not_a_name()
    {
        var items = Run("""
            ## Papers

            **Salt marsh retreat along a dammed river**
            with co-authors Ines Varga and Tomas B. Ruiz. *Coastal Dynamics* (2022)
            """, "Mara Holt");
        var paper = Assert.Single(items);
        Assert.Equal(["Mara Holt", "Ines Varga", "Tomas B. Ruiz"], paper.Authors);
        Assert.Equal("Coastal Dynamics", paper.Venue);
    }

    [Fact]
    public void The_doi_printed_with_its_label_names_the_work_over_a_preprint_link()
    {
        var items = Run("""
            ## Papers

            **Salt marsh retreat along a dammed river**
            *Coastal Dynamics* (2022) DOI:10.5555/cd.2022.19

            A long abstract about marshes, rivers and dams that runs on for a good many words. [PDF](https://doi.org/10.31234/osf.io/zz9q)
            """, "Mara Holt");
        Assert.Equal("10.5555/cd.2022.19", Assert.Single(items).Identifiers.Doi);
    }

    [Theory]
    [InlineData("Science 386 2024", "Science")]
    [InlineData("Scripta Materialia 233 2023", "Scripta Materialia")]
    [InlineData("*Annals of Applied Studies* (2020) (open access)", "Annals of Applied Studies")]
    public void Volume_year_and_notes_after_the_name_are_not_the_venue(string line, string venue)
    {
        var items = Run($"""
            ## Papers

            **Salt marsh retreat along a dammed river**
            M. Holt, I. Varga
            {line}
            """, "Mara Holt");
        Assert.Equal(venue, Assert.Single(items).Venue);
    }

    [Fact]
    public void The_doi_printed_on_the_citation_line_beats_a_data_doi_on_the_line_under_it()
    {
        var items = Run("""
            ## Papers

            * Holt, M., & Varga, I. (2020). “Dune grass and storm surge”. *Coastal Dynamics*, 9(2):1-12, DOI 10.5555/cd.2020.009.  
              **data**: Deposited in a repository: (https://doi.org/10.5556/repo.abc12)
            """, "Mara Holt");
        Assert.Equal("10.5555/cd.2020.009", Assert.Single(items).Identifiers.Doi);
    }
}
