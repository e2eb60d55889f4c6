using System.Text.Json;
using Aggregator.Core.Feeds;
using Aggregator.Core.Records;
using Aggregator.Core.Tests.Golden;

namespace Aggregator.Core.Tests.Feeds;

/// <summary>
/// The issue's acceptance: Python feedparser reads the RSS (and Atom) without its bozo flag, and the Atom
/// validates against the RELAX NG schema of RFC 4287 (atom.rnc, Appendix B) with jing.
/// </summary>
public class ExternalValidatorTests
{
    private static readonly string Schema = Path.Combine(GoldenCase.TestsRoot, "Feeds", "atom.rnc");

    // Prints what feedparser made of a file, as JSON, so the test can check more than the bozo flag.
    private const string FeedparserScript = """
        import json, sys, feedparser
        d = feedparser.parse(sys.argv[1])
        print(json.dumps({
            "bozo": bool(d.bozo),
            "exception": repr(d.get("bozo_exception")),
            "version": d.version,
            "title": d.feed.get("title"),
            "entries": [{
                "id": e.get("id"),
                "title": e.get("title"),
                "link": e.get("link"),
                "published": e.get("published_parsed") and list(e.published_parsed)[:6],
                "authors": [a.get("name") for a in e.get("authors", [])],
                "tags": [t.get("term") for t in e.get("tags", [])],
            } for e in d.entries],
        }))
        """;

    private static IEnumerable<(string Name, FeedDocument Feed)> Feeds()
    {
        yield return ("full", FeedSamples.Full);
        yield return ("empty", FeedSamples.Empty);
        foreach (var (item, i) in FeedSamples.All.Select((item, i) => (item, i)))
            yield return ($"single-{i}", FeedSamples.Feed(item));
        yield return ("bare", new FeedDocument("", "not a url", "", null, FeedSamples.FeedUpdated,
            [new Item { Kind = RecordKind.Event }]));
    }

    private static async Task<JsonElement> FeedparserAsync(string path)
    {
        var result = await ExternalTool.RunAsync(ExternalTool.Python, "-c", FeedparserScript, path);
        Assert.True(result.ExitCode == 0, $"feedparser on {path}: {result}");
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.Clone();
    }

    private static async Task<string> WriteFileAsync(ExternalTool.TempDir dir, IFeedWriter writer, string name, FeedDocument feed)
    {
        var path = dir.File($"{name}.{writer.Extension}");
        await File.WriteAllBytesAsync(path, await FeedSamples.WriteAsync(writer, feed));
        return path;
    }

    [Theory]
    [InlineData("rss", "rss20")]
    [InlineData("atom", "atom10")]
    public async Task Feedparser_reads_every_feed_without_bozo(string extension, string version)
    {
        using var dir = new ExternalTool.TempDir();
        var writer = FeedWriters.CreateDefault().Find(extension)!;
        foreach (var (name, feed) in Feeds())
        {
            var path = await WriteFileAsync(dir, writer, name, feed);
            var parsed = await FeedparserAsync(path);
            Assert.False(parsed.GetProperty("bozo").GetBoolean(), $"{name}.{extension}: {parsed.GetProperty("exception")}\n{File.ReadAllText(path)}");
            Assert.Equal(version, parsed.GetProperty("version").GetString());
            Assert.Equal(feed.Items.Count, parsed.GetProperty("entries").GetArrayLength());
        }
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public async Task Feedparser_sees_ids_titles_dates_authors_and_tags(string extension)
    {
        using var dir = new ExternalTool.TempDir();
        var path = await WriteFileAsync(dir, FeedWriters.CreateDefault().Find(extension)!, "full", FeedSamples.Full);
        var parsed = await FeedparserAsync(path);
        Assert.Equal("Lab & Friends <feed>", parsed.GetProperty("title").GetString());

        var entries = parsed.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var post = entries["urn:aggregator:3f2a9c0d1e7b44a58c21"];
        Assert.Equal("Notes from the reading group", post.GetProperty("title").GetString());
        Assert.Equal("https://lab.example.org/posts/reading-group", post.GetProperty("link").GetString());
        // feedparser normalises to UTC: 00:14:56+05:30 is 18:44:56 the day before.
        Assert.Equal([2017, 5, 25, 18, 44, 56], post.GetProperty("published").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal(["Zoë Ångström", "Rahul Iyer"], post.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("deep-learning", post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        var hostile = entries["urn:aggregator:0000hostile000000000"];
        Assert.Equal("Tom & Jerry <script>alert(\"x\")</script> 'quoted' bell]]>", hostile.GetProperty("title").GetString());
        Assert.Contains("李小龙", hostile.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));

        var year = entries["urn:aggregator:a1b2c3d4e5f600112233"];
        Assert.Equal([2021, 1, 1, 0, 0, 0], year.GetProperty("published").EnumerateArray().Select(n => n.GetInt32()));
    }

    [Fact]
    public async Task Jing_validates_every_atom_feed_against_rfc4287_schema()
    {
        Assert.True(File.Exists(Schema), $"missing {Schema}");
        using var dir = new ExternalTool.TempDir();
        var writer = new AtomWriter();
        var paths = new List<string>();
        foreach (var (name, feed) in Feeds()) paths.Add(await WriteFileAsync(dir, writer, name, feed));

        var result = await ExternalTool.RunAsync("jing", ["-c", Schema, .. paths]);
        Assert.True(result.ExitCode == 0, $"jing found errors:\n{result}");
    }

    [Fact]
    public async Task Jing_rejects_an_entry_without_id_or_with_a_date_that_is_not_rfc3339()
    {
        // Proves the schema and the tool really validate: without this, a broken setup would pass everything.
        using var dir = new ExternalTool.TempDir();
        var path = dir.File("broken.atom");
        await File.WriteAllTextAsync(path, """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>urn:x</id><title>t</title><updated>2020-01-01T00:00:00Z</updated>
              <author><name>a</name></author>
              <entry><title>no id</title><updated>2020-01-01</updated></entry>
            </feed>
            """);
        var result = await ExternalTool.RunAsync("jing", "-c", Schema, path);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("missing required element \"id\"", result.Stdout);
        Assert.Contains("must be an ISO date and time", result.Stdout);
    }

    [Fact]
    public async Task Feedparser_flags_a_malformed_feed()
    {
        // The negative control for the bozo checks above.
        using var dir = new ExternalTool.TempDir();
        var path = dir.File("broken.rss");
        await File.WriteAllTextAsync(path, "<rss version=\"2.0\"><channel><title>Tom & Jerry</title></channel></rss>");
        Assert.True((await FeedparserAsync(path)).GetProperty("bozo").GetBoolean());
    }

    [Fact]
    public async Task A_missing_tool_fails_with_the_install_command()
    {
        var ex = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => ExternalTool.RunAsync("aggregator-no-such-validator", "--version"));
        Assert.Contains("apt-get install -y python3-feedparser jing", ex.Message);
    }
}
