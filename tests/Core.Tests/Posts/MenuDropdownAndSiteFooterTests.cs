using Aggregator.Core.Formats;
using Aggregator.Core.Formats.GroupPosts;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Posts;

/// <summary>
/// A w3m page's head and foot around undated news: a navigation bar's dropdowns (nested entries under menu entries) and a
/// footer of site-info blocks ("About us", "Contact", "Coordinates") are the site's, never posts; the last one-line bullet of
/// the news list is a post, not the page's sign-off.
/// </summary>
public class MenuDropdownAndSiteFooterTests
{
    private static readonly GroupPostsFormat Format = new();

    private static IReadOnlyList<Item> Parse(string text) => Format.Parse(new Document(text), ParseOptions.Default);

    private static string AllContent(IEnumerable<Item> items) => string.Join("\n", items.Select(i => i.ContentHtml));

    [Fact]
    public void Nested_entries_under_menu_entries_are_navigation_not_one_line_posts()
    {
        const string text = """
            Harbour Ecology Lab

              • News
              • People
              • Research
                  □ Seagrass Meadows
                  □ Field Station
              • Teaching
                  □ Courses
                  □ Theses
              • Contact

            Harbour Ecology Lab News

              • Our seagrass survey was extended to the northern bays for another season.
              • Mina Okafor joined the lab as a research assistant.
              • The field station got a new boat, thanks to a donation from the harbour board.
            """;
        var items = Parse(text);
        Assert.Equal(3, items.Count);
        Assert.StartsWith("<p>Our seagrass survey", items[0].ContentHtml);
        var content = AllContent(items);
        Assert.DoesNotContain("Seagrass Meadows", content);
        Assert.DoesNotContain("Theses", content);
    }

    [Fact]
    public void A_posts_own_nested_list_of_short_lines_under_a_short_bullet_is_no_menu()
    {
        // The same shape as a dropdown ("• Stations" over "□ Northern Bay"), but below a post's running text.
        const string text = """
            Harbour Ecology Lab

              • News
              • People

            News

            Spring field course recap

            We spent a week on the island with twelve students, counting snails, crabs and seagrass shoots.

              • Stations
                  □ Northern Bay
                  □ Lighthouse Reef
                  □ Old Pier

            New boat for the field station

            The harbour board donated a small boat, so the field station can reach the outer reefs again.
            """;
        var content = AllContent(Parse(text));
        Assert.Contains("Northern Bay", content);
        Assert.Contains("Lighthouse Reef", content);
        Assert.Contains("Old Pier", content);
    }

    [Fact]
    public void Site_info_headings_after_the_news_end_the_posts_and_the_last_bullet_stays_a_post()
    {
        const string text = """
            Harbour Ecology Lab

            News

              • Our seagrass survey was extended to the northern bays for another season.
              • Mina Okafor joined the lab as a research assistant, 2025!!
              • Prof. Lindqvist gave a keynote at the "Baltic Coasts Symposium" 2024

            About us

            Harbour Ecology Lab
            Department of Biology
            Coastal University

            Contact

              • lindqvist@coastal.example.edu

            Coordinates

            Building C, Room 214
            7 Kajgatan, Lysekil, Sweden
            """;
        var items = Parse(text);
        // The last bullet is a one-line news item like those above it, not the page's sign-off.
        Assert.Equal(3, items.Count);
        Assert.Equal("Prof. Lindqvist gave a keynote at the \"Baltic Coasts Symposium\" 2024", items[^1].Summary);
        var content = AllContent(items);
        Assert.DoesNotContain("About us", content);
        Assert.DoesNotContain("Department of Biology", content);
        Assert.DoesNotContain("Kajgatan", content);
    }

    [Fact]
    public void A_post_whose_title_opens_with_a_site_info_word_is_no_footer_heading()
    {
        const string text = """
            Harbour Ecology Lab

            News

            Seagrass survey extended

            Our seagrass survey was extended to the northern bays for another season.

            New boat for the field station

            The harbour board donated a small boat, so the field station can reach the outer reefs again.

            Contact tracing study published

            Our study of how disease spreads between snail colonies by direct contact is out in Marine Ecology.

            Mina Okafor joins the lab

            Mina starts as a research assistant in May and will run the winter sampling.
            """;
        var items = Parse(text);
        Assert.Equal(["Seagrass survey extended", "New boat for the field station", "Contact tracing study published", "Mina Okafor joins the lab"],
            items.Select(i => i.Title));
    }

    [Fact]
    public void An_about_us_section_above_dated_news_opens_no_footer()
    {
        const string text = """
            Harbour Ecology Lab

              • News
              • People

            About us

            We study the plants and animals of busy harbours.

            News

              • 12 March 2025 – Mina Okafor joined the lab as a research assistant.
              • 3 February 2025 – Our paper on snail colonies was accepted to Marine Ecology.
              • 9 January 2025 – The field station got a new boat.
              • 4 December 2024 – Jonas defended his master's thesis on crab burrows.
            """;
        var items = Parse(text);
        Assert.Equal(["2025-03-12", "2025-02-03", "2025-01-09", "2024-12-04"], items.Select(i => i.Published?.ToString()));
    }

    [Fact]
    public void A_one_line_sign_off_that_is_no_bullet_still_closes_a_bulleted_news_list()
    {
        const string text = """
            Harbour Ecology Lab

            News

              • Our seagrass survey was extended to the northern bays for another season.
              • Mina Okafor joined the lab as a research assistant.
              • The field station got a new boat, thanks to a donation from the harbour board.

            Harbour Ecology Lab · Department of Biology
            """;
        var items = Parse(text);
        Assert.Equal(3, items.Count);
        Assert.DoesNotContain("Department of Biology", AllContent(items));
    }
}
