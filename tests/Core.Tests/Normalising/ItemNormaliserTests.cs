using Aggregator.Core.Formats;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Normalising;

public class ItemNormaliserTests
{
    private static readonly Document Page = new("", "https://lab.example/people/ada/");

    private static Item Paper(string title, int year, string? arxiv = null) => new()
    {
        Kind = RecordKind.Publication, Title = title, Published = PartialDate.OfYear(year), Authors = ["Ada Lovelace"],
        Links = arxiv is null ? [] : [new Link(LinkRel.Alternate, "https://arxiv.org/abs/" + arxiv)],
    };

    [Fact]
    public void A_work_listed_twice_in_one_document_is_one_record_in_the_first_listings_place()
    {
        Item[] parsed =
        [
            Paper("Counting Engines and Their Limits", 2024, "2401.00001"),          // under Preprints
            Paper("A Second, Unrelated Paper", 2023),
            Paper("Counting engines and their limits", 2024) with { Venue = "Journal of Engines" }, // under Publications
        ];

        var items = new ItemNormaliser().Normalise(parsed, Page, new ParseOptions());

        Assert.Equal(2, items.Count);
        Assert.Equal("2401.00001", items[0].Identifiers.Arxiv);
        Assert.Equal("Journal of Engines", items[0].Venue);
        Assert.Equal(0, items[0].Position);
        Assert.Equal("A Second, Unrelated Paper", items[1].Title);
        Assert.True(items[0].Position < items[1].Position);
    }

    [Fact]
    public void Posts_with_the_same_words_are_not_merged()
    {
        var post = new Item { Kind = RecordKind.Post, Title = "Reading group this Friday", Summary = "Room 2." };
        var items = new ItemNormaliser().Normalise([post, post with { Summary = "Room 3." }], Page, new ParseOptions());
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_papers_title_link_says_what_it_is_and_stays_the_papers_url()
    {
        var paper = Paper("Counting Engines and Their Limits", 2024) with { Links = [new Link(LinkRel.Alternate, "papers/engines.pdf")] };
        var post = new Item { Kind = RecordKind.Post, Title = "Our paper is out", Links = [new Link(LinkRel.Alternate, "papers/engines.pdf")] };

        var items = new ItemNormaliser().Normalise([paper, post], Page, new ParseOptions());

        Assert.Equal("https://lab.example/people/ada/papers/engines.pdf", items[0].Url);
        Assert.Equal([new Link(LinkRel.Pdf, "https://lab.example/people/ada/papers/engines.pdf")], items[0].Links);
        Assert.Equal(LinkRel.Alternate, Assert.Single(items[1].Links).Rel);
        Assert.Equal(items[0].Url, items[1].Url);
    }
}
