using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Undated post indexes whose theme prints each card as its title, a reading-time line ("1 minute read", "less than 1
/// minute read") and an excerpt. The reading-time lines say where the cards are: the block right above one (past a
/// blank line) is that card's title, and its excerpt runs on to the next card's title. The last card keeps no more
/// blocks than any other card has, since the page's own closing lines follow it.
/// </summary>
internal static partial class ReadingTimeCards
{
    public static List<RawPost>? Split(List<PageLine> lines)
    {
        var marks = Enumerable.Range(0, lines.Count).Where(i => lines[i].Kind != LineKind.Blank && ReadingTime().IsMatch(lines[i].Text.Trim())).ToList();
        if (marks.Count < 3) return null;
        var titles = new List<(int Top, string Text)>(marks.Count);
        foreach (var m in marks)
            if (TitleAbove(lines, m) is { } title && (titles.Count == 0 || title.Top > marks[titles.Count - 1])) titles.Add(title);
            else return null;

        var cards = new List<List<List<string>>>(marks.Count);
        for (var k = 0; k < marks.Count; k++)
            cards.Add(PostSplitter.Blocks(lines, marks[k] + 1, k + 1 < marks.Count ? titles[k + 1].Top : lines.Count).Select(b => b.Lines).ToList());
        // An archive grouped by year prints the next group's year heading right above that group's first title.
        foreach (var card in cards)
            while (card.Count > 1 && card[^1] is [var heading] && DateLeads.IsYearHeading(heading, out _)) card.RemoveAt(card.Count - 1);
        if (cards.Any(c => c.Count == 0)) return null;
        var most = cards.SkipLast(1).Max(c => c.Count);
        if (cards[^1].Count > most) cards[^1].RemoveRange(most, cards[^1].Count - most);
        return Enumerable.Range(0, marks.Count).Select(k => new RawPost(lines[titles[k].Top].Number, null, cards[k], titles[k].Text)).ToList();
    }

    /// <summary>The block above the reading-time line <paramref name="mark"/>, past blank lines: one line, or two where a long title wraps.</summary>
    private static (int Top, string Text)? TitleAbove(List<PageLine> lines, int mark)
    {
        var end = mark - 1;
        while (end >= 0 && lines[end].Kind == LineKind.Blank) end--;
        if (end < 0 || lines[end].Kind != LineKind.Text) return null;
        var top = end;
        if (top > 0 && lines[top - 1].Kind == LineKind.Text) top--;
        if (top > 0 && lines[top - 1].Kind == LineKind.Text || top < end && !PostSplitter.Wraps(lines, top)) return null;
        var text = string.Join(" ", Enumerable.Range(top, end - top + 1).Select(j => lines[j].Text.Trim()));
        return text.Length is >= 3 and <= 200 && !PageLines.EndsUnlikeTitle(text) ? (top, text) : null;
    }

    [GeneratedRegex(@"^(?:less than\s+)?(?:\d{1,3}|an?|one)\s*min(?:ute)?s?\s+read$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();
}
