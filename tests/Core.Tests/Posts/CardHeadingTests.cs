using Aggregator.Core.Formats;
using Aggregator.Core.Formats.GroupPosts;

namespace Aggregator.Core.Tests.Posts;

/// <summary>Card furniture is never a title, and a date closing prose is no heading.</summary>
public class CardHeadingTests
{
    private static readonly GroupPostsFormat Format = new();

    [Fact]
    public void A_cards_heading_above_its_field_block_is_the_title_not_the_speaker_line()
    {
        const string text = """
            Colloquium

            Sea Ice Memory in a Warming Arctic

            Host: Prof Anna Berg
            Speaker: Dr Ilse Nakamura
            Date: 5 June 2024
            Location: Hall B

            Ilse explained why thin ice forgets last winter.

            Why Glaciers Surge

            Speaker: Kofi Mensah
            Date: 12 May 2024

            Kofi compared surge cycles in Svalbard and the Karakoram.
            """;
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(["Sea Ice Memory in a Warming Arctic", "Why Glaciers Surge"], items.Select(i => i.Title));
        Assert.Equal(["2024-06-05", "2024-05-12"], items.Select(i => i.Published?.ToString()));
        Assert.Equal(["Ilse Nakamura"], items[0].Authors);
    }

    [Fact]
    public void Paragraphs_that_close_on_a_date_mid_sentence_are_not_headings()
    {
        const string text = """
            News

            The call for abstracts is open until the deadline of March 3, 2025

            We received many more entries than last year, and the panel will read all of them before April 1, 2025

            Results will be sent by email to every applicant no later than May 15, 2025

            Thank you for taking part.
            """;
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.DoesNotContain(items, i => i.Title == "The call for abstracts is open until the deadline of");
    }

    [Fact]
    public void A_time_and_place_left_on_the_date_line_is_not_the_title_the_line_after_it_is()
    {
        const string text = """
            Journal Club

            March 4, 2025 - 4pm–5pm, Room 2.10

            Tensor Networks for Lattice Gauge Theory

            We read the review by Bañuls et al. and discuss which methods scale to three dimensions.

            March 18, 2025 - 4pm–5pm, Room 2.10

            Diffusion Models as Samplers

            Two recent papers recast sampling from a Boltzmann density as learning a reverse diffusion.

            April 1, 2025 - 4pm–5pm, Room 2.10

            Symmetry-Aware Surrogates

            Equivariant networks are compared with data augmentation on three benchmark problems.
            """;
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(["Tensor Networks for Lattice Gauge Theory", "Diffusion Models as Samplers", "Symmetry-Aware Surrogates"], items.Select(i => i.Title));
        Assert.All(items, i => Assert.Contains("4pm–5pm, Room 2.10", i.ContentHtml));
    }

    [Fact]
    public void A_line_between_a_field_and_a_schedule_row_is_no_title()
    {
        const string text = """
            Webinar archive

            Date: May 6, 2024

            Speaker: Farah Haddad (AUB)

            Not recorded

            3:00 PM UTC        Desalination Costs in Arid Cities

            Date: May 20, 2024

            Speaker: Lars Holm (DTU)

            Not recorded

            3:00 PM UTC        Heat Pumps at District Scale
            """;
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.DoesNotContain(items, i => i.Title == "Not recorded");
    }
}
