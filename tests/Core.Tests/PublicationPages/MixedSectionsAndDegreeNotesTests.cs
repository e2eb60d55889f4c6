using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// Sections that name papers beside a thesis, degree notes after a venue, short function-word surnames with initials,
/// and citation titles that close on a quotation.
/// </summary>
public class MixedSectionsAndDegreeNotesTests
{
    private static IReadOnlyList<Item> Run(string body)
    {
        var document = new Document(body, "https://example.test/publications.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    [Fact]
    public void A_section_naming_papers_and_a_thesis_reads_papers_and_the_thesis_entry_keeps_its_kind()
    {
        var items = Run("""
            ## Papers and theses

            1. B. Lind, C. Moss. Counting Fern Spores by Image Segmentation. *Plant Methods*, 2020.

            2. B. Lind. Chapter 3 — Spore dispersal in wet forests. In *Handbook of Fern Ecology*, Fernhill Press, 2021.

            3. B. Lind. *Spore Banks of Temperate Ferns*. Ph.D. thesis, 2018.
            """);
        var chapter = Assert.Single(items, i => i.Title == "Chapter 3 — Spore dispersal in wet forests");
        Assert.Equal(RecordKind.Publication, chapter.Kind);
        Assert.Equal(["B. Lind"], chapter.Authors);
        Assert.Equal(RecordKind.Publication, Assert.Single(items, i => i.Title == "Counting Fern Spores by Image Segmentation").Kind);
        Assert.Equal(RecordKind.Thesis, Assert.Single(items, i => i.Title == "Spore Banks of Temperate Ferns").Kind);
    }

    [Fact]
    public void A_section_naming_only_theses_still_reads_theses()
    {
        var items = Run("""
            ## Theses

            * Spore Banks of Temperate Ferns. Eastbrook University, 2018.
            """);
        Assert.All(items, i => Assert.Equal(RecordKind.Thesis, i.Kind));
    }

    [Theory]
    [InlineData("Master’s project.", RecordKind.Thesis)]
    [InlineData("Senior thesis.", RecordKind.Thesis)]
    [InlineData("Second Qualifying Paper.", RecordKind.Publication)]
    public void The_sentence_after_a_manuscript_venue_may_name_a_degrees_final_work(string note, RecordKind kind)
    {
        var items = Run($"""
            ### Manuscripts

            * Lind, Bruno. 2019. Tone in Three Coastal Dialects. Ms., Harbour University. {note}
            * Lind, Bruno. 2018. Vowel Length in Loanwords. Ms., Harbour University.
            """);
        Assert.Equal(kind, Assert.Single(items, i => i.Title == "Tone in Three Coastal Dialects").Kind);
    }

    [Fact]
    public void An_edited_volumes_section_reads_the_editors_as_the_credited_names()
    {
        var items = Run("""
            ### Edited Volumes

            * Lind, Bo, Cy Moss, and Ana Roe (eds.). 2016. [*Proceedings of the 9th Meeting on Tone*](https://example.org/tone9). Northfield, MA: Linden Press.
            """);
        var volume = Assert.Single(items);
        Assert.Equal("Proceedings of the 9th Meeting on Tone", volume.Title);
        Assert.Equal(["Bo Lind", "Cy Moss", "Ana Roe"], volume.Authors);
        Assert.Equal(2016, volume.Year);
    }

    [Fact]
    public void An_initial_before_a_function_word_surname_is_a_name_among_names()
    {
        var items = Run("""
            ## Publications

            1. H. To, B. Lind, C. Moss. Counting Fern Spores by Image Segmentation. *Plant Methods*, 2020.

            2. B. Lind, C. Moss. Spore Banks Revisited. *Fern Gazette*, 2019.
            """);
        Assert.Equal(["H. To", "B. Lind", "C. Moss"], Assert.Single(items, i => i.Title == "Counting Fern Spores by Image Segmentation").Authors);
    }

    [Fact]
    public void A_title_closing_on_a_quotation_ends_after_the_quotes_before_the_italic_venue()
    {
        var items = Run("""
            ## Publications

            1. B. Lind, C. Moss. Reply to “Comment on ‘Spore Banks of Temperate Ferns.’” *Fern Gazette*, 2021, 12(3).

            2. B. Lind, C. Moss. Spore Banks Revisited. *Fern Gazette*, 2019.
            """);
        var reply = Assert.Single(items, i => i.Title?.StartsWith("Reply to", StringComparison.Ordinal) == true);
        Assert.Equal("Reply to “Comment on ‘Spore Banks of Temperate Ferns.’”", reply.Title);
        Assert.Equal("Fern Gazette", reply.Venue);
        Assert.Equal(2021, reply.Year);
    }
}
