using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Merging;

/// <summary>
/// Decides which items denote the same work: equal id; else, for publications and theses, the same DOI,
/// then the same arXiv id (version ignored), then the same normalised title with compatible years
/// (equal, one missing, or a preprint a year before its publication).
/// </summary>
public static partial class SameWork
{
    /// <summary>Titles of fewer words are too generic to match on alone ("Introduction", "Thesis proposal").</summary>
    public const int MinTitleWords = 3;

    /// <summary>Groups of indexes into <paramref name="items"/>, each group in input order, groups ordered by first member.</summary>
    /// <param name="yearSlack">How far apart the years of two same-titled items may be (1 lets a preprint meet its
    /// publication; 0 within one page, where a workshop and a conference version of a title are two entries).</param>
    /// <param name="versionsApart">Within one page: a preprint and its published version, listed as two lines with
    /// their own venues, are the two entries the owner chose to list, as are two listings with pages and author lists of
    /// their own (the feeds still show them as one work).</param>
    public static IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<Item> items, int yearSlack = 1, bool versionsApart = false)
    {
        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byDoi = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byArxiv = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byTitle = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            Link(byId, item.Id, i);
            if (!IsWork(item)) continue;
            if (item.Identifiers.Doi is { } doi) Link(byDoi, doi, i);
            if (item.Identifiers.Arxiv is { } ax) Link(byArxiv, ScholarlyIds.WithoutVersion(ax), i);
            if (TitleKey(item) is { } key)
            {
                if (!byTitle.TryGetValue(key, out var list)) byTitle[key] = list = [];
                foreach (var j in list)
                    if (YearsCompatible(items[j], item, yearSlack) && !ConflictingIds(items[j], item) && !(versionsApart && (PreprintAndPublished(items[j], item) || SeparateListings(items[j], item)))) Union(j, i);
                list.Add(i);
            }
        }

        return Enumerable.Range(0, items.Count).GroupBy(Find).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<int>)g.ToList()).ToList();

        void Link(Dictionary<string, int> index, string key, int i)
        {
            if (string.IsNullOrEmpty(key)) return;
            if (index.TryGetValue(key, out var first)) Union(first, i); else index[key] = i;
        }
    }

    /// <summary>True when the two items are the same work by the rules above.</summary>
    public static bool Match(Item a, Item b) => Group([a, b]).Count == 1;

    public static bool IsWork(Item i) => i.Kind is RecordKind.Publication or RecordKind.Thesis;

    /// <summary>
    /// The keys under which <paramref name="item"/> can meet its other copies: its DOI, arXiv id and title.
    /// Sharing a key makes two items candidates; <see cref="Match"/> decides.
    /// </summary>
    public static IReadOnlyList<string> Keys(Item item)
    {
        if (!IsWork(item)) return [];
        var keys = new List<string>(3);
        if (item.Identifiers.Doi is { Length: > 0 } doi) keys.Add("doi|" + doi.ToLowerInvariant());
        if (item.Identifiers.Arxiv is { Length: > 0 } ax) keys.Add("arxiv|" + ScholarlyIds.WithoutVersion(ax).ToLowerInvariant());
        if (TitleKey(item) is { } title) keys.Add("title|" + title);
        return keys;
    }

    private static string? TitleKey(Item i)
    {
        if (i.TitleDerived) return null;
        var key = TextKey.ForTitle(i.Title);
        return key.Split(' ').Length >= MinTitleWords ? i.Kind.ToWire() + "|" + key : null;
    }

    private static bool YearsCompatible(Item a, Item b, int slack) =>
        a.Year is null || b.Year is null || Math.Abs(a.Year.Value - b.Year.Value) <= slack;

    /// <summary>One of the two appeared on a preprint server ("arXiv", "eprint arXiv", "SSRN"), the other in a venue that is none.</summary>
    private static bool PreprintAndPublished(Item a, Item b) =>
        a.Venue is { } va && b.Venue is { } vb && PreprintServer().IsMatch(va) != PreprintServer().IsMatch(vb);

    /// <summary>
    /// Two same-titled entries that each link a page of their own and credit different numbers of people (a talk given
    /// with three colleagues at one event and with five at another): the owner listed two things. A true duplicate
    /// repeats its entry; it does not change its authors and its address both.
    /// </summary>
    private static bool SeparateListings(Item a, Item b) =>
        a.Url is { } ua && b.Url is { } ub && !string.Equals(ua, ub, StringComparison.OrdinalIgnoreCase)
        && a.Authors.Count > 0 && b.Authors.Count > 0 && a.Authors.Count != b.Authors.Count;

    [GeneratedRegex(@"\b(?:arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|ssrn|e-?print|preprints?|research\s+square)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreprintServer();

    /// <summary>Two different DOIs (or arXiv ids) mean two works even under one title (e.g. a journal extension).</summary>
    private static bool ConflictingIds(Item a, Item b) =>
        (a.Identifiers.Doi is { } da && b.Identifiers.Doi is { } db && !string.Equals(da, db, StringComparison.OrdinalIgnoreCase))
        || (a.Identifiers.Arxiv is { } xa && b.Identifiers.Arxiv is { } xb
            && !string.Equals(ScholarlyIds.WithoutVersion(xa), ScholarlyIds.WithoutVersion(xb), StringComparison.OrdinalIgnoreCase));
}
