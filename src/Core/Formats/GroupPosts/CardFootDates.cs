using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Listing cards that print the title as a block of its own, then one block of category tags (one per line), the
/// excerpt, the date and perhaps the author ("Title" / blank / "news" / "field work" / "We set up ..." / "Jun 28, 2024" /
/// "Ana Ruiz"): the date closes its card. Recognised when every date stands alone inside a block with text above it,
/// only a byline may follow it there, the blocks between two cards are one-line blocks (a thumbnail's name, the next
/// title), and nothing after the last card reads as prose (that is a date-under-title layout's last post).
/// </summary>
internal static partial class CardFootDates
{
    public static List<RawPost>? Split(List<PageLine> lines, HashSet<int> dated)
    {
        if (BareDates.Read(lines, dated, least: 2) is not { } dates) return null;
        var cards = new List<(int Top, int Date, DateLead Lead)>();
        foreach (var (i, lead) in dates)
        {
            var top = i;
            while (top > 0 && lines[top - 1].Kind is LineKind.Text or LineKind.Noise) top--;
            if (top == i || TitleAbove(lines, top) is null) return null;
            cards.Add((top, i, lead));
        }
        for (var k = 0; k + 1 < cards.Count; k++)
        {
            var after = AfterDate(lines, cards[k].Date);
            if (after > cards[k].Date + 2) return null;
            // Between this card and the next card's title: one-line blocks only (a thumbnail's name).
            var title = TitleAbove(lines, cards[k + 1].Top)!.Value;
            if (PostSplitter.Blocks(lines, after, title).Any(b => b.Lines.Count > 1)) return null;
        }
        var bylines = cards.SkipLast(1).Count(c => AfterDate(lines, c.Date) == c.Date + 2);
        var signed = bylines > 0 && bylines == cards.Count - 1;
        if (bylines > 0 && !signed) return null;
        var closing = lines.Skip(cards[^1].Date + 1).Where(l => l.Kind == LineKind.Text).Select(l => l.Text.Trim()).ToList();
        if (closing.Any(t => t.Length >= 60 || SentenceEnd().IsMatch(t))) return null;

        var posts = new List<RawPost>(cards.Count);
        foreach (var (top, date, lead) in cards)
        {
            var t = TitleAbove(lines, top)!.Value;
            var body = Enumerable.Range(top, date - top).Where(j => lines[j].Kind == LineKind.Text).Select(j => lines[j].Text.Trim()).ToList();
            // The card's category tags lead its text: short lines that are no sentences, one per line.
            var tags = body.TakeWhile(Tag).Count();
            if (tags < body.Count) body = body.Skip(tags).ToList();
            string? author = null;
            if (signed && date + 1 < lines.Count && lines[date + 1].Kind == LineKind.Text && Name().IsMatch(lines[date + 1].Text.Trim()))
                author = lines[date + 1].Text.Trim();
            posts.Add(new RawPost(lines[date].Number, lead, [body], lines[t].Text.Trim(), author));
        }
        return posts;
    }

    /// <summary>The line past the date's card: right after the date, or after its byline.</summary>
    private static int AfterDate(List<PageLine> lines, int date)
    {
        var next = date + 1;
        if (next < lines.Count && lines[next].Kind == LineKind.Text)
        {
            if (!Name().IsMatch(lines[next].Text.Trim())) return int.MaxValue;
            next++;
        }
        return next < lines.Count && lines[next].Kind == LineKind.Text ? int.MaxValue : next;
    }

    /// <summary>The title: a one-line block right above the card's block (set apart by blank lines).</summary>
    private static int? TitleAbove(List<PageLine> lines, int top)
    {
        var t = top - 1;
        while (t >= 0 && lines[t].Kind is LineKind.Blank or LineKind.Noise) t--;
        if (t < 0 || t == top - 1 || lines[t].Kind != LineKind.Text) return null;
        if (t > 0 && lines[t - 1].Kind == LineKind.Text) return null;
        var text = lines[t].Text.Trim();
        return text.Length is > 0 and <= 200 && !DateLeads.TryRead(text, out _, loose: true) ? t : null;
    }

    private static bool Tag(string line) => line.Length <= 30 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !SentenceEnd().IsMatch(line) && !line.EndsWith('…');

    /// <summary>A person's name on its own line: two to five words, each capitalised (particles aside).</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|del|della|di|du|le|la)){1,4}$")]
    private static partial Regex Name();

    [GeneratedRegex(@"[.!?:;]\s*$")]
    private static partial Regex SentenceEnd();
}
