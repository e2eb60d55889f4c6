using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// Pandoc superscript marks after names ("Odo, R.^a^") are not text, and a bold note closed by a colon before the
/// citation's names ("**Joint first author**: Varga, T., …") is not the entry's title.
/// </summary>
public class CaretMarksAndBoldNoteTests
{
    private static IReadOnlyList<Item> Run(string text)
    {
        var document = new Document(text, "https://example.test/cv.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    [Theory]
    [InlineData("**^a^Equal contribution**: ")]
    [InlineData("**Equal contribution:** ")]
    [InlineData("*Co-senior authors*: ")]
    public void A_bold_note_before_inverted_names_is_dropped(string note)
    {
        var items = Run($"""
            # Journal articles

            1. {note}Varga, T.,^a^ **Holm, A. K.**,^a^ & Odo, R. (2022). Root exudates in clay soils. Geoderma 410, 115001
            """).Where(i => i.Kind == RecordKind.Publication).ToList();
        var item = Assert.Single(items);
        Assert.Equal("Root exudates in clay soils", item.Title);
        Assert.Equal(["T. Varga", "A. K. Holm", "R. Odo"], item.Authors);
        Assert.Equal(2022, item.Year);
    }

    [Fact]
    public void A_bold_title_followed_by_a_colon_and_prose_stays_the_title()
    {
        var items = Run("""
            # Publications

            - **Root exudates in clay soils**: Varga, T. and Odo, R., Geoderma, 2022
            """).Where(i => i.Kind == RecordKind.Publication).ToList();
        Assert.Equal("Root exudates in clay soils", Assert.Single(items).Title);
    }

    [Fact]
    public void An_exponent_in_a_title_is_kept()
    {
        var items = Run("""
            # Publications

            1. Varga, T., & Odo, R. (2022). Growth at 10^6^ cells per m^2^. Geoderma 410, 115001
            """).Where(i => i.Kind == RecordKind.Publication).ToList();
        // The superscript renders as plain digits, but its digits stay: a number after a digit or a unit is no mark.
        Assert.Equal("Growth at 106 cells per m2", Assert.Single(items).Title);
    }

    [Theory]
    [InlineData("Odo, R., **Holm, A .K.**, & Varga, T. (2019). Cadmium uptake by wheat. Plant and Soil, 441, 55-70.")]
    [InlineData("Odo, R., **Holm, A. K.** Varga, T. (2019). Cadmium uptake by wheat. Plant and Soil, 441, 55-70.")]
    public void Slips_in_the_owners_bold_name_do_not_cut_the_names_short(string citation)
    {
        var items = Run($"""
            # Journal articles

            1. {citation}
            """).Where(i => i.Kind == RecordKind.Publication).ToList();
        var item = Assert.Single(items);
        Assert.Equal("Cadmium uptake by wheat", item.Title);
        Assert.Equal(["R. Odo", "A. K. Holm", "T. Varga"], item.Authors);
    }
}
