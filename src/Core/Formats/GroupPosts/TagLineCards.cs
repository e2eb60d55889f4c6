namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Blog cards that print the date, then the post's tags run together on one line ("Privacy Data AI Engineering"), then
/// the title, then the excerpt. A tag line of capitalised labels reads like a speaker's name, and a card without one
/// reads like nothing at all; what gives the tags away is that the cards share them: the same label pair recurs in
/// the opening lines of most cards while those lines differ. Speakers' names (their affiliations set aside) do not.
/// Decided for the page.
/// </summary>
internal static class TagLineCards
{
    public static bool Applies(List<RawPost> posts)
    {
        var openings = posts.Where(p => p.Lead is { Rest.Length: 0 } && p.Title is null && p.Paragraphs is [{ Count: >= 3 }, ..])
            .Select(p => p.Paragraphs[0][0]).ToList();
        // A tag line is short and no sentence: news that opens "New paper accepted ..." and runs on is text.
        if (openings.Any(o => o.Length > 80 || PageLines.EndsLikeSentence(o))) return false;
        if (openings.Count < 3 || openings.Distinct(StringComparer.OrdinalIgnoreCase).Count() * 10 < openings.Count * 8) return false;
        var pairs = openings.Select(o => WordPairs(WithoutAffiliation(o))).ToList();
        // The label pair most openings carry: in at least half of them, and never the whole of every one (a button's label).
        var shared = pairs.SelectMany(p => p).GroupBy(p => p).Where(g => g.Count() * 2 >= openings.Count).Select(g => g.Key).ToHashSet();
        if (shared.Count == 0) return false;
        var tagged = pairs.Count(p => p.Overlaps(shared));
        return tagged * 10 >= openings.Count * 7;
    }

    /// <summary>The card's title: the line after its tag line, wrapped lines joined. Null where the card is not of that make.</summary>
    public static (string Title, List<List<string>> Paragraphs)? Title(RawPost post, int width)
    {
        if (post.Lead is not { Rest.Length: 0 } || post.Title is not null || post.Paragraphs is not [{ Count: >= 3 } block, ..]) return null;
        var lines = 1;
        // A long title wraps onto the next line only where that line's first word would not have fit.
        while (1 + lines < block.Count - 1 && block[lines].Length + 1 + block[1 + lines].Split(' ')[0].Length > width) lines++;
        var title = string.Join(" ", block.Skip(1).Take(lines));
        if (title.Length is < 3 or > 250 || PageLines.EndsUnlikeTitle(title)) return null;
        var rest = block.Skip(1 + lines).ToList();
        // The tag line is the card's furniture, not its text.
        return (title, rest.Count > 0 ? [rest, .. post.Paragraphs.Skip(1)] : [.. post.Paragraphs.Skip(1)]);
    }

    /// <summary>"Ana Ruiz (MIT)", "Ana Ruiz, MIT": a shared institution is no shared tag.</summary>
    private static string WithoutAffiliation(string line)
    {
        var cut = line.IndexOfAny([',', '(', '|']);
        if (line.IndexOf(" - ", StringComparison.Ordinal) is >= 0 and var dash && (cut < 0 || dash < cut)) cut = dash;
        if (line.IndexOf(" — ", StringComparison.Ordinal) is >= 0 and var em && (cut < 0 || em < cut)) cut = em;
        return cut >= 0 ? line[..cut] : line;
    }

    private static HashSet<string> WordPairs(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
        return Enumerable.Range(0, Math.Max(0, words.Count - 1)).Select(i => words[i] + " " + words[i + 1]).ToHashSet();
    }
}
