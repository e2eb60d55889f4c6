using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Pages written in an editor that fills paragraphs (Emacs' fill-column, Prettier's proseWrap, `fmt`) break a long
/// citation wherever the line reaches the fill column: "**A. Lin**, Xin" / "Zhou, Wei Zhang". Elsewhere a line break
/// inside an entry is the writer's own (title, then names, then venue on lines of their own), so the parser reads
/// every break as a field boundary; on a filled page that would tear names and titles apart. A filled entry has a
/// signature: no line runs past the fill column where it could have broken, and every break falls where the next
/// line's first word would not have fitted. When most multi-line entries of a page share one such column, their
/// breaks are joined back into one line; entries whose breaks are the writer's own keep them.
/// </summary>
internal static partial class FilledLines
{
    private const int MinColumn = 60, MaxColumn = 120;

    public static string Unwrap(string text)
    {
        var lines = text.Split('\n');
        var blocks = Blocks(lines).Where(b => b.End - b.Start >= 2).ToList();
        if (blocks.Count < 3) return text;
        var column = FillColumn(lines, blocks);
        if (column is null) return text;
        // Join from the bottom up so the line numbers of earlier breaks stay put.
        var joined = lines.ToList();
        foreach (var block in blocks.Where(b => FilledAt(lines, b, column.Value)).OrderByDescending(b => b.Start))
        {
            for (var i = block.End - 2; i >= block.Start; i--)
            {
                if (HardBreak().IsMatch(joined[i])) continue;
                joined[i] = joined[i].TrimEnd() + " " + joined[i + 1].TrimStart();
                joined.RemoveAt(i + 1);
            }
        }
        return string.Join("\n", joined);
    }

    /// <summary>
    /// The column most multi-line entries are filled at, if they are the greater part of them: on a page whose line
    /// breaks are the writer's own, a title or a list of names ends just short of one column only now and then.
    /// </summary>
    private static int? FillColumn(string[] lines, List<(int Start, int End)> blocks)
    {
        int? best = null;
        var bestCount = 0;
        for (var column = MinColumn; column <= MaxColumn; column++)
        {
            var count = blocks.Count(b => FilledAt(lines, b, column));
            if (count <= bestCount) continue;
            best = column;
            bestCount = count;
        }
        return bestCount >= 3 && bestCount * 2 >= blocks.Count ? best : null;
    }

    /// <summary>
    /// Every line of the block keeps within the column where it could, and every (soft) break falls where the next
    /// line's first word would not have fitted: what a filler does, and what hand-placed breaks do only by chance.
    /// </summary>
    private static bool FilledAt(string[] lines, (int Start, int End) block, int column)
    {
        var soft = 0;
        for (var i = block.Start; i < block.End; i++)
        {
            if (Overruns(lines[i], column)) return false;
            if (i + 1 == block.End || HardBreak().IsMatch(lines[i])) continue;
            var length = lines[i].TrimEnd().Length;
            var next = lines[i + 1].TrimStart();
            var word = next.IndexOf(' ') is var space and > 0 ? space : next.Length;
            if (length > column || column > length + word) return false;
            soft++;
        }
        return soft > 0;
    }

    /// <summary>A line longer than the column although a space before the column would have let a filler break it.</summary>
    private static bool Overruns(string line, int column)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length <= column) return false;
        var content = ContentStart().Match(trimmed).Length;
        var space = trimmed.IndexOf(' ', content);
        return space >= 0 && space <= column;
    }

    /// <summary>Runs of prose lines (list items and paragraphs); code, tables, HTML, headings and link definitions are not filled.</summary>
    private static List<(int Start, int End)> Blocks(string[] lines)
    {
        var blocks = new List<(int Start, int End)>();
        var fenced = false;
        var start = -1;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            if (i < lines.Length && Fence().IsMatch(line)) fenced = !fenced;
            var prose = i < lines.Length && !fenced && line.Trim().Length > 0 && !NotProse().IsMatch(line) && !Fence().IsMatch(line);
            var opensItem = prose && ListMarker().IsMatch(line);
            if (start >= 0 && (!prose || opensItem))
            {
                blocks.Add((start, i));
                start = -1;
            }
            if (prose && start < 0) start = i;
        }
        return blocks;
    }

    [GeneratedRegex(@"(?: {2,}|\\|<br\s*/?>)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HardBreak();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?")]
    private static partial Regex ContentStart();

    [GeneratedRegex(@"^\s*(?:```|~~~)")]
    private static partial Regex Fence();

    /// <summary>Headings, tables, HTML, block quotes, rules, link definitions and template tags.</summary>
    [GeneratedRegex(@"^\s*(?:#|\||<|>|\{[%{]|(?:[-*_]\s*){3,}$|\[[^\]]+\]:\s)")]
    private static partial Regex NotProse();
}
