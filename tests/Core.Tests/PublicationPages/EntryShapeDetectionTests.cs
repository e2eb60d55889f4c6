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

    // A numbered list printed with its numbers twice ("1. 1."), hanging-indent continuation lines, under a
    // memorial intro, a count line and decade filters: no blank lines between the citations.
    private const string DoubledNumbersListing = """
        Publications

        Prof. Amara Okonkwo-Lindqvist — 1950–2022

        112 publications · 1975–2019

        ← Back to site

        For four decades Prof. Okonkwo-Lindqvist studied how millet and sorghum cope with drought, walking
        the fields of the Sahel with farmers and students. The list below is the record of that work, from
        her first variety trials to the last review she wrote.

        All  112 1970s  3 1980s  21 1990s  40 2000s  38 2010s  10

        Showing all 112 publications

         1. 1. Okonkwo, A., P.R. Dahl and T.M. Berg 1975. Root depth of pearl millet under terminal drought.
            Field Crops Res. 2: 101-110.
         2. 2. Okonkwo, A. and P.R. Dahl 1976. Tillering and grain yield in dwarf sorghum lines. Crop Sci.
            16: 455-459.
         3. 3. Haugen, K.L. and A. Okonkwo 1977. Leaf rolling as a drought score in millet nurseries.
            Euphytica 26: 311-318.
         4. 4. Okonkwo, A. 1978. Early maturity and escape from drought in West African sorghum. Plant Breed.
            Abstr. 48: 12-19.
         5. 5. Okonkwo, A., K.L. Haugen and S.O. Adeyemi 1979. Seed set of millet under high night
            temperature. Agron. J. 71: 640-644.
         6. 6. Adeyemi, S.O. and A. Okonkwo 1980. Stay-green in sorghum hybrids under post-flowering
            stress. Field Crops Res. 3: 55-63.
         7. 7. Okonkwo, A., T.M. Berg and J. Sall 1981. Grain mould resistance in photoperiod-sensitive
            sorghum. Plant Dis. 65: 870-873.
         8. 8. Berg, T.M., A. Okonkwo and K.L. Haugen 1982. Pollen viability of pearl millet at high
            temperature. Crop Sci. 22: 1020-1024.
         9. 9. Okonkwo, A. and J. Sall 1983. Farmer selection of millet landraces in northern Senegal.
            Exp. Agric. 19: 233-241.
        10. 10. Sall, J., A. Okonkwo and P.R. Dahl 1984. Intercropping cowpea with millet on sandy soils.
            Agron. J. 76: 901-905.
        """;

    [Fact]
    public void A_numbered_list_with_doubled_numbers_under_an_intro_is_read_entry_by_entry()
    {
        var document = new Document(DoubledNumbersListing);
        Assert.Equal("publication-listing", Registry.Detect(document).Name);
        var items = new PublicationListingFormat().Parse(document, new ParseOptions { Owner = "A. Okonkwo" });
        Assert.Equal(10, items.Count);
        Assert.Equal(Enumerable.Range(1975, 10).Select(y => (int?)y), items.Select(i => i.Year));
        Assert.Equal("Root depth of pearl millet under terminal drought", items[0].Title);
        Assert.Equal("Seed set of millet under high night temperature", items[4].Title);
        Assert.Equal("Intercropping cowpea with millet on sandy soils", items[9].Title);
        Assert.Equal(3, items[0].Authors.Count);
        Assert.Single(items[3].Authors);
        // Abbreviated journal names ("Agron. J.", "Exp. Agric.") are still cut at their first stop: venues are not
        // asserted here until the citation reader keeps multi-part abbreviations whole.
    }

    // A hand-written list: a "year · number" badge over each entry, the title, then the names (footnote marks on
    // them, wrapped) and " · " with the venue; the badge of the next entry follows the venue with no blank line.
    private const string BadgedCards = """
        Soil Microbes Lab

        Publications

        * equal contribution, † corresponding

        2022 · 1

        Nitrogen fixation by free-living bacteria in thawing permafrost soils of
        the subarctic

        Mei-Ling Tan*, Oskar Berg*, Hana An, Dario Conti† · Soil Biology and
        Biochemistry 170, 108691 (2022)
        2021 · 2

        Fungal hyphae as highways for bacterial dispersal

        Oskar Berg, Hana An and Dario Conti† · ISME J. 15, 2210 (2021)
        2019 · 3

        Towards An Atlas of Root Exudates

        Dario Conti† · Plant and Soil 441, 12 (2019)
        """;

    [Fact]
    public void Badged_cards_with_marked_names_are_read_one_entry_each()
    {
        var document = new Document(BadgedCards);
        Assert.Equal("publication-listing", Registry.Detect(document).Name);
        var items = new PublicationListingFormat().Parse(document, ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.Equal("Nitrogen fixation by free-living bacteria in thawing permafrost soils of the subarctic", items[0].Title);
        // The marks are dropped and "Hana An" (a surname spelled like an article) is a name among names.
        Assert.Equal(["Mei-Ling Tan", "Oskar Berg", "Hana An", "Dario Conti"], items[0].Authors);
        Assert.Equal("Soil Biology and Biochemistry", items[0].Venue);
        Assert.Equal(2022, items[0].Year);
        // "A and B" is two authors; the badge under the venue is not part of it.
        Assert.Equal(["Oskar Berg", "Hana An", "Dario Conti"], items[1].Authors);
        Assert.Equal(2021, items[1].Year);
        // A sole author alone on the names line; a title ending in "An" stays the title.
        Assert.Equal("Towards An Atlas of Root Exudates", items[2].Title);
        Assert.Equal(["Dario Conti"], items[2].Authors);
        Assert.Equal("Plant and Soil", items[2].Venue);
    }
}
