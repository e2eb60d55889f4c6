using Aggregator.Core.Sources;
using Aggregator.Core.Tests.Support;

namespace Aggregator.Core.Tests.Sources;

public class SourcesFileTests
{
    private static readonly string Base = Path.Combine(Path.GetTempPath(), "sources-base");

    private static IReadOnlyList<SourceDefinition> Parse(string json) => SourcesFile.Parse(json, Base, LinesFormat.Registry());

    private static SourcesConfigException Fails(string json) => Assert.Throws<SourcesConfigException>(() => Parse(json));

    [Fact]
    public void Reads_an_array_with_defaults_and_resolves_local_paths_against_the_file_folder()
    {
        var sources = Parse("""
            [ { "id": "lab-news", "url": "https://example.org/news", "tags": ["ml"] },
              { "id": "local.posts_1", "url": "samples/posts", "format": "test-lines", "owner": "Ada Lovelace" } ]
            """);
        Assert.Equal(2, sources.Count);
        Assert.Equal("https://example.org/news", sources[0].Url);
        Assert.Equal("auto", sources[0].Format);
        Assert.Equal(["ml"], sources[0].Tags);
        Assert.Equal(Path.Combine(Base, "samples", "posts"), sources[1].Url);
        Assert.Equal("Ada Lovelace", sources[1].ToParseOptions().Owner);
    }

    [Fact]
    public void Reads_an_object_with_a_sources_array()
    {
        var sources = Parse("""{ "sources": [ { "id": "a", "url": "/srv/a.bib", "postStart": "^## " } ] }""");
        Assert.Equal("/srv/a.bib", Assert.Single(sources).Url);
        Assert.Equal("^## ", sources[0].PostStartPattern);
    }

    [Fact]
    public void Missing_id_names_the_entry_index_and_field()
    {
        var e = Fails("""[ { "id": "ok", "url": "https://a.example/" }, { "url": "https://b.example/" } ]""");
        Assert.Equal(1, e.EntryIndex);
        Assert.Equal("id", e.Field);
        Assert.Contains("entry 1", e.Message);
        Assert.Contains("\"id\"", e.Message);
    }

    [Fact]
    public void Duplicate_id_names_both_entries()
    {
        var e = Fails("""[ { "id": "x", "url": "https://a.example/" }, { "id": "x", "url": "https://b.example/" } ]""");
        Assert.Equal(1, e.EntryIndex);
        Assert.Equal("x", e.EntryId);
        Assert.Contains("entry 0", e.Message);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("has space")]
    [InlineData("slash/id")]
    [InlineData("hash#id")]
    [InlineData("-leading")]
    public void Ids_unsafe_for_table_keys_are_refused(string id)
    {
        var e = Fails($$"""[ { "id": "{{id}}", "url": "https://a.example/" } ]""");
        Assert.Equal("id", e.Field);
        Assert.Equal(id, e.EntryId);
        Assert.Contains(id, e.Message);
    }

    [Theory]
    [InlineData("""{ "id": "s1" }""", "url")]
    [InlineData("""{ "id": "s1", "url": "" }""", "url")]
    [InlineData("""{ "id": "s1", "url": "ftp://example.org/x" }""", "url")]
    [InlineData("""{ "id": "s1", "url": "https://" }""", "url")]
    [InlineData("""{ "id": "s1", "url": 42 }""", "url")]
    [InlineData("""{ "id": "s1", "url": "https://a.example/", "format": "nope" }""", "format")]
    [InlineData("""{ "id": "s1", "url": "https://a.example/", "postStart": "([a-z" }""", "postStart")]
    [InlineData("""{ "id": "s1", "url": "https://a.example/", "selectors": { "title": "h2" } }""", "selectors.item")]
    [InlineData("""{ "id": "s1", "url": "https://a.example/", "tags": "ml" }""", "tags")]
    public void Invalid_fields_are_named_with_the_entry(string entry, string field)
    {
        var e = Fails($"[ {{ \"id\": \"first\", \"url\": \"https://first.example/\" }}, {entry} ]");
        Assert.Equal(1, e.EntryIndex);
        Assert.Equal("s1", e.EntryId);
        Assert.Equal(field, e.Field);
        Assert.Contains("entry 1 (id \"s1\")", e.Message);
        Assert.Contains($"field \"{field}\"", e.Message);
    }

    [Fact]
    public void Unknown_format_lists_the_known_ones()
    {
        var e = Fails("""[ { "id": "s", "url": "https://a.example/", "format": "rss-ish" } ]""");
        Assert.Contains("auto, test-lines", e.Message);
    }

    [Theory]
    [InlineData("{ \"id\": ")]
    [InlineData("{ \"items\": [] }")]
    [InlineData("42")]
    public void Malformed_files_are_refused_with_a_message(string json)
    {
        var e = Fails(json);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.Contains("sources.json", e.Message);
    }

    [Fact]
    public async Task LoadAsync_names_a_missing_file()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "sources.json");
        var e = await Assert.ThrowsAsync<SourcesConfigException>(() => SourcesFile.LoadAsync(path, LinesFormat.Registry()));
        Assert.Contains(path, e.Message);
    }
}
