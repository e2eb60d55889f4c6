using Aggregator.Core.Fetching;

namespace Aggregator.Core.Tests.Fetching;

public sealed class LocalDocumentReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("local-reader-").FullName;
    private readonly DocumentFetcher _fetcher = new(new FetchOptions());

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_file_is_one_document_with_its_path()
    {
        var path = Write("pubs.bib", "@article{a, title={T}}");
        var result = await _fetcher.FetchAsync(path);
        var doc = Assert.Single(result.Documents);
        Assert.Equal(path, doc.Location);
        Assert.Equal(".bib", doc.Extension);
        Assert.False(result.NotModified);
    }

    [Fact]
    public async Task A_folder_is_one_document_per_known_file_in_path_order()
    {
        Write("2024-02-01-second.md", "two");
        Write("2024-01-01-first.md", "one");
        Write("nested/2024-03-01-third.markdown", "three");
        Write("image.png", "not text");
        Write(".drafts/hidden.md", "draft");

        var result = await _fetcher.FetchAsync(_dir);

        Assert.Equal(["one", "two", "three"], result.Documents.Select(d => d.Text));
    }

    [Fact]
    public async Task A_missing_path_is_a_fetch_error_naming_it()
    {
        var missing = Path.Combine(_dir, "nope.md");
        var e = await Assert.ThrowsAsync<FetchException>(() => _fetcher.FetchAsync(missing));
        Assert.Contains(missing, e.Message);
    }

    public void Dispose()
    {
        _fetcher.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
