using Aggregator.Core.Formats;
using Aggregator.Core.Formats.FrontMatter;

namespace Aggregator.Core.Tests.FrontMatter;

public class FrontMatterTests
{
    private static readonly FrontMatterFormat Format = new();

    private static IReadOnlyList<Records.Item> Parse(string text, string? location = null) =>
        Format.Parse(new Document(text, location), ParseOptions.Default);

    [Fact]
    public void Unclosed_fence_is_an_error_at_line_1()
    {
        var e = Assert.Throws<ParseException>(() => Parse("---\ntitle: Lost\ndate: 2020-01-01\n\nBody text that never ends the block."));
        Assert.Equal("line 1", e.Where);
    }

    [Fact]
    public void Invalid_toml_names_its_line_in_the_document()
    {
        var e = Assert.Throws<ParseException>(() => Parse("+++\ntitle = \"ok\"\ndate = \"2020-01-01\"\ntags = [\"a\", \n+++\nBody"));
        Assert.Contains("TOML", e.Message);
        Assert.Matches(@"^line [4-6]$", e.Where);
    }

    [Fact]
    public void Invalid_yaml_names_its_line_in_the_document()
    {
        var e = Assert.Throws<ParseException>(() => Parse("---\ntitle: fine\ndate: 2020-01-01\ntags: [a, b\nauthor: x\n---\nBody"));
        Assert.Contains("YAML", e.Message);
        Assert.Matches(@"^line [4-6]$", e.Where);
    }

    [Theory]
    [InlineData("+++\ntitle = \"Half done\"\ndraft = true\n+++\nText")]
    [InlineData("---\ntitle: Half done\ndraft: true\n---\nText")]
    [InlineData("---\ntitle: Not yet\npublished: false\n---\nText")]
    public void Drafts_yield_no_record(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void Drafts_with_bad_front_matter_still_fail()
    {
        Assert.Throws<ParseException>(() => Parse("---\ndraft: true\ntitle: [unclosed\n---\nText"));
    }

    [Fact]
    public void Filename_date_is_used_only_when_the_front_matter_has_none()
    {
        var undated = Assert.Single(Parse("---\ntitle: Hello\n---\nBody.", "/site/_posts/2019-12-31-hello.md"));
        Assert.Equal("2019-12-31", undated.Published.ToString());
        var dated = Assert.Single(Parse("---\ntitle: Hello\ndate: 2020-02-02\n---\nBody.", "/site/_posts/2019-12-31-hello.md"));
        Assert.Equal("2020-02-02", dated.Published.ToString());
    }

    [Fact]
    public void Summary_is_the_first_paragraph_not_a_heading()
    {
        var item = Assert.Single(Parse("---\ntitle: T\ndate: 2020-01-01\n---\n# Intro\n\nFirst *real* paragraph,\nwrapped.\n\nSecond."));
        Assert.Equal("First real paragraph, wrapped.", item.Summary);
    }

    [Fact]
    public void Summary_is_the_teaser_above_the_more_divider()
    {
        var item = Assert.Single(Parse("+++\ntitle = \"T\"\ndate = 2020-01-01\n+++\nOne.\n\nTwo *both* teaser.\n<!--more-->\nThe rest."));
        Assert.Equal("One. Two both teaser.", item.Summary);
        Assert.Contains("The rest.", item.ContentHtml);
    }

    [Fact]
    public void Liquid_tags_and_hugo_shortcodes_do_not_reach_the_html()
    {
        var item = Assert.Single(Parse("---\ntitle: T\ndate: 2020-01-01\n---\nBefore {% include note.html %} after.\n\n{{< figure src=\"a.png\" >}}\n"));
        Assert.DoesNotContain("{%", item.ContentHtml);
        Assert.DoesNotContain("{{<", item.ContentHtml);
        Assert.Contains("Before", item.ContentHtml);
    }

    [Theory]
    [InlineData("+++\ndate = \"2017-05-26T00:14:56+05:30\"\ntitle = \"A post\"\n+++\nSome text.", FrontMatterDetection.Post)]
    [InlineData("---\nlayout: post\ntitle: A post\n---\nA paragraph of prose that goes on for more than forty characters.", FrontMatterDetection.Post)]
    [InlineData("---\ntitle: A post\n---\nshort", FrontMatterDetection.FencedButNotPost)]
    [InlineData("---\nlayout: page\ntitle: Publications\npermalink: /publications/\n---\n## Papers\n- **A** 2020\n- **B** 2019", FrontMatterDetection.FencedButNotPost)]
    [InlineData("---\nlayout: archive\ntitle: Publications\n---\nA paragraph of prose that goes on for more than forty characters.", FrontMatterDetection.FencedButNotPost)]
    [InlineData("---\ntitle: CV\ndate: 2020-01-01\n---\n## Publications\n1. Smith, J. A paper. ICML 2020.\n2. Smith, J. Another. NeurIPS 2019.", FrontMatterDetection.FencedButNotPost)]
    [InlineData("---\ntitle: Publications\n---\n1. **Ana Díaz**, Bo Chen. 2025. A Title About Rivers. Water Resources Research (2025).", FrontMatterDetection.FencedButNotPost)]
    [InlineData("+++\ntitle = \"Papers and Talks\"\n+++\nA paragraph of prose that goes on for more than forty characters.", FrontMatterDetection.FencedButNotPost)]
    // Raw HTML citations with the year on its own line: a list of works; a post citing two papers stays a post.
    [InlineData("---\ntitle: Research\ndate: 2022-01-01\n---\n## Journal articles\n<p><cite>Doe, J., A. Roe\n(2021).\n&ldquo;One&rdquo;.</cite></p>\n\n<p><cite>Roe, A. and J. Doe\n(2020).\n&ldquo;Two&rdquo;.</cite></p>", FrontMatterDetection.FencedButNotPost)]
    [InlineData("---\ntitle: Reading notes\ndate: 2022-01-01\n---\nThis week we read two papers that changed how I think about rivers.\n\n<p><cite>Doe, J.\n(2021).\n&ldquo;One&rdquo;.</cite></p>\n\nYesterday, Bob said in 2019 it was different.", FrontMatterDetection.Post)]
    [InlineData("---\n---\n@string{jan={January}}", 0)]
    [InlineData("---\nlayout: none\n---\n\n@article{k, title={T}}", FrontMatterDetection.NotMarkdown)]
    [InlineData("---\nlayout: default\ntitle: News\n---\nAll the news from the group, newest first, in one long list.", FrontMatterDetection.FencedButNotPost)]
    [InlineData("---\nlayout: default\ntitle: News\ndate: 2020-01-01\n---\nshort", FrontMatterDetection.Post)]
    [InlineData("---\ntitle: never closed\n\nBody", 0)]
    [InlineData("--- not a fence\ntitle: x\n---\n", 0)]
    [InlineData("## Papers\n**Title** - 2021", 0)]
    [InlineData("---\nThis is a horizontal rule, then prose.\n---\n", 0)]
    public void Detection_claims_blog_posts_only(string text, int expected) =>
        Assert.Equal(expected, Format.Detect(new Document(text)));

    [Fact]
    public void Jekyll_filename_date_counts_as_a_post_date_for_detection() =>
        Assert.Equal(FrontMatterDetection.Post, Format.Detect(new Document("---\nlayout: post\ntitle: Hi\n---\nshort", "/x/_posts/2021-01-01-hi.md")));
}

public class FrontMatterFieldTests
{
    private static Records.Item Parse(string text) =>
        Assert.Single(new FrontMatterFormat().Parse(new Document(text), ParseOptions.Default));

