using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Blogs that print each post in full (title, text) and its date after the text, set apart by blank lines on both sides:
/// read as dates that open posts, every date would go to the next post and the page's closing matter would become a post.
/// Recognised when the page's ends say which side the dates belong to: a post (a title, then prose) stands above the first
/// date, prose fills every stretch between two dates, and no prose follows the last date (only an index of titles, a footer).
/// </summary>
internal static partial class DatesBelowPosts
{
    public static List<RawPost>? Split(List<PageLine> lines, HashSet<int> dated)
    {
        if (BareDates.Read(lines, dated, least: 3) is not { } bare) return null;
        var dates = bare.Select(d => d.At).ToList();
        // A date run straight into the next card's text is another shape (ClosingDates).
        if (dates.Any(i => i == 0 || lines[i - 1].Kind != LineKind.Blank || i + 1 < lines.Count && lines[i + 1].Kind != LineKind.Blank)) return null;
        for (var k = 1; k < dates.Count; k++)
            if (!Blocks(lines, dates[k - 1] + 1, dates[k]).Any(Prose)) return null;
        if (Blocks(lines, dates[^1] + 1, lines.Count).Any(Prose)) return null;
        if (FirstTitle(lines, dates[0], dates[^1]) is not { } first) return null;

        var posts = new List<RawPost>(dates.Count);
        for (var k = 0; k < dates.Count; k++)
        {
            var from = k == 0 ? first : dates[k - 1] + 1;
            var blocks = Blocks(lines, from, dates[k]);
            string? title = null;
            if (blocks.Count >= 2 && blocks[0].Lines is [var head] && head.Length <= 200 && !PageLines.EndsUnlikeTitle(head))
            {
                title = head;
                blocks.RemoveAt(0);
            }
            posts.Add(new RawPost(blocks.Count > 0 ? lines[from].Number : lines[dates[k]].Number, bare[k].Lead, blocks.Select(b => b.Lines).ToList(), title));
        }
        return posts;
    }

    /// <summary>
    /// Where the first post opens: among the one-line headings right above its first paragraph of prose, the one the page
    /// lists again after its posts (an archive of its titles), else the nearest.
    /// </summary>
    private static int? FirstTitle(List<PageLine> lines, int firstDate, int lastDate)
    {
        var blocks = Blocks(lines, 0, firstDate);
        var prose = blocks.FindIndex(Prose);
        if (prose < 1) return null;
        var headings = new List<int>();
        for (var b = prose - 1; b >= 0 && blocks[b].Lines is [var h] && h.Length <= 200 && !PageLines.EndsUnlikeTitle(h) && !Prose(blocks[b]); b--)
            headings.Add(b);
        if (headings.Count == 0) return null;
        var listed = lines.Skip(lastDate + 1).Where(l => l.Kind == LineKind.Text).Select(l => TextKey.ForTitle(l.Text)).ToList();
        var repeated = headings.Where(b => TextKey.ForTitle(blocks[b].Lines[0]) is { Length: >= 10 } key && listed.Any(l => l.StartsWith(key, StringComparison.Ordinal))).ToList();
        var chosen = repeated.Count > 0 ? repeated[0] : headings[0];
        return lines.FindIndex(l => l.Number == blocks[chosen].Number);
    }

    private static List<PostSplitter.Block> Blocks(List<PageLine> lines, int from, int to) => PostSplitter.Blocks(lines, from, to);

    /// <summary>A paragraph of running text: a dozen words or more, closed like a sentence or a lead-in ("... highlighting that:").</summary>
    private static bool Prose(PostSplitter.Block block) =>
        block.Lines.Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length) >= 12 && SentenceClose().IsMatch(block.Lines[^1]);

    [GeneratedRegex(@"[.!?…:][""”’')\]]*$")]
    private static partial Regex SentenceClose();
}
