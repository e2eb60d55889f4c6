using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>APA citations under year headings: book chapters, question-mark titles and theses named in the venue slot.</summary>
public class ApaChapterAndThesisTests
{
    private static IReadOnlyList<Item> Run(string body)
    {
        var text = "---\nlayout: page\n---\n\n" + body;
        var document = new Document(text, "https://example.test/publications.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    private const string Filler = """
        Ikeda, N., & **Roe, K.** (2021). Sleep timing and exam scores. *Journal of Student Wellbeing, 8(2)*, 101-119.

        **Roe, K.**, & Ikeda, N. (2021). Morning light and mood in winter. *Journal of Student Wellbeing, 8(1)*, 1-19.

        """;

    [Fact]
    public void A_chapter_whose_editors_mark_ends_with_a_full_stop_has_the_book_as_venue()
    {
        var items = Run("## 2021\n" + Filler + "\n**Roe, K.** (2021). Measuring Habits. In Castell, R. J., & Ooms, P. (Eds.). *A Handbook for Field Researchers.* (pp. 41-67). Northbridge Press.\n");
        var chapter = Assert.Single(items, i => i.Title == "Measuring Habits");
        Assert.Equal("A Handbook for Field Researchers", chapter.Venue);
    }

    [Fact]
    public void A_subtitle_after_a_question_mark_may_cite_a_named_work_and_its_year()
    {
        var items = Run("## 2021\n" + Filler + "\n**Roe, K.**, & Ikeda, N. (2021). A Fresh Puzzle? A Reply to Okafor (2004). *PsyArXiv* [[Link](https://example.org/p)]\n");
        var reply = Assert.Single(items, i => i.Title?.StartsWith("A Fresh Puzzle", StringComparison.Ordinal) == true);
        Assert.Equal("A Fresh Puzzle? A Reply to Okafor (2004)", reply.Title);
        Assert.Equal("PsyArXiv", reply.Venue);
        Assert.Equal(2021, reply.Year);
    }

    [Fact]
    public void An_unpublished_masters_thesis_in_the_venue_slot_makes_a_thesis()
    {
        var items = Run("## 2021\n" + Filler + "\n**Roe, K.** (2021). Reading Speed on Tablets and Paper. *Unpublished Master's Thesis*. [[Link](https://example.org/t)]\n");
        Assert.Equal(RecordKind.Thesis, Assert.Single(items, i => i.Title == "Reading Speed on Tablets and Paper").Kind);
    }

    [Fact]
    public void A_year_heading_with_one_citation_is_read_once_other_years_grouped_citations()
    {
        var items = Run("## 2021\n" + Filler + "\n## 2019\n**Roe, K.** (2019). Reading Speed on Tablets and Paper. *Journal of Reading, 3*, 5-9.\n");
        Assert.Contains(items, i => i.Title == "Reading Speed on Tablets and Paper" && i.Year == 2019);
    }

    [Fact]
    public void A_lone_year_heading_with_one_citation_still_needs_the_shape_shown()
    {
        var items = Run("## 2019\n**Roe, K.** (2019). Reading Speed on Tablets and Paper. *Journal of Reading, 3*, 5-9.\n\n## 2021\n" + Filler);
        Assert.DoesNotContain(items, i => i.Title == "Reading Speed on Tablets and Paper");
    }

    [Fact]
    public void An_apa_bracketed_dissertation_description_makes_a_thesis_at_the_university_it_names()
    {
        var items = Run("## 2021\n" + Filler + "\n**Roe, K.** (2021). *Reading Speed on Tablets and Paper* [Doctoral dissertation, Harbour University]. Thesis Archive.\n");
        var thesis = Assert.Single(items, i => i.Title == "Reading Speed on Tablets and Paper");
        Assert.Equal(RecordKind.Thesis, thesis.Kind);
        Assert.Equal("Harbour University", thesis.Venue);
    }
}