    [Fact]
    public void Tag_strings_split_into_words_or_at_commas()
    {
        Assert.Equal(["a", "b", "c"], Parse("---\ntitle: T\ntags: a b\ncategories: c\n---\nx").Tags);
        Assert.Equal(["machine learning", "stats"], Parse("---\ntitle: T\ntags: machine learning, stats\n---\nx").Tags);
        Assert.Equal(["x y", "z"], Parse("+++\ntitle = \"T\"\ntags = [\"x y\"]\ncategories = [\"z\"]\n+++\nx").Tags);
    }

    [Fact]
    public void Author_strings_are_never_split()
    {
        Assert.Equal(["Doe, Jane"], Parse("---\ntitle: T\nauthor: Doe, Jane\n---\nx").Authors);
        Assert.Equal(["A One", "B Two"], Parse("---\ntitle: T\nauthors:\n  - A One\n  - name: B Two\n---\nx").Authors);
    }

    [Fact]
    public void Multi_line_toml_arrays_and_dotted_keys_are_still_front_matter()
    {
        const string text = "+++\ntitle = \"T\"\ndate = 2022-02-02\nparams.math = true\ntags = [\n  \"a\",\n\"b\",\n]\n+++\nA paragraph of prose that goes on for more than forty characters.";
        Assert.Equal(FrontMatterDetection.Post, new FrontMatterFormat().Detect(new Document(text)));
        Assert.Equal(["a", "b"], Parse(text).Tags);
        Assert.Equal("2022-02-02", Parse(text).Published.ToString());
    }
}
