using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Storage;

/// <summary>
/// Keeps a post's identity across small edits. A post without its own key (no URL, a title derived from
/// the text) gets an id from its text, so fixing a typo changes the id; pairing the new post with the
/// stored post that disappeared at the same time, when their texts are nearly the same, lets the edit
/// update the stored post instead of adding a second one. Publications are left alone: their ids name
/// the work (DOI, arXiv, title) and are shared across sources.
/// </summary>
public static class EditMatcher
{
    /// <summary>Word-shingle Jaccard similarity from which two texts are taken for the same post.</summary>
    public const double MinSimilarity = 0.6;

    private const int ShingleSize = 3;

    /// <summary>
    /// Pairs items of <paramref name="incoming"/> (new ids on the page) with items of
    /// <paramref name="stored"/> (stored ids no longer on the page), best matches first, each at most once.
    /// Returns (incoming index, stored index) pairs.
    /// </summary>
    public static IReadOnlyList<(int Incoming, int Stored)> Pair(IReadOnlyList<Item> incoming, IReadOnlyList<Item> stored)
    {
        var storedShingles = stored.Select(Shingles).ToList();
        var candidates = new List<(int In, int St, double Score)>();
        for (var i = 0; i < incoming.Count; i++)
        {
            if (incoming[i].Kind == RecordKind.Publication) continue;
            var shingles = Shingles(incoming[i]);
            for (var s = 0; s < stored.Count; s++)
            {
                if (stored[s].Kind != incoming[i].Kind) continue;
                var score = Score(incoming[i], stored[s], shingles, storedShingles[s]);
                if (score >= MinSimilarity) candidates.Add((i, s, score));
            }
        }

        var pairs = new List<(int, int)>();
        var usedIn = new HashSet<int>();
        var usedSt = new HashSet<int>();
        foreach (var (i, s, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.In).ThenBy(c => c.St))
        {
            if (usedIn.Contains(i) || usedSt.Contains(s)) continue;
            usedIn.Add(i);
            usedSt.Add(s);
            pairs.Add((i, s));
        }
        return pairs.OrderBy(p => p.Item1).ToList();
    }

    /// <summary>How alike two posts are, 0..1.</summary>
    public static double Similarity(Item a, Item b) => Score(a, b, Shingles(a), Shingles(b));

    private static double Score(Item a, Item b, HashSet<string> sa, HashSet<string> sb)
    {
        var jaccard = Jaccard(sa, sb);
        // Short posts: one changed word removes several shingles; the same title on the same day is enough.
        var sameTitle = TextKey.ForTitle(a.Title) is { Length: > 0 } ta && ta == TextKey.ForTitle(b.Title)
                        && (a.Published is null || b.Published is null || a.Published == b.Published);
        return sameTitle ? Math.Max(jaccard, 0.9) : jaccard;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var intersection = a.Count(b.Contains);
        return (double)intersection / (a.Count + b.Count - intersection);
    }

    private static HashSet<string> Shingles(Item item)
    {
        var text = HtmlSafety.ToText(item.ContentHtml);
        if (string.IsNullOrWhiteSpace(text)) text = item.Summary ?? "";
        if (!item.TitleDerived && item.Title is not null) text = item.Title + " " + text;
        var words = TextKey.ForTitle(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < ShingleSize) return words.ToHashSet();
        var set = new HashSet<string>();
        for (var i = 0; i + ShingleSize <= words.Length; i++)
            set.Add(string.Join(' ', words, i, ShingleSize));
        return set;
    }
}
