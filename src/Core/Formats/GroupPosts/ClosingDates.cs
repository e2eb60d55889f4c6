using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Card grids whose cards close with their byline and date ("Title" / excerpt / "Name" / "12 May 2024"): extraction runs
/// each date straight into the next card's first line, so a date ends its card rather than opening one. Recognised when
/// every date sits alone between a line above and the next card below, the last date alone closes the grid, and the cards
/// between dates have one shape (as many blocks each), which also says where the first card begins.
/// </summary>
internal static partial class ClosingDates
{
    public static List<RawPost>? Split(List<PageLine> lines, HashSet<int> dated)
    {
        if (BareDates.Read(lines, dated, least: 3) is not { } bare) return null;
        var dates = bare.Select(d => d.At).ToList();
        var leads = bare.Select(d => d.Lead).ToList();
        // A card ends at its date, so a date on the page's first line closes no card.
        if (dates.Any(i => i == 0 || lines[i - 1].Kind != LineKind.Text)) return null;
        if (dates.SkipLast(1).Any(i => i + 1 >= lines.Count || lines[i + 1].Kind != LineKind.Text)) return null;
        if (dates[^1] + 1 < lines.Count && lines[dates[^1] + 1].Kind == LineKind.Text) return null;

        var cards = new List<List<List<string>>>();
        for (var k = 1; k < dates.Count; k++) cards.Add(Blocks(lines, dates[k - 1] + 1, dates[k]));
        var shape = cards.GroupBy(c => c.Count).OrderByDescending(g => g.Count()).First();
        if (shape.Key < 2 || shape.Count() * 10 < cards.Count * 8) return null;
        // The first card is as many blocks above the first date; each must be set apart by a gap.
        var before = Blocks(lines, 0, dates[0]);
        if (before.Count < shape.Key) return null;
        cards.Insert(0, before.Skip(before.Count - shape.Key).ToList());

        var posts = new List<RawPost>(cards.Count);
        for (var k = 0; k < cards.Count; k++)
        {
            var blocks = cards[k];
            string? author = null;
            if (blocks.Count >= 2 && blocks[^1] is [var by] && Byline().IsMatch(by))
            {
                author = by;
                blocks = blocks.SkipLast(1).ToList();
            }
            string? title = null;
            if (blocks.Count >= 2 && blocks[0].Count <= 3 && string.Join(" ", blocks[0]) is { Length: <= 250 } head && !head.EndsWith('.'))
            {
                title = head;
                blocks = blocks.Skip(1).ToList();
                // A thumbnail's alt text printed above the title repeats it.
                if (blocks.Count >= 2 && string.Join(" ", blocks[0]) == head) blocks = blocks.Skip(1).ToList();
            }
            posts.Add(new RawPost(lines[dates[k]].Number, leads[k], blocks, title, author));
        }
        return posts;
    }

    private static List<List<string>> Blocks(List<PageLine> lines, int from, int to) =>
        PostSplitter.Blocks(lines, from, to).Select(b => b.Lines).ToList();

    /// <summary>A name on its own line: one to five capitalised words.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,4}$")]
    private static partial Regex Byline();
}
