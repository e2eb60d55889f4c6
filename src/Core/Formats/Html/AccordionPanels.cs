using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Accordion archives (generated seminar pages): each talk is a &lt;button&gt; header holding its date, speaker and title as
/// lines ("2025-09-08 &lt;br&gt; Ana Ruiz, Univ. X &lt;br&gt; Sparse networks") with its abstract in the panel right after it, and
/// the talks are grouped under year buttons whose panel holds them. Buttons go with the page's executable parts, so before
/// that each dated header and its panel become one item (its date, its title as a heading, its speaker's line as a byline), and a
/// year-only header becomes a year heading over its panel.
/// </summary>
internal static partial class AccordionPanels
{
    public static void Unfold(IElement root)
    {
        var headers = root.QuerySelectorAll("button")
            .Where(b => b.NextElementSibling is { LocalName: "div" or "section" } && b.Closest("nav,form,header,footer") is null
                && Lines(b) is [var first, ..] && DateLeads.TryRead(first, out _, loose: true))
            .ToList();
        // One dated button is a control; an archive repeats them.
        if (headers.Count(b => Lines(b).Count >= 2) < 2) return;
        foreach (var button in headers)
        {
            var panel = button.NextElementSibling!;
            var lines = Lines(button);
            var page = button.Owner!;
            if (lines is [var only])
            {
                if (!DateLeads.IsYearHeading(only, out _)) continue;
                var year = page.CreateElement("h2");
                year.TextContent = only;
                button.Replace(year);
                continue;
            }
            var item = page.CreateElement("div");
            item.ClassName = "accordion-item";
            // The title heading goes right under the date, where a post's heading leads it; the speaker's line follows.
            var title = TitleLine(lines);
            foreach (var k in Enumerable.Range(0, lines.Count).OrderBy(k => k == 0 ? 0 : k == title ? 1 : 2))
            {
                var line = page.CreateElement(k == title ? "h3" : "p");
                line.TextContent = lines[k];
                // The speaker's line ("Dr. Ana Ruiz, Univ. X") names who gave the talk: the name, marked so, is read as the item's
                // author (the affiliation after it reads as a second person's name to a byline, so it goes).
                if (k > 0 && k != title && Speaker(lines[k]))
                {
                    line.TextContent = SpeakerName(lines[k]);
                    line.ClassName = "speaker";
                }
                item.AppendChild(line);
            }
            button.Replace(item);
            item.AppendChild(panel);
        }
    }

    /// <summary>The header's lines, as its &lt;br&gt;s break them, whitespace collapsed and empty ones dropped.</summary>
    private static List<string> Lines(IElement header)
    {
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var node in header.Descendants())
            if (node is IText text) current.Append(text.Data);
            else if (node is IElement { LocalName: "br" })
            {
                lines.Add(current.ToString());
                current.Clear();
            }
        lines.Add(current.ToString());
        return lines.Select(TextKey.CollapseWhitespace).Where(l => l.Length > 0).ToList();
    }

    /// <summary>
    /// Which line after the date is the talk's title: the one line that is no speaker's (a person's name, maybe with a title
    /// before it and an affiliation after a comma); else the last line, where such headers put it.
    /// </summary>
    private static int TitleLine(List<string> lines)
    {
        var titles = Enumerable.Range(1, lines.Count - 1).Where(k => !Speaker(lines[k])).ToList();
        return titles is [var one] ? one : lines.Count - 1;
    }

    /// <summary>A person's name, maybe after "Dr." and before an affiliation set off by a comma.</summary>
    private static bool Speaker(string line) => PersonNames.LooksLikeName(SpeakerName(line));

    private static string SpeakerName(string line) => Honorific().Replace(line.Split(',')[0], "").Trim();

    [GeneratedRegex(@"^(?:dr|prof|professor|mr|mrs|ms)\.?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Honorific();
}
