using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Many hand-written pages name their sections with a bold line ("**Publications**", "**Talks:**",
/// "&lt;b&gt;Education&lt;/b&gt;") instead of a "##" heading. A bold line that stands alone (a blank line, a heading or
/// another such label above it; a blank line, a list or another label below) and whose words name a section is lifted
/// to a heading one level under the page's last real heading, so the outline reads it as the section it names.
/// Bold lines that name nothing ("**2021**", a paper's bold title) stay as they are.
/// </summary>
internal static partial class BoldSectionLabels
{
    public static string Lift(string text)
    {
        var lines = text.Split('\n');
        var labels = lines.Select(l => LabelOf(l) is { } label && Names(label)).ToArray();
        var level = 1;
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().IsMatch(lines[i])) fenced = !fenced;
            if (fenced) continue;
            if (Atx().Match(lines[i]) is { Success: true } atx) { level = atx.Groups["h"].Length; continue; }
            if (!labels[i]) continue;
            var above = i == 0 || string.IsNullOrWhiteSpace(lines[i - 1]) || labels[i - 1] || Atx().IsMatch(lines[i - 1]);
            var below = i + 1 >= lines.Length || string.IsNullOrWhiteSpace(lines[i + 1]) || labels[i + 1] || ListStart().IsMatch(lines[i + 1]);
            if (!above || !below) continue;
            // Siblings one level under the last real heading: "**Papers**" then "**Talks**" are two sections side by side.
            lines[i] = $"{new string('#', Math.Min(level + 1, 6))} {LabelOf(lines[i])}";
        }
        return string.Join('\n', lines);
    }

    private static string? LabelOf(string line) =>
        Label().Match(line) is { Success: true } m ? m.Groups["t"].Value.Trim().TrimEnd(':').Trim() : null;

    /// <summary>A short label whose words name a section: a paper's title is longer, or names no kind of work.</summary>
    private static bool Names(string label) =>
        label.Length is > 2 and <= 50 && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5
        && !Article().IsMatch(label) && !FieldLabel().IsMatch(label)
        && (ProfileSections.Classify(label) is not null || ProfileSections.IsNotWork(label));

    [GeneratedRegex(@"^ {0,3}(?:\*\*|__|<b>|<strong>)(?<t>[^*_<>\n]+?)(?::\s*)?(?:\*\*|__|</b>|</strong>)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^ {0,3}(?<h>#{1,6})[ \t]+\S")]
    private static partial Regex Atx();

    [GeneratedRegex(@"^ {0,3}(?:```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S")]
    private static partial Regex ListStart();

    /// <summary>
    /// "**Journal:**", "**Paper**", "**Poster**": one work in the singular labels a field or a badge of one entry (a
    /// card's "Journal: Science"); sections are named in the plural ("Papers", "Posters") or by a kind ("Thesis").
    /// </summary>
    [GeneratedRegex(@"^(?:journal|paper|article|preprint|book|poster|talk|presentation|chapter|manuscript|patent|seminar|lecture|keynote|event|workshop|conference)$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLabel();

    /// <summary>"A Review of …", "The Theses of …", "On Papers": titles open so, section labels do not.</summary>
    [GeneratedRegex(@"^(?:a|an|the|on|towards?)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Article();
}
