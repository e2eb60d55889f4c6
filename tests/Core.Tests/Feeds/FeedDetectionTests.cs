using Aggregator.Core.Formats;

namespace Aggregator.Core.Tests.Feeds;

public class FeedDetectionTests
{
    private static readonly FormatRegistry Registry = FormatRegistry.CreateDefault();

    private static int Score(string format, string text, string? contentType = null) =>
        Registry.Get(format).Detect(new Document(text, "https://example.test/x", contentType));

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", "rss")]
    [InlineData("\uFEFF  <rss version=\"0.91\"><channel/></rss>", "rss")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item/></rdf:RDF>", "rss")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>", "atom")]
    [InlineData("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"></feed>", "atom")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", "jsonfeed")]
    [InlineData("{ \"items\": [], \"version\":\"https://jsonfeed.org/version/1\" }", "jsonfeed")]
    public void Root_element_or_version_names_the_format(string text, string expected)
    {
        Assert.Equal(100, Score(expected, text));
        Assert.Equal(expected, Registry.Detect(new Document(text)).Name);
        foreach (var other in new[] { "rss", "atom", "jsonfeed", "front-matter" }.Where(f => f != expected))
            Assert.True(Score(other, text) < 20, $"{other} claims a {expected} document");
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>News</title></head><body><p>rss feed</p></body></html>")]
    [InlineData("{\"title\": \"not a feed\", \"items\": []}")]
    [InlineData("@article{key, title={Feeds}}")]
    [InlineData("## Papers\n**A title** - 2021")]
    public void Other_shapes_are_not_claimed(string text)
    {
        foreach (var format in new[] { "rss", "atom", "jsonfeed" })
            Assert.Equal(0, Score(format, text));
    }

    [Fact]
    public void Content_type_hints_when_the_root_cannot_be_read()
    {
        Assert.Equal(60, Score("rss", "garbage before <rss>", "application/rss+xml; charset=utf-8"));
        Assert.Equal(60, Score("atom", "garbage", "application/atom+xml"));
        Assert.Equal(80, Score("jsonfeed", "{\"items\": []}", "application/feed+json"));
        Assert.Equal(0, Score("rss", "garbage", "text/html"));
    }
}

public class AtomArxivDetectionTests
{
    [Fact]
    public void An_arxiv_api_response_is_left_to_a_dedicated_format()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
              <id>http://arxiv.org/api/abc</id>
              <entry><id>http://arxiv.org/abs/2101.00001v1</id><title>X</title><arxiv:primary_category term="cs.LG"/></entry>
            </feed>
            """;
        var atom = new Aggregator.Core.Formats.Atom.AtomFormat();
        Assert.Equal(Aggregator.Core.Formats.Atom.AtomFormat.ArxivResponse, atom.Detect(new Document(xml)));
        Assert.True(atom.Detect(new Document(xml)) < 100);
        Assert.Single(atom.Parse(new Document(xml), ParseOptions.Default));
    }
}
