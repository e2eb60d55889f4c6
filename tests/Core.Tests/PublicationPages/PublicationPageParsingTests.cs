using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Formats.PublicationListing;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>Rules of the two page formats that the golden files show only by example.</summary>
public class PublicationPageParsingTests
{
    private static IReadOnlyList<Item> Run(IFormat format, string text, string? owner = null)
    {
        var document = new Document(text, "https://example.test/page");
        var options = new ParseOptions { Owner = owner };
        return new ItemNormaliser().Normalise(format.Parse(document, options), document, options);
    }

    [Fact]
    public void Listing_owner_from_options_is_added_once_even_when_spelled_without_accents()
    {
        var items = Run(new PublicationListingFormat(), """
            Tidal Memory
            Stanislaw Jastrzebski
            Li Wei
            ICML (2019)
            Preview abstract
            We study tides.
            View details
            """, owner: "Stanisław Jastrzębski");
        var item = Assert.Single(items);
        Assert.Equal(["Stanislaw Jastrzebski", "Li Wei"], item.Authors);
        Assert.Equal(2019, item.Year);
        Assert.Equal("ICML", item.Venue);
    }

    [Fact]
    public void Listing_that_opens_with_its_header_furniture_reads_the_first_entry_whole()
    {
        var items = Run(new PublicationListingFormat(), """
            Research Areas
            Authored Publications
            Sort By
            A Paper About Tides
            Bo Chen
            ICML (2020)
            Preview abstract
            We study tides.
            View details
            """, owner: "Ann Lee");
        var item = Assert.Single(items);
        Assert.Equal("A Paper About Tides", item.Title);
        Assert.Equal(["Ann Lee", "Bo Chen"], item.Authors);
    }

    [Fact]
    public void Listing_untitled_entry_gets_a_derived_title_from_its_own_abstract()
    {
        var items = Run(new PublicationListingFormat(), """
            Ana Díaz
            First Paper Title
            Bo Chen
            EACL 2014: Proceedings of Something
            Preview abstract
            First abstract.
            View details
            Preview abstract
            Second abstract about lakes and rivers.
            View details
            """);
        Assert.Equal(2, items.Count);
        Assert.Equal("First Paper Title", items[0].Title);
        Assert.Equal(2014, items[0].Year);
        Assert.True(items[1].TitleDerived);
        Assert.Equal("Second abstract about lakes and rivers", items[1].Title);
        Assert.Equal(["Ana Díaz"], items[1].Authors);
    }

    [Fact]
    public void Listing_without_entries_is_a_parse_error_that_says_where()
    {
        var e = Assert.Throws<ParseException>(() => new PublicationListingFormat().Parse(new Document("\n\n"), ParseOptions.Default));
        Assert.Equal("line 1", e.Where);
    }

    [Fact]
    public void Profile_without_known_sections_is_a_parse_error()
    {
        var e = Assert.Throws<ParseException>(() => new MarkdownProfileFormat().Parse(new Document("## Education\n- BSc, 2010\n"), ParseOptions.Default));
        Assert.Contains("section", e.Message);
    }

    [Fact]
    public void Profile_entries_inside_html_comments_are_not_on_the_page()
    {
        var items = Run(new MarkdownProfileFormat(), """
            ## Papers
            - **Shown Paper**, Ana Díaz, Bo Chen, Journal of Rivers, 2020
            <!--
            - **Hidden Paper**, Ana Díaz, Journal of Lakes, 2019
            -->
            """);
        var item = Assert.Single(items);
        Assert.Equal("Shown Paper", item.Title);
        Assert.Equal(["Ana Díaz", "Bo Chen"], item.Authors);
        Assert.Equal("Journal of Rivers", item.Venue);
    }

    [Fact]
    public void Profile_paper_without_an_author_list_gets_the_owner()
    {
        var items = Run(new MarkdownProfileFormat(), "# Ana Díaz\n\n## Preprints\n- **Solo Work on Lakes**. arXiv 2024\n");
        var item = Assert.Single(items);
        Assert.Equal(["Ana Díaz"], item.Authors);
        Assert.Equal(2024, item.Year);
    }

