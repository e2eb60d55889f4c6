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
}
