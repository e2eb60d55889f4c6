using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Theme card lists where each card closes with its "Read more →" link: a card's title block, a meta block that carries
/// the card's date (alone, "Feb 2026", or closing a venue or byline line, "Accepted at ICLR 2026 ·Apr 2026"), its excerpt,
/// then the link. The links say where one card ends; the date line says where its excerpt begins, and the block right
/// above the date's block is its title. Pictures' alt text and type labels printed above a title belong to no post.
/// </summary>
internal static partial class ReadMoreCards
{
    public static List<RawPost>? Split(List<PageLine> lines)
    {
        var closers = Enumerable.Range(0, lines.Count).Where(i => lines[i].Kind != LineKind.Blank && Closer().IsMatch(lines[i].Text.Trim())).ToList();
        if (closers.Count < 3) return null;
        var posts = new List<RawPost>();
        var from = 0;
        foreach (var close in closers)
        {
            if (Card(lines, from, close) is not { } post) return null;
            posts.Add(post);
            from = close + 1;
        }
        return posts;
    }

    /// <summary>
    /// Cards with no date at all (a tutorial index: title, excerpt, "Read More"): each card after the first opens with its
    /// title block, and all of them hold the same number of blocks; the first card holds the page's header above its title,
    /// so its title is as many blocks from its link as the others' are.
    /// </summary>
    public static List<RawPost>? SplitUndated(List<PageLine> lines)
    {
        var closers = Enumerable.Range(0, lines.Count).Where(i => lines[i].Kind != LineKind.Blank && Closer().IsMatch(lines[i].Text.Trim())).ToList();
        if (closers.Count < 3) return null;
        var cards = closers.Select((close, k) => PostSplitter.Blocks(lines, k == 0 ? 0 : closers[k - 1] + 1, close)).ToList();
        var size = cards[1].Count;
        if (size < 2 || cards.Skip(1).Any(c => c.Count != size) || cards[0].Count < size) return null;
        var posts = new List<RawPost>();
        foreach (var card in cards)
        {
            var blocks = card.Skip(card.Count - size).ToList();
            var title = string.Join(" ", blocks[0].Lines);
            if (blocks[0].Lines.Count > 2 || title.Length > 200 || PageLines.EndsLikeText(title)) return null;
            posts.Add(new RawPost(blocks[0].Number, null, blocks.Skip(1).Select(b => b.Lines).ToList(), title));
        }
        return posts;
    }

    /// <summary>
    /// Undated cards whose excerpt closes with its "Read more" link on the excerpt's own last line ("... didactic… Read
    /// more", the link's words wrapped or not): every such excerpt is one block with the card's title block right above
    /// it, and nothing else stands between one card and the next. What precedes the first title and follows the last
    /// link is the page's own.
    /// </summary>
    public static List<RawPost>? SplitInline(List<PageLine> lines)
    {
        var blocks = PostSplitter.Blocks(lines, 0);
        var excerpts = Enumerable.Range(1, Math.Max(0, blocks.Count - 1)).Where(b => ClosesWithLink(blocks[b].Lines)).ToList();
        if (excerpts.Count < 3) return null;
        var posts = new List<RawPost>(excerpts.Count);
        for (var k = 0; k < excerpts.Count; k++)
        {
            var head = blocks[excerpts[k] - 1];
            if (k > 0 && excerpts[k] - 2 != excerpts[k - 1]) return null;
            var title = string.Join(" ", head.Lines.Select(l => l.Trim()));
            if (head.Lines.Count > 2 || title.Length > 200 || PageLines.EndsUnlikeTitle(title) || ClosesWithLink(head.Lines)) return null;
            posts.Add(new RawPost(head.Number, null, [blocks[excerpts[k]].Lines], title));
        }
        return posts;
    }

    /// <summary>A prose block whose last words are the link, possibly wrapped ("Read" / "more").</summary>
    private static bool ClosesWithLink(List<string> block) =>
        block.Count >= 1 && InlineCloser().IsMatch(string.Join(" ", block.TakeLast(2).Select(l => l.Trim())));

    private static RawPost? Card(List<PageLine> lines, int from, int close)
    {
        int dateLine = -1;
        DateLead lead = default;
        for (var i = from; i < close && dateLine < 0; i++)
            if (lines[i].Kind == LineKind.Text && CardDate(lines[i].Text.Trim(), out lead)) dateLine = i;
        if (dateLine < 0) return null;
        // The title is the block right above the one holding the date: one or two lines, not a sentence.
        var top = dateLine;
        while (top > from && lines[top - 1].Kind == LineKind.Text) top--;
        var end = top - 1;
        while (end >= from && lines[end].Kind != LineKind.Text) end--;
        if (end < from) return null;
        var start = end;
        while (start > from && lines[start - 1].Kind == LineKind.Text) start--;
        if (end - start > 1) return null;
        var title = string.Join(" ", Enumerable.Range(start, end - start + 1).Select(j => lines[j].Text.Trim()));
        if (title.Length > 200 || PageLines.EndsLikeText(title)) return null;

        var paragraphs = PostSplitter.Blocks(lines, dateLine + 1, close).Select(b => b.Lines).ToList();
        return paragraphs.Count == 0 ? null : new RawPost(lines[start].Number, lead, paragraphs, title);
    }

    /// <summary>A date alone on its line, or closing a meta line after a dot or bar ("Under review ·Dec 2025").</summary>
    private static bool CardDate(string text, out DateLead lead)
    {
        lead = default;
        if (DateLeads.TryRead(text, out var alone) && alone.Rest.Length == 0)
        {
            lead = alone;
            return true;
        }
        var m = TrailingDate().Match(text);
        if (!m.Success || !LooseDates.TryParse(m.Groups["date"].Value, out var date) || m.Groups["date"].Value.Trim().All(char.IsDigit)) return false;
        lead = new DateLead(date, text, "");
        return true;
    }

    [GeneratedRegex(@"^" + PageLines.ReadMoreCloser + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex Closer();

    /// <summary>The link closing a line of prose after at least a word of it.</summary>
    [GeneratedRegex(@"\S\s+" + PageLines.ReadMoreCloser + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCloser();

    [GeneratedRegex(@"\s[·•|]\s*(?<date>[^·•|]{3,24})$")]
    private static partial Regex TrailingDate();
}
