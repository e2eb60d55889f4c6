using System.Text;
using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Dates that open a block: "&lt;li&gt;&lt;b&gt;Mar 2024&lt;/b&gt; ...", "&lt;p&gt;Sep 12, 2025&lt;br&gt;...",
/// "&lt;p&gt;&lt;strong&gt;[2023/05]&lt;/strong&gt; ...", "&lt;div class=date&gt;3 Feb 2026&lt;/div&gt;...".
/// </summary>
internal static partial class LeadingDates
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
        "header", "footer", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "hr", "main",
    };

    public static bool IsBlock(IElement e) => Blocks.Contains(e.LocalName);

    /// <summary>The block's opening date, and the element that holds nothing but it (null when it shares a text run).</summary>
    public static bool TryRead(IElement block, out DateLead lead, out IElement? holder, bool loose = false, int? year = null)
    {
        holder = null;
        lead = default;
        var first = FirstText(block);
        if (first is null) return false;
        // An element holds the date alone when, from the text up to it, every level wraps nothing else.
        if (DateLeads.TryRead(first.Data, out var whole, year: year) && whole.Rest.Length == 0)
        {
            for (var a = first.ParentElement; a is not null && a != block && MeaningfulChildren(a) == 1; a = a.ParentElement)
            {
                lead = whole;
                holder = a;
            }
        }
        if (holder is null && StackedDate(block, first, out var stacked) is { } stack) (holder, lead) = (stack, stacked);
        if (holder is null && MarkedUpDate(block, first, out var marked) is { } time) (holder, lead) = (time, marked);
        if (holder is not null)
        {
            if (holder.LocalName == "time" && PartialDateOf(holder) is { } precise) lead = lead with { Date = precise };
            return true;
        }
        return DateLeads.TryRead(FirstLine(block), out lead, loose || OpensBoldDateLabel(first), year);
    }

    /// <summary>
    /// A bold run that opens the block with a date and a short label after it ("&lt;h2&gt;&lt;strong&gt;25/03/2026 Distinguished Lecture&lt;/strong&gt; Title&lt;/h2&gt;"):
    /// the bold sets the date line apart as a separator would, so the date leads although no punctuation follows it.
    /// </summary>
    private static bool OpensBoldDateLabel(IText first)
    {
        if (first.ParentElement is not { LocalName: "strong" or "b" } bold || bold.Children.Length > 0) return false;
        var text = TextKey.CollapseWhitespace(bold.TextContent);
        return text.Length <= 80 && DateLeads.TryRead(text, out var lead, loose: true) && lead.Rest.Length > 0;
    }

    /// <summary>
    /// A date set as a stack of small blocks opening the block ("&lt;div class=date&gt;&lt;div&gt;20&lt;/div&gt;&lt;div&gt;Jan&lt;/div&gt;&lt;div&gt;2026&lt;/div&gt;&lt;/div&gt;"):
    /// the outermost element around the first text, below the block, whose whole text is one full date.
    /// </summary>
    private static IElement? StackedDate(IElement block, IText first, out DateLead lead)
    {
        lead = default;
        IElement? found = null;
        for (var a = first.ParentElement; a is not null && a != block; a = a.ParentElement)
        {
            if (TextKey.CollapseWhitespace(a.TextContent).Length > 40) break;
            if (a.Children.Length < 2 || !a.Children.All(c => c.Children.Length == 0 && c.TextContent.Trim().Length is > 0 and <= 12)) continue;
            // The parts may sit with no space between them ("<div>3</div><div>Feb</div>").
            var text = string.Join(" ", a.Children.Select(c => c.TextContent.Trim()));
            if (a.ChildNodes.OfType<IText>().All(t => t.Data.Trim().Length == 0)
                && DateLeads.TryRead(text, out var d) && d is { Rest.Length: 0, Label.Length: 0 } && d.Date.Day is not null)
            {
                found = a;
                lead = d;
            }
        }
        return found;
    }

    /// <summary>
    /// A &lt;time datetime&gt; that opens the block is its date whatever words it prints around it ("&lt;time datetime=2014-03-05&gt;Archive · March 05, 2014&lt;/time&gt;"),
    /// provided it prints a date too: the page itself marks it up as the item's date.
    /// </summary>
    private static IElement? MarkedUpDate(IElement block, IText first, out DateLead lead)
    {
        lead = default;
        if (first.ParentElement?.Closest("time") is not { } time || time == block || !block.Contains(time) || time.GetAttribute("datetime") is not { Length: > 0 } value) return null;
        var printed = TextKey.CollapseWhitespace(time.TextContent);
        if (printed.Length is 0 or > 60 || LooseDates.FindYear(printed) is null) return null;
        if (!Records.PartialDate.TryParseIso(value.Trim(), out var date) && !LooseDates.TryParse(value, out date)) return null;
        lead = new DateLead(date, printed, "");
        return time;
    }

    /// <summary>A &lt;time datetime&gt; value at its precision.</summary>
    public static Records.PartialDate? PartialDateOf(IElement time)
    {
        var value = time.GetAttribute("datetime");
        if (value is not null && (Records.PartialDate.TryParseIso(value.Trim(), out var d) || LooseDates.TryParse(value, out d))) return d;
        if (LooseDates.TryParse(time.TextContent, out var t)) return t;
        // "2024 10 15": a theme that prints the ISO parts spaced out. In a <time> the order can only be year, month, day.
        return SpacedIso().Match(time.TextContent) is { Success: true } m
            && Records.PartialDate.TryParseIso($"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value):00}-{int.Parse(m.Groups[3].Value):00}", out var spaced) ? spaced : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*((?:19|20)\d\d)\s+(\d{1,2})\s+(\d{1,2})\s*$")]
    private static partial System.Text.RegularExpressions.Regex SpacedIso();

    /// <summary>The text up to the first line break or block boundary.</summary>
    public static string FirstLine(IElement block)
    {
        var sb = new StringBuilder();
        Walk(block, sb);
        return TextKey.CollapseWhitespace(sb.ToString());
    }

    /// <summary>Takes the date's characters off the front of the block, with the line break after it.</summary>
    public static void Remove(IElement block, DateLead lead, IElement? holder)
    {
        if (holder is not null)
        {
            holder.Remove();
            // The separator printed after the date ("<b>May 2025</b> — Our work ...") goes with it.
            if (block.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0 && !InBadge(t, block)) is { } next)
                next.Data = LeftSeparator().Replace(next.Data, "");
        }
        else
        {
            var remaining = lead.Matched.Count(c => !char.IsWhiteSpace(c));
            foreach (var text in block.Descendants<IText>().Where(t => !InBadge(t, block)).ToList())
            {
                if (remaining == 0) break;
                var data = text.Data;
                var i = 0;
                for (; i < data.Length && remaining > 0; i++)
                    if (!char.IsWhiteSpace(data[i])) remaining--;
                text.Data = data[i..];
            }
        }
        // What is left at the front is the break that set the date apart, or an emptied wrapper.
        while (FirstNode(block) switch
               {
                   IElement e when e.LocalName == "br" || e.LocalName != "img" && e.TextContent.Trim().Length == 0 && e.QuerySelector("img") is null => e,
                   // A footnote mark set after the date ("March 15<sup>+</sup>") goes with it.
                   IText { ParentElement: { } mark } when IsFootnoteMark(mark) => mark,
                   _ => null,
               } is { } leftOver)
            leftOver.Remove();
    }

    /// <summary>A footnote mark set after a date ("March 15&lt;sup&gt;+&lt;/sup&gt;"); "15&lt;sup&gt;th&lt;/sup&gt;" is the date's own.</summary>
    private static bool IsFootnoteMark(IElement e) =>
        e.LocalName == "sup" && e.TextContent.Trim() is { Length: > 0 and <= 2 } mark && !mark.Any(char.IsLetterOrDigit);

    private static INode? FirstNode(IElement block)
    {
        foreach (var node in block.Descendants())
        {
            if (node is IText t) { if (t.Data.Trim().Length > 0) return t; continue; }
            if (node is IElement e && (e.LocalName is "br" or "img" || e.TextContent.Trim().Length == 0)) return e;
        }
        return null;
    }

    private static int MeaningfulChildren(IElement e) =>
        e.ChildNodes.Count(n => n is IElement || n is IText t && t.Data.Trim().Length > 0);

    private static IText? FirstText(IElement block) =>
        block.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0 && !InBadge(t, block));

    /// <summary>A coloured label before the date ("&lt;span class=badge&gt;Paper&lt;/span&gt; &lt;b&gt;May 2025&lt;/b&gt; ..."): a category, not the item's text.</summary>
    private static bool InBadge(INode node, IElement block)
    {
        for (var e = node.ParentElement; e is not null && e != block; e = e.ParentElement)
            if (IsBadge(e)) return true;
        return false;
    }

    private static bool IsBadge(IElement e) =>
        e.LocalName is "span" or "small" or "em" or "i" or "mark" or "label" && e.TextContent.Trim().Length <= 24
        && BadgeClass().IsMatch(e.GetAttribute("class") ?? "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[—–:|]|-(?=\s))\s*")]
    private static partial System.Text.RegularExpressions.Regex LeftSeparator();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[\s_-])(?:badge|label|tag|category|chip|pill|kind|type)(?:$|[\s_-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BadgeClass();

    private static bool Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) { sb.Append(t.Data); continue; }
            if (child is not IElement e) continue;
            if (sb.ToString().Trim().Length == 0 && IsBadge(e)) continue;
            var hasText = sb.ToString().Trim().Length > 0;
            if (e.LocalName == "br") { if (hasText) return true; continue; }
            // A footnote mark set after a date ("March 15<sup>+</sup>", "<sup>*</sup>") is no part of it; "15<sup>th</sup>" is.
            if (hasText && IsFootnoteMark(e)) continue;
            var block = IsBlock(e);
            if (block && hasText) return true;
            if (Walk(e, sb)) return true;
            if (block && sb.ToString().Trim().Length > 0) return true;
            sb.Append(' ');
        }
        return false;
    }
}
