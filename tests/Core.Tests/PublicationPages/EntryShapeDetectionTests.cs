using Aggregator.Core.Formats;
using Aggregator.Core.Formats.GroupPosts;
using Aggregator.Core.Formats.PublicationListing;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// A text page of citations in a layout no specific reader knows goes to the publication listing by its shape
/// (years with name lists, venues, pages, volumes); pages of posts that name people and years stay posts.
/// </summary>
public class EntryShapeDetectionTests
{
    private static readonly FormatRegistry Registry = FormatRegistry.CreateDefault();

    // Citations after a year column, a layout of its own: no blank lines, no bullets, no buttons.
    private const string YearColumnListing = """
        Coastal Dunes Lab

        Year  Paper
        2024  Okafor, N., Brandt, H. & Silva, R. Wind ripples on wet sand. Aeolian Research 61, 100-112.
        2023  Brandt, H. & Okafor, N. Dune toe erosion in two storms. Geomorphology 430(4), 55-70.
        2022  Silva, R., Okafor, N., Teo, J. & Brandt, H. Grain sorting on foredunes. Journal of Coastal
              Research 38(2), 301-317.
        2020  Okafor, N. & Teo, J. Notes on marram grass. Earth Surface Processes and Landforms 45, 12-19.
        """;

    // A seminar series: each talk names its speaker, affiliation, a title and a date with its year.
    private const string SeminarSeries = """
        Applied Mathematics Colloquium

        Talks are on Thursdays at 4:00 pm in Room 210.

        March 14, 2024 — Ana Díaz (University of Lisbon)
        Waves on thin films: a review of recent conference results

        February 29, 2024 — Bo Chen and Carla Ruiz (ETH Zürich)
        Sparse solvers for the 2023 climate model intercomparison

        February 15, 2024 — Tomás Ferreira (Journal of Fluid Mechanics editor)
        Publishing in applied mathematics: 10 years of lessons, 2014-2024

        February 1, 2024 — Li Wei (Proceedings of the Royal Society board)
        Stability of rotating drops
        """;

    // A journal club: each meeting is dated and lists the papers read, as full citations.
    private const string JournalClub = """
        Networks Journal Club

        October 10: Community detection

          • Ruiz, Ana, and Bo Chen. 2019. "Finding Groups in Sparse Graphs." Physical Review E 99 (3): 032301.

        September 26: Spreading

          • Díaz, Carla, Li Wei, and Tomás Ferreira. 2018. "Epidemics on Clustered Networks." Journal of Complex
            Networks 6 (2): 101–120.
          • Chen, Bo. 2017. "Thresholds Revisited." Network Science 5 (1): 1–19.

        September 12: Centrality

          • Wei, Li, and Ana Ruiz. 2020. "Ranking Nodes by Walks." SIAM Review 62 (4): 845–870.
          • Ferreira, Tomás. 2016. "Hubs and Their Discontents." Social Networks 47: 12–30.
        """;

    [Fact]
    public void A_citation_listing_in_an_unknown_layout_is_a_publication_listing()
    {
        var document = new Document(YearColumnListing);
        Assert.Equal("publication-listing", Registry.Detect(document).Name);
        Assert.True(new PublicationListingFormat().Detect(document) > new GroupPostsFormat().Detect(document));
    }

    [Fact]
    public void A_seminar_series_with_speakers_and_years_stays_posts()
    {
        var document = new Document(SeminarSeries);
        Assert.Equal("group-posts", Registry.Detect(document).Name);
        Assert.True(new PublicationListingFormat().Detect(document) < 20);
    }

    [Fact]
    public void A_journal_club_whose_dated_meetings_list_citations_stays_posts()
    {
        var document = new Document(JournalClub);
        Assert.Equal("group-posts", Registry.Detect(document).Name);
    }

    [Fact]
    public void The_score_grows_with_the_share_of_entries()
    {
        var prose = string.Join("\n\n", Enumerable.Range(1, 3).Select(i =>
            $"We are a group of {i + 4} people who study how wind moves sand along beaches and into dunes over the years."));
        var pure = new PublicationListingFormat().Detect(new Document(YearColumnListing));
        var mixed = new PublicationListingFormat().Detect(new Document(YearColumnListing + "\n\n" + prose));
        var mostlyProse = new PublicationListingFormat().Detect(new Document(YearColumnListing + "\n\n" + prose + "\n\n" + prose));
        Assert.True(pure > mixed, $"{pure} > {mixed}");
        Assert.True(mixed > mostlyProse, $"{mixed} > {mostlyProse}");
        Assert.Equal(0, mostlyProse);
    }

    [Fact]
    public void An_unknown_layout_is_read_by_its_structure_without_inventing_fields()
    {
        var items = new PublicationListingFormat().Parse(new Document(YearColumnListing), ParseOptions.Default);
        Assert.Equal(4, items.Count);
        Assert.Equal("Wind ripples on wet sand", items[0].Title);
        Assert.Equal(2024, items[0].Year);
        Assert.Equal("Aeolian Research", items[0].Venue);
        Assert.Equal(3, items[0].Authors.Count);
        Assert.Equal("Notes on marram grass", items[3].Title);
        Assert.Equal(2, items[3].Authors.Count);
        Assert.Null(items[3].Identifiers.Doi);
    }
}
