using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Seminar cards that print a date, then short blocks (speaker, affiliation, the talk's title), then the abstract, often
/// labelled ("ABSTRACT: ..."): the block right above the abstract is the title. Decided for the page, so a news post that
/// happens to end a short line above a long paragraph keeps its own reading.
/// </summary>
internal static partial class AbstractCards
{
    /// <summary>
    /// Most dated posts carry such an abstract with a title-shaped block right above it and at least one other block
    /// above that (who gives the talk), and some of the abstracts are labelled.
    /// </summary>
    public static bool Applies(List<RawPost> posts)
    {
        var dated = posts.Where(p => p.Lead is { Rest.Length: 0 } && p.Title is null).ToList();
        var carded = dated.Where(p => TitleIndex(p) is not null).ToList();
        var labelled = carded.Count(p => p.Paragraphs.Any(q => AbstractLabel().IsMatch(q[0])));
        return dated.Count >= 2 && carded.Count * 10 >= dated.Count * 7 && labelled * 2 >= carded.Count;
    }

    /// <summary>The title block's lines joined, and the post's paragraphs without it; null where the post is no such card.</summary>
    public static (string Title, List<List<string>> Paragraphs)? Title(RawPost post)
    {
        if (TitleIndex(post) is not { } t) return null;
        var title = string.Join(" ", post.Paragraphs[t]);
        return (title, post.Paragraphs.Where((_, k) => k != t).ToList());
    }

    private static int? TitleIndex(RawPost post)
    {
        var paragraphs = post.Paragraphs;
        // The abstract: the labelled paragraph, else the first long prose paragraph.
        var a = paragraphs.FindIndex(p => AbstractLabel().IsMatch(p[0]));
        if (a < 0) a = paragraphs.FindIndex(p => string.Join(" ", p) is { Length: >= 200 } text && SentenceEnd().IsMatch(text));
        if (a < 2) return null;
        var block = paragraphs[a - 1];
        var title = string.Join(" ", block);
        // Every block above the abstract is short: a name, an affiliation, the title (wrapped over up to three lines).
        if (paragraphs.Take(a).Any(p => p.Count > 3 || string.Join(" ", p).Length > 250)) return null;
        return title.Length >= 8 && !PageLines.EndsUnlikeTitle(title) && !FieldLabel().IsMatch(title) && !AbstractLabel().IsMatch(title) ? a - 1 : null;
    }

    [GeneratedRegex(@"^(?:abstract|summary|synopsis|description)\s*[:.—–-]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractLabel();

    /// <summary>A card's field ("Speaker: ...", "Venue: ..."); a title may carry a colon of its own ("The Code: Predicting ...").</summary>
    [GeneratedRegex(@"^(?:(?:talk\s+)?title|paper|topic|speakers?|presenters?|hosts?|chair|moderator|date|time|when|where|venue|location|place|room|zoom|link|contact|email|affiliation)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLabel();


    [GeneratedRegex(@"[.!?)""”’]\s*$")]
    private static partial Regex SentenceEnd();
}
