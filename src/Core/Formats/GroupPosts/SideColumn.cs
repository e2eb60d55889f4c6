namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Table layouts with a navigation column left of the content: text extraction prints the menu's words on the same lines
/// as the content's first rows ("  News            March 22, 2023"). Where most text lines start at one deep column, a
/// short word or two far left of that column, with the content resuming exactly there, is the menu's and is cut off.
/// </summary>
internal static partial class SideColumn
{
    public static string[] Strip(string[] lines)
    {
        var texts = lines.Where(l => l.Trim().Length > 0).ToList();
        if (texts.Count < 10) return lines;
        // A bullet hanging two left of its entry's text belongs to the text's column.
        var column = texts.GroupBy(l => TextColumn(l, pastMenu: false)).MaxBy(g => g.Count())!;
        if (column.Key < 8 || column.Count() * 2 < texts.Count)
        {
            // A short page beside a long menu: content printed right of a menu word counts for its own column too,
            // provided the menu's words stand in one unbroken run of lines near the top, as a menu column prints them
            // (labels repeated row after row down a page are cells, not a menu).
            column = texts.GroupBy(l => TextColumn(l, pastMenu: true)).MaxBy(g => g.Count())!;
            if (column.Key < 8 || column.Count() * 2 < texts.Count) return lines;
            var c0 = column.Key;
            var beside = Enumerable.Range(0, lines.Length).Where(i => PageLines.Indent(lines[i]) < c0 - 2 && Split(lines[i], c0) is not null).ToList();
            if (beside.Count == 0 || beside[^1] >= 20 || Enumerable.Range(beside[0], beside[^1] - beside[0]).Any(i => lines[i].Trim().Length == 0)) return lines;
        }
        var c = column.Key;
        return lines.Select(l => Split(l, c) ?? l).ToArray();
    }

    /// <summary>
    /// The line from column <paramref name="c"/> on, when a menu entry (short, no digits) stands left of it past a wide gap.
    /// In a bulleted list the text hangs at the column and each bullet stands two to the left of it: an entry's first
    /// line resumes at its bullet.
    /// </summary>
    private static string? Split(string text, int c)
    {
        if (c >= 6 && text.Length > c && text[c] != ' ' && text[c - 1] == ' ' && Bullets.Contains(text[c - 2])) c -= 2;
        if (text.Length <= c || text[c] == ' ' || text[c - 1] != ' ' || text[c - 2] != ' ' || text[c - 3] != ' ') return null;
        var left = text[..c].Trim();
        if (left.Length is 0 or > 24 || left.Any(char.IsDigit) && !IsPictureLink(left) || left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3) return null;
        return new string(' ', c) + text[c..];
    }

    private static int TextColumn(string line, bool pastMenu)
    {
        var c = PageLines.Indent(line);
        if (pastMenu && WideGap().Match(line, c) is { Success: true } gap) c = gap.Index + gap.Length;
        return c + 2 < line.Length && Bullets.Contains(line[c]) && line[c + 1] == ' ' && line[c + 2] != ' ' ? c + 2 : c;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\S {3,}(?=\S)")]
    private static partial System.Text.RegularExpressions.Regex WideGap();

    private const string Bullets = "•*·▪‣◦-–";

    /// <summary>w3m's numbered picture link ("[1]") in the side column.</summary>
    private static bool IsPictureLink(string left) => left.Length <= 5 && left[0] == '[' && left[^1] == ']';
}
