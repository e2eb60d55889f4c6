using Aggregator.Core.Formats;
using Aggregator.Core.Normalising;
using BenchmarkDotNet.Attributes;

namespace Aggregator.Bench;

/// <summary>Parse + normalise throughput per input format, on documents of realistic large size.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private readonly FormatRegistry _registry = FormatRegistry.CreateDefault();
    private readonly ItemNormaliser _normaliser = new();
    private Document _bib = null!, _rss = null!, _html = null!, _posts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bib = new Document(SyntheticInputs.Bibtex(500), "https://lab.example/pubs.bib");
        _rss = new Document(SyntheticInputs.Rss(500), "https://lab.example/feed.xml");
        _html = new Document(SyntheticInputs.HtmlNews(200), "https://lab.example/news.html");
        _posts = new Document(SyntheticInputs.GroupPosts(100), "https://lab.example/posts.txt");
    }

    private int Run(Document d, string? format = null)
    {
        var (_, items) = _registry.Parse(d, format, ParseOptions.Default);
        return _normaliser.Normalise(items, d, ParseOptions.Default).Count;
    }

    [Benchmark] public int Bibtex500Entries() => Run(_bib, "bibtex");
    [Benchmark] public int Rss500Items() => Run(_rss, "rss");
    [Benchmark] public int Html200Posts() => Run(_html, "html");
    [Benchmark] public int GroupPosts100() => Run(_posts, "group-posts");
    /// <summary>Detection asks every format; it must stay cheap next to parsing.</summary>
    [Benchmark] public string DetectBibtex() => _registry.Detect(_bib).Name;
}
