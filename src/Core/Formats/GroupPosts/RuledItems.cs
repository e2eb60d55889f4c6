using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Pages that set their items apart with horizontal rules: each stretch between two rules is one item, wherever its date
/// stands ("Ana Ruiz October 3, 2019: Ana Ruiz (History)" mid-line, or on a line of its own under the speaker). Inside an
/// item, the date's line (and what it wraps onto) and a time slot form its head; a title may follow, running on only while
/// its lines fill the page's width; the rest is its text. Section headings ("Fall 2019") open a stretch above its head.
/// </summary>
internal static partial class RuledItems
{
    public static List<RawPost>? Split(List<PageLine> lines)
    {
        var rules = Enumerable.Range(0, lines.Count).Where(i => lines[i].Kind == LineKind.Noise && PageLines.IsRule(lines[i].Text)).ToList();
        if (rules.Count < 3) return null;
        var bounds = new List<(int From, int To)> { (0, rules[0]) };
        for (var k = 0; k < rules.Count; k++) bounds.Add((rules[k] + 1, k + 1 < rules.Count ? rules[k + 1] : lines.Count));

        var posts = new List<RawPost>();
        var between = 0;
        for (var s = 0; s < bounds.Count; s++)
        {
            var (from, to) = bounds[s];
            var inner = s > 0 && s < bounds.Count - 1;
            var post = Item(lines, from, to, last: s == bounds.Count - 1, first: s == 0);
            if (inner && post is null)
            {
                // Empty stretches (two rules in a row) part nothing.
                if (Enumerable.Range(from, to - from).Any(j => lines[j].Kind == LineKind.Text)) between++;
                continue;
            }
            if (post is not null) posts.Add(post);
        }
        return posts.Count >= 3 && between * 5 <= posts.Count ? posts : null;
    }

    /// <summary>
    /// Items that each open with their title on the line right under their rule, set apart from the text by a blank
    /// line ("Summer Lab Gathering" / blank / "August 2025 - This summer we ..."). A block repeating the title is its
    /// picture's alt text; a date leading the text's first line ("May 2025 - ") dates the item, which may print none.
    /// Null unless every stretch that holds text opens so, at least three of them, none with a date alone on a line
    /// (a seminar's head, which <see cref="Split"/> reads).
    /// </summary>
    public static List<RawPost>? SplitTitled(List<PageLine> lines)
    {
        var rules = Enumerable.Range(0, lines.Count).Where(i => lines[i].Kind == LineKind.Noise && PageLines.IsRule(lines[i].Text)).ToList();
        if (rules.Count < 3) return null;
        var posts = new List<RawPost>();
        var dated = 0;
        for (var k = 0; k < rules.Count; k++)
        {
            var (from, to) = (rules[k] + 1, k + 1 < rules.Count ? rules[k + 1] : lines.Count);
            if (!Enumerable.Range(from, to - from).Any(j => lines[j].Kind == LineKind.Text)) continue;
            if (lines[from].Kind != LineKind.Text || from + 1 < to && lines[from + 1].Kind == LineKind.Text) return null;
            var title = lines[from].Text.Trim();
            if (title.Length is < 3 or > 150 || PageLines.EndsUnlikeTitle(title) || DateLeads.TryRead(title, out _, loose: true)) return null;
            var blocks = PostSplitter.Blocks(lines, from + 1, to).Select(b => b.Lines).ToList();
            blocks.RemoveAll(b => string.Equals(string.Join(" ", b), title, StringComparison.OrdinalIgnoreCase));
            if (blocks.Count == 0) return null;
            // After the last rule, the page's closing lines (a link list, "LJ • 2026") follow the item's text: short lines, no sentences.
            if (k == rules.Count - 1 && blocks.FindIndex(1, b => b.All(t => t.Length < 60 && !PageLines.EndsLikeSentence(t))) is > 0 and var cut)
                blocks.RemoveRange(cut, blocks.Count - cut);
            DateLead? lead = null;
            if (DateLeads.TryRead(blocks[0][0], out var found, loose: true))
            {
                if (found.Rest.Length == 0) return null;
                lead = found;
                blocks[0][0] = found.Rest;
                dated++;
            }
            posts.Add(new RawPost(lines[from].Number, lead, blocks, title));
        }
        return posts.Count >= 3 && dated * 2 >= posts.Count ? posts : null;
    }

    private static RawPost? Item(List<PageLine> lines, int from, int to, bool last, bool first)
    {
        var texts = Enumerable.Range(from, to - from).Where(j => lines[j].Kind == LineKind.Text).ToList();
        // The date sits in the item's head: among its first lines.
        int? at = null;
        PartialDate date = default;
        foreach (var j in texts.Take(6))
            if (LooseDates.TryFind(lines[j].Text, out date)) { at = j; break; }
        if (at is not { } d) return null;
        var top = d;
        while (top > from && lines[top - 1].Kind == LineKind.Text) top--;
        // Above the first rule, only an item whose head opens a block after the page's header counts.
        if (first && (top == d ? !DateLeads.TryRead(lines[d].Text, out _, loose: true) : true)) return null;

        var i = d;
        while (i + 1 < to && lines[i + 1].Kind == LineKind.Text && PostSplitter.Wraps(lines, i)) i++;
        i++;
        while (i < to && lines[i].Kind == LineKind.Text && TimeSlot().IsMatch(lines[i].Text.Trim())) i++;
        var headEnd = i;
        while (i < to && lines[i].Kind != LineKind.Text) i++;

        string? title = null;
        var t = i;
        while (t + 1 < to && lines[t + 1].Kind == LineKind.Text && PostSplitter.Wraps(lines, t) && t - i < 3) t++;
        if (i < to && lines[i].Kind == LineKind.Text && string.Join(" ", Enumerable.Range(i, t - i + 1).Select(j => lines[j].Text.Trim())) is { Length: <= 250 } candidate
            && !PlainSentenceEnd().IsMatch(candidate) && Enumerable.Range(t + 1, Math.Max(0, to - t - 1)).Any(j => lines[j].Kind == LineKind.Text))
        {
            title = candidate;
            i = t + 1;
        }

        var head = Enumerable.Range(top, headEnd - top).Where(j => lines[j].Kind == LineKind.Text)
            .Select(j => lines[j].Text.Trim()).Where(h => !(DateLeads.TryRead(h, out var lead, loose: true) && lead.Rest.Length == 0)).ToList();
        var blocks = PostSplitter.Blocks(lines, i, to).Select(b => b.Lines).ToList();
        // After the last rule, the page's closing matter opens with a short heading line ("Public Policy Lab").
        if (last && blocks.FindIndex(b => b is [var only] && only.Length < 60 && !PlainSentenceEnd().IsMatch(only) && !only.EndsWith('?')) is > 0 and var cut)
            blocks.RemoveRange(cut, blocks.Count - cut);
        var paragraphs = new List<List<string>>();
        if (head.Count > 0) paragraphs.Add(head);
        paragraphs.AddRange(blocks);
        if (paragraphs.Count == 0 && title is null) return null;
        return new RawPost(lines[d].Number, new DateLead(date, lines[d].Text.Trim(), ""), paragraphs, title);
    }

    /// <summary>"12:30pm – 1:50pm", "14:00-15:30": the session's time slot under its date.</summary>
    [GeneratedRegex(@"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[–—-]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeSlot();

    [GeneratedRegex(@"[.!:;,]\s*$")]
    private static partial Regex PlainSentenceEnd();
}
