using Aggregator.Core.Records;

namespace Aggregator.Core.Merging;

/// <summary>
/// One paper, one entry: collapses items that denote the same work into one, keeping the richest
/// fields and the union of links and sources. Input order (newest first) is kept for the survivors.
/// </summary>
public static class DuplicateMerger
{
    public static IReadOnlyList<Item> MergeDuplicates(IReadOnlyList<Item> items)
    {
        var groups = new List<List<Item>>();
        var byId = new Dictionary<string, List<Item>>();
        foreach (var item in items)
        {
            if (!byId.TryGetValue(item.Id, out var g)) { g = []; byId[item.Id] = g; groups.Add(g); }
            g.Add(item);
        }
        return groups.Select(Merge).ToList();
    }

    public static Item Merge(IReadOnlyList<Item> same)
    {
        if (same.Count == 1) return same[0];
        var first = same[0];
        return first with
        {
            Summary = same.Select(i => i.Summary).Where(s => s is not null).MaxBy(s => s!.Length),
            Links = same.SelectMany(i => i.Links).DistinctBy(l => l.Url).ToList(),
            Sources = same.SelectMany(i => i.Sources).Distinct().ToList(),
            Tags = same.SelectMany(i => i.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }
}
