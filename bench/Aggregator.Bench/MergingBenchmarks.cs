using Aggregator.Core.Merging;
using Aggregator.Core.Records;
using BenchmarkDotNet.Attributes;

namespace Aggregator.Bench;

/// <summary>Query-time merging of a feed page: 500 publications of which a fifth are duplicates from a second source.</summary>
[MemoryDiagnoser]
public class MergingBenchmarks
{
    private IReadOnlyList<Item> _items = [];

    [GlobalSetup]
    public void Setup()
    {
        var items = new List<Item>();
        for (var i = 0; i < 500; i++)
        {
            var n = i % 400;
            items.Add(new Item
            {
                Id = $"id{i}", Kind = RecordKind.Publication, Title = $"A study of method number {n} for graph learning",
                Year = 2000 + n % 25, Sources = [i < 400 ? "bib" : "page"], Authors = ["Ada Lovelace", "Alan Turing"],
                Identifiers = n % 3 == 0 ? new Identifiers { Doi = $"10.1000/{n}" } : Identifiers.None,
            });
        }
        _items = items;
    }

    [Benchmark]
    public int MergeDuplicates() => DuplicateMerger.MergeDuplicates(_items).Count;
}
