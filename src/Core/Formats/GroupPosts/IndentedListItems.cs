using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Undated list entries that each hold blocks of their own: a bullet with the entry's title, then its text (and a tag
/// line) indented to the bullet's text column, set apart by blank lines ("  • FLOW Trial" / "" / "    A deck on ..." / ""
/// / "    Slides"). The indentation, not the blank lines, says where an entry ends: a line back at the bullet's
/// column (the next bullet) or left of it (the page's footer).
/// </summary>
internal static partial class IndentedListItems
{
    public static List<RawPost>? Split(List<PageLine> lines)
    {
        // Short bullets read as menu entries; here what sits under them decides, so every bullet is looked at.
        var bullets = new List<(int Index, int Column)>();
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Kind is LineKind.Text or LineKind.Noise && Bullet().Match(lines[i].Text) is { Success: true } m
                && Under(lines, i, m.Length) is { Count: > 0 })
                bullets.Add((i, m.Length));
        if (bullets.Count < 3 || bullets.Select(b => PageLines.Indent(lines[b.Index].Text)).Distinct().Count() != 1) return null;
        // The entries hold blocks (a gap inside them): wrapped one-paragraph bullets are another shape.
        var blocked = bullets.Count(b => Under(lines, b.Index, b.Column) is var under && under.Any(j => lines[j - 1].Kind == LineKind.Blank));
        if (blocked * 3 < bullets.Count * 2) return null;

        var posts = new List<RawPost>();
        foreach (var (index, column) in bullets)
        {
            var head = lines[index].Text[column..].Trim();
            var paragraphs = new List<List<string>>();
            List<string>? current = null;
            var previous = index;
            foreach (var j in Under(lines, index, column))
            {
                if (lines[j].Kind != LineKind.Text) continue;
                if (current is null || j > previous + 1) paragraphs.Add(current = []);
                current.Add(lines[j].Text.Trim());
                previous = j;
            }
            if (paragraphs.Count == 0) return null;
            var titled = head.Length <= 150 && !PageLines.EndsLikeText(head);
            if (!titled) paragraphs.Insert(0, [head]);
            posts.Add(new RawPost(lines[index].Number, null, paragraphs, titled ? head : null));
        }
        return posts;
    }

    /// <summary>The lines indented to at least the bullet's text column under it, across blank lines, up to the first line that is not.</summary>
    private static List<int> Under(List<PageLine> lines, int bullet, int column)
    {
        var found = new List<int>();
        for (var j = bullet + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind == LineKind.Blank) continue;
            if (PageLines.Indent(lines[j].Text) < column) break;
            found.Add(j);
        }
        return found;
    }

    /// <summary>A bullet and the spaces after it: its length is the column its text (and the entry's indented text) starts at.</summary>
    [GeneratedRegex(@"^\s*(?:[•*·▪‣◦–-]|\d{1,2}[.)])\s+(?=\S)")]
    private static partial Regex Bullet();
}
