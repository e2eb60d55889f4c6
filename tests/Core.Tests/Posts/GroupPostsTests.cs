using Aggregator.Core.Formats;
using Aggregator.Core.Formats.GroupPosts;

namespace Aggregator.Core.Tests.Posts;

public class GroupPostsTests
{
    private static readonly GroupPostsFormat Format = new();

    private const string Undated = """
        Reading Group on Fairness

        We meet on Mondays.


        Hey everyone! First post, about calibration.

        It has two paragraphs.
        Second post follows directly.
        Image
        Third post comes after a picture.
        """;

    [Fact]
    public void Splits_undated_posts_on_adjacency_and_keeps_paragraphs_inside_a_post()
    {
        var items = Format.Parse(new Document(Undated), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.Equal("<p>Hey everyone! First post, about calibration.</p>\n<p>It has two paragraphs.</p>", items[0].ContentHtml);
        Assert.Equal("Second post follows directly.", items[1].Summary);
        Assert.Equal("Third post comes after a picture.", items[2].Summary);
        Assert.All(items, i => Assert.Null(i.Title));
        Assert.DoesNotContain(items, i => i.ContentHtml!.Contains("Image") || i.ContentHtml!.Contains("Mondays"));
    }

    [Fact]
    public void A_reading_time_of_less_than_a_minute_is_chrome_beside_a_date_and_alone()
    {
        var text = "Lab News\n\n\nFirst visit\n\nMar 3, 2024 · less than 1 minute read\n\nWe hosted the first visit of the year.\n\n"
            + "Second visit\n\nFeb 9, 2024 · 2 min read\n\nWe hosted another visit.\n\n"
            + "Third visit\n\nJan 5, 2024\n\nless than 1 minute read\n\nWe hosted a third visit.\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.Equal(["2024-03-03", "2024-02-09", "2024-01-05"], items.Select(i => i.Published?.ToString()));
        Assert.DoesNotContain(items, i => i.ContentHtml!.Contains("less than") || i.ContentHtml!.Contains("read<"));
    }

    [Fact]
    public void Escapes_text_that_looks_like_markup()
    {
        var text = "Group\n\n\nHi all! We discussed <script>alert(1)</script> & friends.\nHi all! Another <b>post</b>.\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(2, items.Count);
        Assert.DoesNotContain("<script", items[0].ContentHtml);
        Assert.Contains("&lt;script&gt;", items[0].ContentHtml);
        Assert.Contains("&amp; friends", items[0].ContentHtml);
    }

    [Fact]
    public void Post_start_pattern_overrides_the_default_rules()
    {
        var text = "Club\n\nMeeting 3: one\ncontinued line\nMeeting 2: two\nMeeting 1: three\n";
        var items = Format.Parse(new Document(text), new ParseOptions { PostStartPattern = "^Meeting \\d+:" });
        Assert.Equal(["Meeting 3: one continued line", "Meeting 2: two", "Meeting 1: three"], items.Select(i => i.Summary));
    }

    [Fact]
    public void An_invalid_post_start_pattern_is_a_parse_error_naming_the_option()
    {
        var e = Assert.Throws<ParseException>(() => Format.Parse(new Document("a\n\nb\n"), new ParseOptions { PostStartPattern = "([unclosed" }));
        Assert.Equal("option postStart", e.Where);
    }

    [Theory]
    [InlineData("## Papers\n\n**A title**\n\n## Talks\n\n- [slides](https://x.org/s.pdf)\n")]
    [InlineData("## Papers\n\n**A title** (Feb 2021)\n*A. Author*\n\n## Talks\n\n- Mar 2022: [slides](https://x.org/s.pdf)\n- Talk at [ICML](https://icml.cc)\n- Poster at [NeurIPS](https://nips.cc)\n")]
    [InlineData("@article{key,\n  title = {A},\n  author = {B}\n}\n\n@misc{k2, title={C}}\n")]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>x</title></item></channel></rss>")]
    [InlineData("<!DOCTYPE html>\n<html><body><div><p>Text</p><p>More</p></div></body></html>")]
    [InlineData("+++\ntitle = \"x\"\n+++\n\nBody paragraph one.\n\nTwo.\n\nThree.\n")]
    [InlineData("Ada Lovelace\n\nA paper title\nCo Author\nVenue (2019)\nPreview abstract\nThe abstract.\nView details\n\nAnother title\nVenue 2020\nPreview abstract\nMore.\nView details\n")]
    public void Does_not_claim_other_shapes(string text) =>
        Assert.Equal(0, Format.Detect(new Document(text)));

    [Fact]
    public void Claims_prose_in_several_blocks_moderately()
    {
        var score = Format.Detect(new Document(Undated));
        Assert.InRange(score, 50, 70);
    }

    [Fact]
    public void Claims_a_markdown_list_of_dated_news_below_a_profile_score()
    {
        var score = Format.Detect(new Document("# News\n\n## 2024\n\n- **18th Nov:** Lecture.\n- **2nd Oct:** Paper accepted.\n\n## 2023\n\n- **1st Apr:** Joined the lab.\n"));
        Assert.InRange(score, 30, 49);
    }

    [Fact]
    public void Label_cells_repeated_down_the_page_are_kept_not_cut_as_a_menu_column()
    {
        var rows = string.Join("\n\n", Enumerable.Range(1, 6).Select(k => $"""
            March {k + 2}, 2024
            Speaker       Dr. Ana Ruiz {k}
                          and the wider modelling team
            """));
        var items = Format.Parse(new Document("Seminar series\n\n" + rows), ParseOptions.Default);
        Assert.Equal(6, items.Count);
        Assert.All(items, item => Assert.Contains("Speaker", item.Title + " " + item.Summary));
    }

    [Fact]
    public void News_bullets_under_a_day_date_stay_items_of_their_own_unlike_a_session_reading_list()
    {
        const string page = """
            Lab news

            May 3, 2024

              • Our poster won a prize at the spring meeting in Lyon this week.
              • Welcome to Priya, who joins the lab as a research assistant.

            April 12, 2024

              • The new microscope is finally installed and booked out for weeks.
            """;
        var items = Format.Parse(new Document(page), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.All(items.Take(2), item => Assert.Equal("2024-05-03", item.Published!.ToString()));
    }

    private const string Letters = """
        Chess Club

        March 4, 2025

        Hi all,

        The spring tournament is on Saturday; boards are set up from noon.

        Best regards,

        Olu Adeyemi

        Chess Club Committee


        February 2, 2025

        The winter ladder is over and the results are on the notice board.

        Past Events


        January 6, 2025

        Happy new year! Practice starts again on Tuesday.
        """;

    [Fact]
    public void A_letters_signature_closes_its_post_while_a_bare_heading_above_the_next_date_does_not()
    {
        var items = Format.Parse(new Document(Letters), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.EndsWith("<p>Best regards,</p>\n<p>Olu Adeyemi</p>\n<p>Chess Club Committee</p>", items[0].ContentHtml);
        Assert.DoesNotContain("Past Events", items[1].ContentHtml);
    }

    [Fact]
    public void A_lone_tldr_label_gives_the_summary_to_its_first_point()
    {
        var text = "Club\n\nMay 2, 2025\n\nTL;DR:\n\n- Elections close on Friday\n\nHey everyone! Vote now.\n\n\nApril 1, 2025\n\nNo meeting this week.\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(["Elections close on Friday", "No meeting this week."], items.Select(i => i.Summary));
    }

    [Theory]
    [InlineData("Oct 232017", "2017-10-23")]
    [InlineData("□ Mar 52019", "2019-03-05")]
    [InlineData("Sep 302021", "2021-09-30")]
    public void A_day_run_into_its_year_is_read_as_both(string date, string published)
    {
        var text = $"Seminar\n\n{date}\n\nAna Ruiz (Oslo)\n\nA first talk\n\nWe study things.\n\n\nJan 10, 2017\n\nBo Lin (Lund)\n\nA second talk\n\nWe study more.\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(published, items[0].Published?.ToString());
    }

    [Fact]
    public void A_month_name_before_digits_that_make_no_day_and_year_stays_text()
    {
        var text = "Seminar\n\nFeb 312019\n\nAna Ruiz (Oslo)\n\nA first talk\n\nWe study things.\n\n\nJan 10, 2017\n\nBo Lin (Lund)\n\nA second talk\n\nWe study more.\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.DoesNotContain(items, i => i.Published?.Year == 2019);
    }

    [Theory]
    [InlineData("[ ]")]
    [InlineData("[*]")]
    [InlineData("•")]
    [InlineData("$\\begingroup $")]
    [InlineData("$\\endgroup$")]
    public void Marks_that_print_nothing_are_no_text_of_a_post(string mark)
    {
        var text = $"Club\n\nMay 2, 2025\n\n{mark}\n\nElections close on Friday.\n\n{mark}\n\n\nApril 1, 2025\n\nNo meeting this week.\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(2, items.Count);
        Assert.DoesNotContain(items, i => i.ContentHtml!.Contains(mark.Trim(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_broken_between_cjk_characters_joins_without_a_space()
    {
        var text = "Lab\n\n2024\n\n  • Dec. 📢 We are hiring (博士課程の学生を\n    募集しています。)\n  • Nov. 📝 A paper is out.\n  • Oct. 📝 Another paper is out.\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.Contains("学生を募集", items[0].Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2012-2019")]
    [InlineData("Until 2012")]
    [InlineData("2020–present")]
    public void A_bullet_that_is_only_a_span_of_years_links_to_the_archive(string span)
    {
        var text = $"Group\n\nOld News\n\n  • {span}\n\n  • Ana joined the group. (May 2012)\n  • Bo left the group. (April 2012)\n  • Cy defended. (March 2012)\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(3, items.Count);
        Assert.DoesNotContain(items, i => i.Summary!.Contains(span, StringComparison.Ordinal));
    }
}
