using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// A navigation bar's dropdowns, printed by w3m as nested lists under their menu entries ("• Research" / "    □ Equipment"):
/// short nested bullets under a menu entry are menu entries too, not one-line posts. A navigation bar sits in the page's
/// head: once running text has been read, a short bullet with a nested list under it ("• Materials" / "    □ Slides") is a
/// post's own list and stays.
/// </summary>
internal static partial class SubmenuEntries
{
    /// <summary>
    /// Marks as noise each short nested bullet that sits, indented deeper, in a run of menu entries above the page's
    /// first running text.
    /// </summary>
    public static List<PageLine> Mark(List<PageLine> lines)
    {
        var result = new List<PageLine>(lines.Count);
        var menuIndent = -1;
        var prose = false;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Blank || prose) { result.Add(line); continue; }
            var t = line.Text.Trim();
            var indent = PageLines.Indent(line.Text);
            if (line.Kind == LineKind.Text && RunningText(t))
            {
                prose = true;
                result.Add(line);
                continue;
            }
            if (line.Kind == LineKind.Noise && TopEntry().IsMatch(t))
            {
                // A top-level menu entry: what is nested under it may be its dropdown.
                menuIndent = indent;
                result.Add(line);
                continue;
            }
            if (menuIndent >= 0 && line.Kind == LineKind.Text && indent > menuIndent && NestedEntry().IsMatch(t))
            {
                result.Add(line with { Kind = LineKind.Noise });
                continue;
            }
            menuIndent = -1;
            result.Add(line);
        }
        return result;
    }

    /// <summary>A sentence, or a line as long as only wrapped running text is: the posts have begun.</summary>
    private static bool RunningText(string text) => text.Length >= 70 || text.Length >= 40 && PageLines.EndsLikeSentence(text);

    /// <summary>A menu entry of one to three words as a top-level bullet.</summary>
    [GeneratedRegex(@"^[•*·▪‣◦]\s+\S+(?:\s+\S+){0,2}$")]
    private static partial Regex TopEntry();

    /// <summary>
    /// A nested entry of one to three words, no sentence ("□ Postdocs", "◦ Current Topics", "☆ Visiting Scholars"), and no date.
    /// w3m marks each nesting depth with a symbol of its own (□, then ☆ or ○, ...), so any symbol bullet is one.
    /// </summary>
    [GeneratedRegex(@"^(?:[□■◦○●▪‣·*•-]|\p{So})\s+(?!.*\d)[^\s:]+(?:\s+[^\s:]+){0,2}$")]
    private static partial Regex NestedEntry();
}
