using Aggregator.Core.Formats;
using Aggregator.Core.Formats.FrontMatter;

namespace Aggregator.Core.Tests.FrontMatter;

public class TemplateTagsTests
{
    [Theory]
    [InlineData("[paper]({{ site.baseurl }}/papers/pilot/)", "[paper](/papers/pilot/)")]
    [InlineData("[cv]({{ '/assets/cv.pdf' | relative_url }})", "[cv](/assets/cv.pdf)")]
    [InlineData("[cv]({{ \"/assets/cv.pdf\" | prepend: site.baseurl }})", "[cv](/assets/cv.pdf)")]
    [InlineData("Welcome to {{ page.title | upcase }}!", "Welcome to !")]
    [InlineData("{% include figure.html src=\"a.jpg\" %}Text", "Text")]
    public void Site_addresses_keep_their_path_and_other_tags_go(string markdown, string expected) =>
        Assert.Equal(expected, TemplateTags.Remove(markdown));

    [Fact]
    public void Braces_that_are_not_liquid_variables_stay() =>
        Assert.Equal("The set {{a}, {b}} has two members.", TemplateTags.Remove("The set {{a}, {b}} has two members."));

    [Fact]
    public void A_page_that_only_loops_over_data_kept_elsewhere_is_an_error_naming_the_line()
    {
        const string page = "---\nlayout: single\ntitle: Publications\n---\n\n{% for paper in site.data.publications %}\n- **{{ paper.title }}**  \n  {{ paper.authors }}. _{{ paper.venue }}_ ({{ paper.year }})\n{% endfor %}\n";
        var e = Assert.Throws<ParseException>(() => new FrontMatterFormat().Parse(new Document(page), new ParseOptions()));
        Assert.Equal("line 7", e.Where);
        Assert.Contains("template", e.Message);
    }

    [Fact]
    public void A_post_that_uses_a_few_site_variables_is_still_a_post()
    {
        const string page = "---\ntitle: Welcome\ndate: 2024-02-01\n---\nWelcome to {{ site.title }}! We are a group of six researchers working on coastal sensing, and this is where we post news about papers, people and events. Follow {{ page.url }} for more.\n";
        var item = Assert.Single(new FrontMatterFormat().Parse(new Document(page), new ParseOptions()));
        Assert.Equal("Welcome", item.Title);
    }
}
