using Aggregator.Core.Feeds;
using Aggregator.Core.Records;
using BenchmarkDotNet.Attributes;

namespace Aggregator.Bench;

/// <summary>Writing a full page (500 items, the maximum limit) in each feed format.</summary>
[MemoryDiagnoser]
public class FeedWritingBenchmarks
{
    private FeedDocument _feed = null!;
    private readonly FeedWriters _writers = FeedWriters.CreateDefault();

    [Params("json", "rss", "atom")] public string Format { get; set; } = "json";

    [GlobalSetup]
    public void Setup()
    {
        var items = Enumerable.Range(0, 500).Select(i => new Item
        {
            Id = $"id{i:D5}", Kind = i % 2 == 0 ? RecordKind.Publication : RecordKind.Post,
            Title = $"Item {i} <with> & markup", Url = $"https://lab.example/items/{i}",
            Authors = ["Ana Núñez", "Bo Chen"], Published = PartialDate.OfDay(2024, 1 + i % 12, 1 + i % 28),
            Summary = "A short summary of the item, in plain text.", ContentHtml = $"<p>Body {i} with <a href=\"https://x.example/{i}\">link</a></p>",
            Tags = ["ml", "news"], Links = [new Link(LinkRel.Pdf, $"https://lab.example/{i}.pdf")], Sources = ["bib", "page"],
        }).ToList();
        _feed = new FeedDocument("Lab", "https://agg.example/api/feed." + Format, "https://lab.example/", "All items", DateTimeOffset.UnixEpoch, items);
    }

    [Benchmark]
    public async Task<long> Write()
    {
        using var stream = new MemoryStream();
        await _writers.Find(Format)!.WriteAsync(_feed, stream);
        return stream.Length;
    }
}