    [Theory]
    [InlineData("Selected Publications", RecordKind.Publication)]
    [InlineData("Book Chapters", RecordKind.Publication)]
    [InlineData("Publications and Talks", RecordKind.Publication)]
    [InlineData("Invited Talks", RecordKind.Talk)]
    [InlineData("Posters", RecordKind.Talk)]
    [InlineData("PhD Thesis", RecordKind.Thesis)]
    [InlineData("Paper Reviewer", RecordKind.Service)]
    [InlineData("Workshops Attended", RecordKind.Event)]
    [InlineData("Summer Schools", RecordKind.Event)]
    public void Sections_are_read_by_the_meaning_of_their_heading(string heading, RecordKind kind)
    {
        var items = Run(new MarkdownProfileFormat(), $"## {heading}\n- **Rivers and Their Banks Revisited**, Ana Díaz, Bo Chen. Journal of Rivers, 2020.\n");
        Assert.Equal(kind, Assert.Single(items).Kind);
    }

    [Theory]
    [InlineData("Education")]
    [InlineData("Students Supervised (theses)")]
    [InlineData("Teaching")]
    public void Sections_we_do_not_read_yield_nothing(string heading) =>
        Assert.Throws<ParseException>(() => new MarkdownProfileFormat().Parse(
            new Document($"## {heading}\n- **Rivers and Their Banks Revisited**, Ana Díaz, 2020.\n"), ParseOptions.Default));

    [Fact]
    public void Listing_venue_lines_lose_volume_pages_and_lone_years()
    {
        var items = Run(new PublicationListingFormat(), """
            Ana Díaz
            Research Areas
            Tidal Memory
            Bo Chen
            PRX Quantum, 5 (2024), pp. 030311
            Preview abstract
            We study tides.
            View details
            River Banks
            Bo Chen
            2025
            Preview abstract We study banks. View details
            """);
        Assert.Equal(2, items.Count);
        Assert.Equal(("PRX Quantum", 2024), (items[0].Venue, items[0].Year));
        Assert.Equal(((string?)null, 2025), (items[1].Venue, items[1].Year));
        Assert.Equal("We study banks.", items[1].Summary);
        Assert.All(items, i => Assert.Equal(["Ana Díaz", "Bo Chen"], i.Authors));
    }

    [Fact]
    public void Listing_preview_button_after_a_venue_ends_a_cut_short_entry()
    {
        var items = Run(new PublicationListingFormat(), """
            Ana Díaz
            Research Areas
            Tidal Memory
            Bo Chen
            Nature Physics (2023)
            Preview
            """);
        var item = Assert.Single(items);
        Assert.Equal(("Tidal Memory", "Nature Physics", 2023), (item.Title, item.Venue, item.Year));
    }

    [Fact]
    public void Listing_title_closed_by_preview_takes_no_later_line_even_one_not_shaped_as_a_name()
    {
        // Four run-together initials are past what the name test accepts; "Preview" already said where the title ends.
        var items = Run(new PublicationListingFormat(), """
            Ana Díaz
            Research Areas
            Dune migration under shifting trade winds
            Preview
            ABCD ter Horst
            Bo Chen
            Aeolian Research
            """);
        var item = Assert.Single(items);
        Assert.Equal("Dune migration under shifting trade winds", item.Title);
        Assert.Equal(["Ana Díaz", "ABCD ter Horst", "Bo Chen"], item.Authors);
        Assert.Equal("Aeolian Research", item.Venue);
    }

