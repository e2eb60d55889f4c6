using Aggregator.Core.Records;

namespace Aggregator.Core.Merging;

/// <summary>
/// One paper, one entry: collapses items that denote the same work (see <see cref="SameWork"/>) into one,
/// keeping the richest fields and the union of links and sources. The survivors keep the input order
/// (newest first) of each group's first member.
/// </summary>
public static class DuplicateMerger
{
    /// <param name="yearSlack">See <see cref="SameWork.Group"/>.</param>
    /// <param name="versionsApart">See <see cref="SameWork.Group"/>.</param>
    public static IReadOnlyList<Item> MergeDuplicates(IReadOnlyList<Item> items, int yearSlack = 1, bool versionsApart = false)
    {
        var groups = SameWork.Group(items, yearSlack, versionsApart);
        return groups.Select(g => Merge(g.Select(i => items[i]).ToList())).ToList();
    }

    /// <summary>Merges items already known to be the same work into one record.</summary>
    public static Item Merge(IReadOnlyList<Item> same)
    {
        if (same.Count == 0) throw new ArgumentException("Nothing to merge.", nameof(same));
        if (same.Count == 1) return same[0];

        var primary = same.OrderByDescending(Richness).ThenBy(i => i.Id, StringComparer.Ordinal).First();
        var mostPrecise = same.Where(i => i.Published is not null)
            .OrderByDescending(i => Precision(i.Published!.Value)).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => i.Published).FirstOrDefault();

        return primary with
        {
            Id = CanonicalId(same),
            Title = primary.TitleDerived ? same.FirstOrDefault(i => !i.TitleDerived && i.Title is not null)?.Title ?? primary.Title : primary.Title,
            TitleDerived = primary.TitleDerived && same.All(i => i.TitleDerived || i.Title is null),
            Url = primary.Url ?? same.Select(i => i.Url).FirstOrDefault(u => u is not null),
            Authors = same.Select(i => i.Authors).MaxBy(a => a.Count) ?? primary.Authors,
            Published = primary.Published is { } p && mostPrecise is { } m && Precision(m) > Precision(p) && m.Year == p.Year ? m : primary.Published ?? mostPrecise,
            Year = primary.Year ?? same.Select(i => i.Year).FirstOrDefault(y => y is not null),
            Venue = primary.Venue ?? same.Select(i => i.Venue).FirstOrDefault(v => v is not null),
            Summary = Longest(same.Select(i => i.Summary)),
            ContentHtml = Longest(same.Select(i => i.ContentHtml)),
            Tags = same.SelectMany(i => i.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Links = same.SelectMany(i => i.Links).DistinctBy(l => l.Url).ToList(),
            Identifiers = new Identifiers
            {
                Doi = same.Select(i => i.Identifiers.Doi).FirstOrDefault(d => d is not null),
                Arxiv = same.Select(i => i.Identifiers.Arxiv).Where(a => a is not null).MaxBy(ArxivVersion),
            },
            Sources = same.SelectMany(i => i.Sources).Distinct(StringComparer.Ordinal).ToList(),
            FirstSeen = same.Select(i => i.FirstSeen).Where(f => f is not null).Min(),
            DateModified = same.Select(i => i.DateModified).Where(f => f is not null).Max(),
            Position = same.Select(i => i.Position).Where(p => p is not null).Min(),
        };
    }

    /// <summary>
    /// The merged record's id must not depend on which source was ingested first: prefer the id a DOI
    /// gives, then an arXiv id, then the smallest.
    /// </summary>
    private static string CanonicalId(IReadOnlyList<Item> same) =>
        same.OrderBy(i => i.Identifiers.Doi is not null ? 0 : i.Identifiers.Arxiv is not null ? 1 : 2)
            .ThenBy(i => i.Id, StringComparer.Ordinal).First().Id;

    /// <summary>How much a record knows: a DOI and a venue weigh most (a published version over a preprint).</summary>
    private static int Richness(Item i) =>
        (i.Identifiers.Doi is not null ? 8 : 0) + (i.Venue is not null ? 4 : 0) + (i.TitleDerived ? 0 : 4)
        + (i.Published is not null ? 2 : 0) + (i.Summary is not null ? 1 : 0) + Math.Min(i.Authors.Count, 3);

    /// <summary>The newest arXiv version wins ("v3" over "v1"; an unversioned id counts as 0).</summary>
    private static int ArxivVersion(string? id)
    {
        var v = id?.LastIndexOf('v') ?? -1;
        return v > 0 && int.TryParse(id![(v + 1)..], out var n) ? n : 0;
    }

    private static int Precision(PartialDate d) => d.Instant is not null ? 4 : d.Day is not null ? 3 : d.Month is not null ? 2 : 1;

    private static string? Longest(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).MaxBy(v => v!.Length);
}
