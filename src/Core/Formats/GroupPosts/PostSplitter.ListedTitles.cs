using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>Archives that print each item's title as a list entry a few lines above its date.</summary>
internal static partial class PostSplitter
{
    /// <summary>
    /// Talk archives that print each talk as a list entry holding its title, then the speaker's line, then the date line with
    /// the time and room ("• Title" / "Name (University)" / "2026-01-14 (Wed) 15:30 — Room 102" / "Abstract: ..."), each part
    /// set apart by blank lines: the item opens at its entry, which is its title, and the lines between it and the date
    /// open its text. Every start must have such an entry (one entry, wrapped over up to three lines) at most two one-line
    /// blocks above it, below the previous start; the date line's own words are then when and where, not a title.
    /// </summary>
    private static List<(int Top, int FieldTop, string Title)>? ListedTitles(List<PageLine> lines, List<int> starts)
    {
        if (starts.Count < 2) return null;
        var found = new List<(int, int, string)>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            // A block touching the date line is its heading, another shape (BlockTops).
            if (starts[k] < 1 || lines[starts[k] - 1].Kind != LineKind.Blank) return null;
            var blocks = BlocksAbove(lines, starts[k], k > 0 ? starts[k - 1] + 1 : 0, 3);
            var entry = blocks.FindIndex(b => ListItem().IsMatch(lines[b.From].Text.Trim()));
            if (entry < 0) return null;
            var (from, to) = blocks[entry];
            // Only one-line blocks (the speaker, an affiliation) stand between the entry and the date.
            if (blocks.Take(entry).Any(b => b.To - b.From != 1 || lines[b.From].Text.Trim().Length > 120 || ListItem().IsMatch(lines[b.From].Text.Trim())
                                            || DateLeads.TryRead(lines[b.From].Text, out _, loose: true)))
                return null;
            // The entry's wrapped lines are indented under its text; another bullet would make it a list, not a title.
            if (to - from > 3 || Enumerable.Range(from + 1, to - from - 1).Any(j => ListItem().IsMatch(lines[j].Text.Trim()))) return null;
            var head = lines[from].Text.Trim();
            var title = string.Join(" ", Enumerable.Range(from + 1, to - from - 1).Select(j => lines[j].Text.Trim()).Prepend(head[(ListItem().Match(head).Length - 1)..]));
            if (title.Length is < 3 or > 250 || DateLeads.TryRead(title, out _, loose: true)) return null;
            found.Add((from, to, title));
        }
        return found;
    }

    /// <summary>
    /// The runs of text lines right above line <paramref name="i"/>, nearest first, at most <paramref name="most"/> of them,
    /// none reaching above <paramref name="floor"/>; each as [From, To).
    /// </summary>
    private static List<(int From, int To)> BlocksAbove(List<PageLine> lines, int i, int floor, int most)
    {
        var blocks = new List<(int, int)>();
        var j = i - 1;
        while (blocks.Count < most)
        {
            while (j >= floor && lines[j].Kind == LineKind.Blank) j--;
            if (j < floor || lines[j].Kind != LineKind.Text) break;
            var to = j + 1;
            while (j >= floor && lines[j].Kind == LineKind.Text) j--;
            if (j >= floor && lines[j].Kind != LineKind.Blank) break;
            blocks.Add((j + 1, to));
        }
        return blocks;
    }
}
