namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Table layouts with a navigation column left of the content: text extraction prints the menu's words on the same lines
/// as the content's first rows ("  News            March 22, 2023"). Where most text lines start at one deep column, a
/// short word or two far left of that column, with the content resuming exactly there, is the menu's and is cut off.
/// </summary>
internal static class SideColumn
{
    public static string[] Strip(string[] lines)
    {
        var texts = lines.Where(l => l.Trim().Length > 0).ToList();
        if (texts.Count < 10) return lines;
        var column = texts.GroupBy(PageLines.Indent).MaxBy(g => g.Count())!;
        if (column.Key < 8 || column.Count() * 2 < texts.Count) return lines;
        var c = column.Key;
        return lines.Select(l => Split(l, c) ?? l).ToArray();
    }

    /// <summary>The line from column <paramref name="c"/> on, when a menu entry (short, no digits) stands left of it past a wide gap.</summary>
    private static string? Split(string text, int c)
    {
        if (text.Length <= c || text[c] == ' ' || text[c - 1] != ' ' || text[c - 2] != ' ' || text[c - 3] != ' ') return null;
        var left = text[..c].Trim();
        if (left.Length is 0 or > 24 || left.Any(char.IsDigit) && !IsPictureLink(left) || left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3) return null;
        return new string(' ', c) + text[c..];
    }

    /// <summary>w3m's numbered picture link ("[1]") in the side column.</summary>
    private static bool IsPictureLink(string left) => left.Length <= 5 && left[0] == '[' && left[^1] == ']';
}
