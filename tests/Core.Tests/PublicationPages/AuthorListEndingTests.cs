using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>Where a citation's author list ends and its title begins, in the shapes that blur the border.</summary>
public class AuthorListEndingTests
{
    private static IReadOnlyList<Item> Run(string text)
    {
        var document = new Document(text, "https://example.test/publications.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    [Theory]
    [InlineData("...")]
    [InlineData("…")]
    [InlineData(". . .")]
    public void Apa_elision_before_an_ampersand_keeps_the_last_author_in_the_list(string ellipsis)
    {
        var items = Run($"""
            ## Publications

            - Okoro, B., **Lind, S.**, Tan, W., {ellipsis} & Moreau, C. (2023). Quiet hours for home robots. In *Proceedings of the Conference on Home Robotics* (pp. 12–20).
            - **Lind, S.**, & Tan, W. (2021). Gaze cues in shared tasks. *Interaction Studies*, 22(1), 1–19.
            """);
        var paper = Assert.Single(items, i => i.Title == "Quiet hours for home robots");
        Assert.Equal(["B. Okoro", "S. Lind", "W. Tan", "C. Moreau"], paper.Authors);
        Assert.Equal(2023, paper.Year);
    }

    [Fact]
    public void Two_initials_run_together_before_their_stop_open_a_name_not_end_the_list()
    {
        var items = Run("""
            ## Publications

            - JJ. Okoro, DA. Lind, GM. zu Tan and B. Moreau. Quiet hours for home robots. Interaction Studies, 22(1), 1–19, 2021.
            """);
        var paper = Assert.Single(items);
        Assert.Equal("Quiet hours for home robots", paper.Title);
        Assert.Equal(["JJ. Okoro", "DA. Lind", "GM. zu Tan", "B. Moreau"], paper.Authors);
    }

    [Fact]
    public void A_title_opening_with_the_article_after_a_sole_authors_initial_is_not_another_initial()
    {
        // A page the profile readers cannot date (the bold years read as titles) falls back to the plain citation
        // reading, where "Roe, C. A field …" must not take the article for a second initial.
        var items = Run("""
            ## Papers

            **2019** Tan, W., **S. Lind**, and B. Okoro. *Drift of sea ice along a narrow strait.* Polar Research, 38, 1-12.

            **2017** **Lind, S**., and Tan, W. *Brine rejection under new ice.* Journal of Polar Oceans, 5, 44-60.

            **2015** **Lind, S**. *A field guide to measuring sea ice thickness.* Ice Notes; Polar Club Newsletter. [Issue 2.](https://example.org/ice-notes-2.pdf)
            """);
        var paper = Assert.Single(items, i => i.Year == 2015);
        Assert.Equal("A field guide to measuring sea ice thickness", paper.Title);
        Assert.Equal(["S. Lind"], paper.Authors);
    }
}
