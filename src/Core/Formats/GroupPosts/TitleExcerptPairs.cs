using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Post indexes that print every post as two blocks, its title then a short excerpt, grouped under year headings
/// ("2024" / "Title" / "Excerpt" / "Title" / "Excerpt" / "2023" / ...), with no dates of their own. The year headings fix
/// the phase: each section opens with a title, so its blocks pair up, titles first. After the last post the page may
/// print its sidebar again (an author box repeating the page's header): blocks seen above the first section end the posts.
/// </summary>
internal static partial class TitleExcerptPairs
{
    public static List<RawPost>? Split(List<PageLine> lines)
    {
        var blocks = PostSplitter.Blocks(lines, 0);
        var headings = Enumerable.Range(0, blocks.Count).Where(i => YearHeading(blocks[i])).ToList();
        if (headings.Count == 0) return null;
        var header = blocks.Take(headings[0]).Select(Text).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var posts = new List<RawPost>();
        for (var h = 0; h < headings.Count; h++)
        {
            var end = h + 1 < headings.Count ? headings[h + 1] : blocks.Count;
            var section = blocks.Skip(headings[h] + 1).Take(end - headings[h] - 1).ToList();
            var last = h + 1 == headings.Count;
            if (last)
            {
                // The sidebar printed again after the posts is the page's, as is whatever follows it.
                var repeat = section.FindIndex(b => header.Contains(Text(b)));
                if (repeat >= 0) section = section.Take(repeat).ToList();
            }
            var pairs = 0;
            for (; pairs * 2 + 1 < section.Count && TitleShaped(section[pairs * 2]) && !YearHeading(section[pairs * 2 + 1]); pairs++)
                posts.Add(new RawPost(section[pairs * 2].Number, null, [[.. section[pairs * 2 + 1].Lines]], Text(section[pairs * 2])));
            // Every section pairs up whole; only the last may keep one block after its posts (a sign-off of the page's).
            if (pairs == 0 || section.Count - pairs * 2 > (last ? 1 : 0)) return null;
        }
        return posts.Count >= 4 ? posts : null;
    }

    private static string Text(PostSplitter.Block block) => string.Join(" ", block.Lines);

    private static bool YearHeading(PostSplitter.Block block) => block.Lines is [var only] && DateLeads.IsYearHeading(only, out _);

    /// <summary>A title: one or two lines (a long one wraps), not ending like a sentence or a lead-in ("!" and "?" may end one).</summary>
    private static bool TitleShaped(PostSplitter.Block block) =>
        block.Lines.Count <= 2 && Text(block) is { Length: >= 3 and <= 200 } text && !SentenceOrLeadIn().IsMatch(text) && !YearHeading(block);

    [GeneratedRegex(@"[.:;,]\s*$")]
    private static partial Regex SentenceOrLeadIn();
}
