using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>Blog posts that print their author's name on a line of its own right above the date.</summary>
internal static partial class PostSplitter
{
    /// <summary>
    /// Posts printed as a heading, a blank line, then a byline block of the author's name over the date ("A slow review" /
    /// "" / "Ana Ruiz" / "12 August 2026"): the line above the date is the author, not the title; the post opens at its
    /// heading, and its text begins below the date. Every start must have a person's name directly above it, opening its block,
    /// and one heading (wrapped over up to three lines) above that, below the previous start.
    /// </summary>
    private static List<(int Top, int FieldTop, string Title)>? BylineTitles(List<PageLine> lines, List<int> starts)
    {
        if (starts.Count < 2) return null;
        var found = new List<(int, int, string)>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var byline = starts[k] - 1;
            // The date stands alone on its line: the post's text begins below it.
            if (!DateLeads.TryRead(lines[starts[k]].Text, out var date, loose: true) || date.Rest.Length > 0) return null;
            if (byline < 1 || lines[byline].Kind != LineKind.Text || lines[byline - 1].Kind != LineKind.Blank
                || !PersonNames.LooksLikeName(lines[byline].Text.Trim()))
                return null;
            if (BlocksAbove(lines, byline, k > 0 ? starts[k - 1] + 1 : 0, 1) is not [var (from, to)] || to - from > 3) return null;
            var heading = Enumerable.Range(from, to - from).Select(j => lines[j].Text.Trim()).ToList();
            var title = string.Join(" ", heading);
            if (title.Length is < 3 or > 250 || PageLines.EndsUnlikeTitle(title) || ListItem().IsMatch(heading[0])
                || DateLeads.TryRead(heading[0], out _, loose: true) || PersonNames.LooksLikeName(title))
                return null;
            found.Add((from, starts[k] + 1, title));
        }
        return found;
    }
}
