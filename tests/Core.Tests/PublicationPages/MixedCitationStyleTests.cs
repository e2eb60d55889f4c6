using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>Pages whose citations are each written in a style of their own, under no heading.</summary>
public class MixedCitationStyleTests
{
    private static IReadOnlyList<Item> Run(string text)
    {
        var document = new Document(text, "https://example.test/publications.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    private const string Page = """
        [Scholar](https://scholar.example.org/u/1)

        Roe J, Kim M, Varga P. Heat and hospital visits in river towns. Environ Health. 2021;4(2):e12.

        NCD 2018 Diet and Exercise Collaborators. **Patterns of diet and exercise across 90 regions, 1990–2018**. The Lancet. 3 May 2019; 393:1800-1822.

        Varga, P., Roe, J. (2020). **Flood memory and local elections**. Water Politics, 12(3), 45–61.

        Kim JL, Roe J, Varga P, et al. Drivers of hospital costs in coastal counties. Health Forum. 2024;5(1):e2401. doi:10.1234/hf.2024.1

        Roe J. Counting cooling centres from street images. Urban Health. 2019;7:101-110.
        """;

    [Fact]
    public void A_headingless_page_of_citations_with_inline_markdown_is_a_profile()
    {
        var document = new Document(Page, "https://example.test/publications.md");
        Assert.Equal("markdown-profile", FormatRegistry.CreateDefault().Detect(document).Name);
    }

    [Fact]
    public void Each_paragraph_is_one_paper_and_the_profile_link_none()
    {
        var items = Run(Page);
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Equal(RecordKind.Publication, i.Kind));
        Assert.DoesNotContain(items, i => i.Title == "Scholar");
    }

    [Fact]
    public void A_group_credited_as_author_is_one_name_whatever_digits_and_ands_it_holds()
    {
        var paper = Assert.Single(Run(Page), i => i.Title!.StartsWith("Patterns of diet", StringComparison.Ordinal));
        Assert.Equal(["NCD 2018 Diet and Exercise Collaborators"], paper.Authors);
        Assert.Equal(2019, paper.Year);
    }

    [Fact]
    public void Et_al_after_a_lone_vancouver_initial_closes_the_list()
    {
        var paper = Assert.Single(Run(Page), i => i.Identifiers.Doi == "10.1234/hf.2024.1");
        Assert.Equal("Drivers of hospital costs in coastal counties", paper.Title);
        Assert.Equal(3, paper.Authors.Count);
    }

    [Fact]
    public void A_sole_vancouver_author_is_not_the_title_s_first_words()
    {
        var paper = Assert.Single(Run(Page), i => i.Year == 2019 && i.Venue == "Urban Health");
        Assert.Equal("Counting cooling centres from street images", paper.Title);
        Assert.Single(paper.Authors);
    }

    [Fact]
    public void Initials_run_into_the_next_surname_are_two_names_whose_comma_was_left_out()
    {
        var items = Run("""
            Okafor, C.N., Lindqvist, O. Brandt, L., Sato, Y. (2018). **Cold chain failures in district clinics**. Vaccine Reports. 2018.

            Brandt, L., Sato, Y. (2017). **Handwashing in day-care centres**. Child Health, 4(2), 10–19.

            Sato, Y., Okafor, C.N. (2016). **Water storage in rural homes**. Water Health, 3(1), 1–9.
            """);
        var paper = Assert.Single(items, i => i.Title == "Cold chain failures in district clinics");
        Assert.Equal(["C. N. Okafor", "O. Lindqvist", "L. Brandt", "Y. Sato"], paper.Authors);
    }
}
