using Aggregator.Core.Formats;
using Aggregator.Core.Formats.FrontMatter;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.FrontMatter;

public class WorkFieldsTests
{
    [Theory]
    [InlineData("Okafor, J., Lindqvist, M. (2021). &quot;Sparse Sensors.&quot; <i>JCR</i>.", "J. Okafor|M. Lindqvist")]
    [InlineData("Jane Okafor and Mats Lindqvist, \"Sparse Sensors\", JCR, 2021.", "Jane Okafor|Mats Lindqvist")]
    [InlineData("Okafor, J. A., Lindqvist, M., &amp; Ní Bhriain, S. (2020a). Title. Venue.", "J. A. Okafor|M. Lindqvist|S. Ní Bhriain")]
    [InlineData("Sparse Sensors for Tidal Forecasting. Journal of Coastal Research, 2021.", "")]
    [InlineData("", "")]
    public void Citation_authors_are_the_names_before_the_year_or_the_quoted_title(string citation, string expected)
    {
        var names = WorkFields.CitationAuthors(citation).Select(PersonNames.Display);
        Assert.Equal(expected, string.Join('|', names));
    }

    private static Item Parse(string text, string? location = null, string? owner = null) =>
        Assert.Single(new FrontMatterFormat().Parse(new Document(text, location), new ParseOptions { Owner = owner }));

    [Theory]
    [InlineData("collection: publications", null, RecordKind.Publication)]
    [InlineData("collection: talks", null, RecordKind.Talk)]
    [InlineData("type: Tutorial", null, RecordKind.Talk)]
    [InlineData("publication_types: [\"2\"]", null, RecordKind.Publication)]
    [InlineData("layout: post", "https://site.example/content/publication/x/index.md", RecordKind.Publication)]
    [InlineData("layout: post", "https://site.example/_talks/2020-01-01-x.md", RecordKind.Talk)]
    [InlineData("layout: post", "https://site.example/_posts/2020-01-01-x.md", RecordKind.Post)]
    [InlineData("categories: [news]", "https://site.example/blog/publication-day.md", RecordKind.Post)]
    public void The_kind_comes_from_the_collection_the_template_keys_or_the_folder(string line, string? location, RecordKind kind)
    {
        var item = Parse($"---\ntitle: A thing we did\ndate: 2020-01-01\n{line}\n---\nSome words about it.\n", location);
        Assert.Equal(kind, item.Kind);
    }

    [Fact]
    public void A_post_keeps_no_venue_or_template_links_and_admin_becomes_the_owner_only_for_works()
    {
        const string head = "---\ntitle: Notes\ndate: 2020-01-01\nauthors: [admin, Rahul Banerjee]\nvenue: \"*Somewhere*\"\nurl_pdf: https://x.example/a.pdf\nurl_code: \"#\"\n";
        var post = Parse(head + "---\nText.\n", owner: "Jane Okafor");
        Assert.Null(post.Venue);
        Assert.Empty(post.Links);

        var paper = Parse(head + "collection: publications\n---\nText.\n", owner: "Jane Okafor");
        Assert.Equal("Somewhere", paper.Venue);
        Assert.Equal(["Jane Okafor", "Rahul Banerjee"], paper.Authors);
        Assert.Equal([new Link(LinkRel.Pdf, "https://x.example/a.pdf")], paper.Links);

        var unowned = Parse(head + "collection: publications\n---\nText.\n");
        Assert.Equal(["Rahul Banerjee"], unowned.Authors);
    }
}
