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
}