    [Fact]
    public void Profile_author_lines_opening_with_an_initial_are_not_lettered_lists()
    {
        var items = Run(new MarkdownProfileFormat(), """
            ## Publications

            - H. Brandt, **S. Oyelaran** [Federated Distillation under Label Skew](https://arxiv.org/abs/2309.04417) 2023 NeurIPS Workshop on Federated Learning
            - T. Nakamura, S. Oyelaran [A Note on Client Sampling Bias](https://example.org/note.pdf) 2020 Journal of Machine Learning Systems
            """);
        Assert.Equal(2, items.Count);
        Assert.Equal(["H. Brandt", "S. Oyelaran"], items[0].Authors);
        Assert.Equal(("Federated Distillation under Label Skew", "NeurIPS Workshop on Federated Learning", 2023), (items[0].Title, items[0].Venue, items[0].Year));
        Assert.Equal(["T. Nakamura", "S. Oyelaran"], items[1].Authors);
    }

    [Fact]
    public void Profile_entries_take_the_year_of_their_group_when_they_print_none()
    {
        var items = Run(new MarkdownProfileFormat(), """
            ## Publications

            **2021**

            - **Rivers and Their Banks Revisited**
              Ana Díaz, Bo Chen.
              *Journal of Hydrology*, 142.
            """);
        var item = Assert.Single(items);
        Assert.Equal(("Journal of Hydrology", 2021), (item.Venue, item.Year));
    }

    [Theory]
    [InlineData("Jörg Lindqvist", true)]
    [InlineData("J. Eliot B. Moss", true)]
    [InlineData("RE McConnell", true)]
    [InlineData("Dumoulin, V.", true)]
    [InlineData("Miles A. Miller", true)]
    [InlineData("The Theano Development Team", true)]
    [InlineData("ICML 2020 Workshop on Continual Learning", false)]
    [InlineData("Proceedings of the National Academy of Sciences", false)]
    [InlineData("IEEE Transactions on Multimedia", false)]
    [InlineData("Preview abstract", false)]
    [InlineData("Dumoulin", false)]
    [InlineData("María de la Luz García López", true)]
    [InlineData("Mariana Costa e Silva", true)]
    [InlineData("Deconvolution Artifacts", false)]
    public void Name_shapes(string text, bool expected) => Assert.Equal(expected, PersonNames.LooksLikeName(text));

    [Fact]
    public void Markdown_bullet_opening_with_a_definition_tag_is_read_as_the_entry_it_marks_up()
    {
        var items = Run(new MarkdownProfileFormat(), """
            # Papers

            * <dt><a href="https://arxiv.org/abs/2702.00011">Cycles in Sparse Matroid Graphs</a> (with Iris Hale)</dt><dd>
            <dd>We bound the number of cycles.</dd>

            * <dt><a href="https://arxiv.org/abs/2702.00012">Lattice Walks Avoiding a Wall</a></dt><dd>In <a href="https://doi.org/10.1000/xyz1">Journal of Walks, Volume 3, 2025</a></dd>
            """, owner: "Omar Reyes");
        Assert.Equal(["Cycles in Sparse Matroid Graphs", "Lattice Walks Avoiding a Wall"], items.Select(i => i.Title));
        Assert.Equal(["Omar Reyes", "Iris Hale"], items[0].Authors);
        Assert.Equal("Journal of Walks", items[1].Venue);
        Assert.Equal(2025, items[1].Year);
    }

    [Fact]
    public void Markdown_year_led_paragraphs_are_entries_of_their_own_and_a_chapter_takes_its_plain_title()
    {
        var items = Run(new MarkdownProfileFormat(), """
            ## Publications

            2021\. [A linked article on river courts](https://doi.org/10.1000/abc). *Journal of Courts*, 4(2), 1-20.

            2020\. Plain Chapter About Harbour Policing. Pp. 11-40 in [*An Edited Book*](https://example.org/book). Some Press.
            """, owner: "Omar Reyes");
        Assert.Equal(2, items.Count);
        Assert.Equal("Plain Chapter About Harbour Policing", items[1].Title);
        Assert.Equal(2020, items[1].Year);
        Assert.StartsWith("An Edited Book", items[1].Venue);
    }
}
