using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>Paragraphs numbered by hand ("7- Names") read as entries, and simple LaTeX math in titles read as it renders.</summary>
public class HandNumberedMathTitleTests
{
    private static IReadOnlyList<Item> Run(string text)
    {
        var document = new Document(text, "https://example.test/publications.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    private static string Page(string mark1, string mark2) => $"""
        ## Publications

        {mark1} **A. Roe**, B. Lind, and C. Tan  
          _Tides over a shallow shelf_  
          J. Mar. Res. **12**, 101 (2021)

        {mark2} D. Okoro and **A. Roe**  
          _Ice shelves under warm water_  
          Geophys. Res. Lett. **40**, 220 (2019)
        """;

    [Theory]
    [InlineData("2-", "1-")]
    [InlineData("2 –", "1 –")]
    [InlineData("[2]", "[1]")]
    [InlineData("2)", "1)")]
    public void Each_hand_numbered_paragraph_is_an_entry_of_its_own(string mark1, string mark2)
    {
        var items = Run(Page(mark1, mark2)).Where(i => i.Kind == RecordKind.Publication).ToList();
        Assert.Equal(["Tides over a shallow shelf", "Ice shelves under warm water"], items.Select(i => i.Title));
        Assert.Equal(["A. Roe", "B. Lind", "C. Tan"], items[0].Authors);
        Assert.Equal(["D. Okoro", "A. Roe"], items[1].Authors);
        Assert.Equal([2021, 2019], items.Select(i => i.Year));
    }

    [Theory]
    [InlineData("in the isotopes $^{28-33}\\text{F}$", "in the isotopes ²⁸⁻³³F")]
    [InlineData("of ${ {}^{6}\\mathrm{He} }$ nuclei", "of ⁶He nuclei")]
    [InlineData("of the $\\beta$-decay of $^{11}$Li", "of the β-decay of ¹¹Li")]
    [InlineData("in the $^{28,29,31}\\text{F}$ chain", "in the ²⁸,²⁹,³¹F chain")]
    [InlineData("of $\\mathrm{H}_2\\mathrm{O}$ ice", "of H₂O ice")]
    // What plain text cannot say exactly stays as typed.
    [InlineData("with $\\ell_1$ penalties", "with $\\ell_1$ penalties")]
    [InlineData("in $\\mathcal{O}(n \\log n)$ time", "in $\\mathcal{O}(n \\log n)$ time")]
    [InlineData("with $x^{ab}$ terms", "with $x^{ab}$ terms")]
    public void Simple_math_in_a_title_reads_as_rendered(string typed, string rendered)
    {
        var items = Run($"""
            ## Publications

            - A. Roe and B. Lind. **Ground states {typed}**. *Phys. Rev. C* 10, 1 (2020).
            """);
        Assert.Equal($"Ground states {rendered}", Assert.Single(items).Title);
    }

    [Fact]
    public void Dollar_amounts_in_a_title_are_not_math()
    {
        var items = Run("""
            ## Publications

            - A. Roe and B. Lind. **Why $5 grants beat $3 prizes**. *Res. Policy* 10, 1 (2020).
            """);
        Assert.Equal("Why $5 grants beat $3 prizes", Assert.Single(items).Title);
    }
}
