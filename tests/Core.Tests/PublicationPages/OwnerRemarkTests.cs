using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// Informal pages: the owner's remark after a linked title ("my runs fed into section 2", "since …") is no venue, and
/// "my thesis" there says what the work is.
/// </summary>
public class OwnerRemarkTests
{
    private static IReadOnlyList<Item> Run(string text, string owner)
    {
        var document = new Document(text, "https://example.test/pubs.md");
        var options = new ParseOptions { Owner = owner };
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    private static Item Entry(string afterTitle) =>
        Assert.Single(Run($"""
            ## Papers

            ["Sediment Transport Along a Dredged Harbour Channel"](https://example.org/abs/2021), {afterTitle}
            """, "Tarja Lindgren"));

    [Theory]
    [InlineData("my power budgets fed into section 3.2 of it.")]
    [InlineData("(part of the Coastal Observing programme). A shortened version that's a proper paper was published.")]
    [InlineData("an example of the work we're doing on the harbour vessel.")]
    [InlineData("since a surface relay may beat the cabled designs.")]
    [InlineData("the follow-up paper. This time I ran the winch for core HB-2031.")]
    public void Remarks_in_the_owners_voice_are_no_venue_and_date_nothing(string remark)
    {
        var paper = Entry(remark);
        Assert.Null(paper.Venue);
        Assert.Null(paper.Year);
    }

    [Theory]
    [InlineData("*Journal of Women's Studies* 12(3), 2021", "Journal of Women's Studies")]
    [InlineData("Proceedings of the US Coastal Conference, 2019", "Proceedings of the US Coastal Conference")]
    [InlineData("Children's Health Review, 2021", "Children's Health Review")]
    public void Venues_with_possessives_or_capitals_stay_venues(string line, string venue) => Assert.Equal(venue, Entry(line).Venue);

    [Fact]
    public void A_remark_after_a_linked_title_is_its_summary_not_its_venue()
    {
        var items = Run("""
            ## Papers

            ["Faster mooring turnarounds through adaptive battery scheduling"](https://example.org/abs/2021moor), my power budgets fed into section 3.2.

            ["Glider Paths for Sparse Coastal Arrays"](/files/thesis.pdf), my thesis and [the defence slides](/files/defence.pdf).
            """, "Tarja Lindgren");
        Assert.Equal(2, items.Count);
        Assert.Null(items[0].Venue);
        Assert.Null(items[0].Year);
        Assert.Equal(RecordKind.Publication, items[0].Kind);
        Assert.Equal(RecordKind.Thesis, items[1].Kind);
        Assert.Null(items[1].Venue);
    }

    [Fact]
    public void A_co_authored_with_sentence_names_the_co_authors()
    {
        var items = Run("""
            ## Articles

            - “Curators as Partners in Community Recording.” Chapter co-authored with Hanna Berg in *Handbook of Community Sound Heritage*, ed. Rosa Lindqvist. (London: Meridian Press, 2021).
            - “Letters Kept, and Lost?” Co-authored with Omar Haddad and Grace T. Muller. DOI: 10.5555/arch.2019.7. *Records and Memory* 19 (2019).
            """, "Vera Lindahl");
        Assert.Equal(2, items.Count);
        Assert.Equal(["Vera Lindahl", "Hanna Berg"], items[0].Authors);
        Assert.Equal("Handbook of Community Sound Heritage", items[0].Venue);
        Assert.Equal(["Vera Lindahl", "Omar Haddad", "Grace T. Muller"], items[1].Authors);
        Assert.Equal("Records and Memory", items[1].Venue);
    }
}
