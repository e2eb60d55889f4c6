using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Formats.PublicationListing;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>Both page formats claim their own shapes firmly and stay out of the way of every other shape.</summary>
public class PublicationPageDetectionTests
{
    private const string Profile = """
        ---
        layout: page
        title: About
        ---
        ## Publications
        - **A Paper About Rivers**, Ana Díaz, Bo Chen. *Journal of Rivers*, 2020.
        - **Another Paper**, Ana Díaz. NeurIPS 2021.

        ## Talks
        - Invited talk at the River Days 2022 - [slides](https://example.org/s.pdf)
        """;

    private const string Listing = """
        Ana Díaz
        Research Areas
        Authored Publications
        Sort By
        A Paper About Rivers
        Bo Chen
        Journal of Rivers (2020)
        Preview abstract
        Rivers flow.
        View details
        Another Paper
        NeurIPS 2021
        Preview abstract
        Papers are written.
        View details
        """;

    private const string BlogPost = """
        +++
        date = "2017-05-26T00:14:56+05:30"
        title = "Notes from a conference"
        tags = ["conference"]
        +++
        I went to a conference. These were the papers I liked:

        ## Papers
        - **A Paper About Rivers** by Ana Díaz
        - **Another Paper** by Bo Chen
        """;

    private const string Bibtex = """
        @article{diaz2020,
          title = {A Paper About Rivers},
          author = {D{\'\i}az, Ana and Chen, Bo},
          year = 2020
        }
        """;

    private const string Feed = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Lab news</title>
        <item><title>Publications update</title><description>## Papers - **x**</description></item>
        </channel></rss>
        """;

    private const string GroupPosts = """
        The River Reading Group meets every Friday to read papers.
        Hey everyone!
        This week we read a paper about rivers. Preview of next week: lakes.
        Image
        Hey everyone!
        We will discuss the abstract of a paper about lakes and view details of the data.
        """;

    // News that announces papers: a citation or two among dated prose paragraphs is still news.
    private const string NewsWithPapers = """
        Lab News

        March 2024: Our paper on river banks is out! Díaz A, Chen B. 2024. Rivers and their banks revisited.
        Journal of Rivers, 12:1–9.

        February 2024: Bo Chen joined the lab as a postdoc. Welcome, Bo! He will work on sediment transport
        and spend the spring at the field station.

        January 2024: Ana gave a talk at the winter meeting in Oslo about lakes without borders; slides are
        on the talks page. Thanks to the organisers for a lovely week.

        December 2023: Chen B, Díaz A. 2023. Lakes without borders. Limnology Letters, 3(2):44–50. Accepted!
        """;

    [Fact]
    public void Markdown_profile_claims_a_profile_page() =>
        Assert.True(new MarkdownProfileFormat().Detect(new Document(Profile)) >= 90);

    [Fact]
    public void Markdown_profile_claims_a_page_of_linked_titles_under_front_matter() =>
        Assert.True(new MarkdownProfileFormat().Detect(new Document("""
            ---
            layout: page
            title: Research
            ---
            ## Papers
            [Rivers and Their Banks Revisited](https://example.org/rivers)  
            Ana Díaz, Bo Chen  
            Journal of Rivers, 2020

            [Lakes Without Borders](https://example.org/lakes)  
            Ana Díaz  
            NeurIPS 2021
            """)) >= 90);

    private const string NewsWithTwoPaperNotes = """
        Lab News

        New paper on river deltas

        Ana Díaz, Bo Chen
        Our study of delta channels is out in Journal of Rivers. Congratulations to everyone involved!

        Summer field trip

        March 3, 2024
        We spent a week sampling sediment along the coast and came back with forty cores.

        Welcome, new students

        Cy Diaz and Eva Lund
        Two PhD students join the group this autumn; say hello at the coffee machine.

        Seminar series resumes

        The Thursday seminar starts again next week with a talk on floodplain mapping.
        """;

    [Fact]
    public void Publication_listing_stays_out_of_a_news_page_with_a_few_name_lines() =>
        Assert.True(new PublicationListingFormat().Detect(new Document(NewsWithTwoPaperNotes)) < 20);

    [Fact]
    public void Publication_listing_claims_a_listing_page() =>
        Assert.True(new PublicationListingFormat().Detect(new Document(Listing)) >= 90);

    [Theory]
    [InlineData(Listing)]
    [InlineData(Bibtex)]
    [InlineData(Feed)]
    [InlineData(GroupPosts)]
    public void Markdown_profile_stays_low_on_other_shapes(string text) =>
        Assert.True(new MarkdownProfileFormat().Detect(new Document(text)) < 20);

    [Fact]
    public void Markdown_profile_stays_below_front_matter_on_a_dated_post() =>
        Assert.True(new MarkdownProfileFormat().Detect(new Document(BlogPost)) < 50);

    [Theory]
    [InlineData(Profile)]
    [InlineData(BlogPost)]
    [InlineData(Bibtex)]
    [InlineData(Feed)]
    [InlineData(GroupPosts)]
    [InlineData(NewsWithPapers)]
    public void Publication_listing_stays_low_on_other_shapes(string text) =>
        Assert.True(new PublicationListingFormat().Detect(new Document(text)) < 20);

    [Fact]
    public void The_registry_picks_each_format_for_its_shape()
    {
        var registry = FormatRegistry.CreateDefault();
        Assert.Equal("markdown-profile", registry.Detect(new Document(Profile)).Name);
        Assert.Equal("publication-listing", registry.Detect(new Document(Listing)).Name);
    }
}
