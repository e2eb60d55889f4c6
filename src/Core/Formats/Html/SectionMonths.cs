using AngleSharp.Dom;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Hand-written archives head each month's notes with the month alone ("&lt;p&gt;&lt;strong&gt;NOVEMBER 2009&lt;/strong&gt;&lt;/p&gt;") and
/// date none of the notes under it: the first note of the month takes the line with it, the others are of that month too.
/// </summary>
internal static class SectionMonths
{
    /// <summary>For every element after a month heading under <paramref name="root"/>, that month (until a year heading ends it).</summary>
    public static Dictionary<IElement, PartialDate> Of(IElement root)
    {
        var months = new Dictionary<IElement, PartialDate>();
        PartialDate? current = null;
        foreach (var e in root.Descendants<IElement>())
        {
            // (A post's own date line, "<article>…<p class=meta>Posted <time>March 2024</time></p>", dates that post only.)
            var text = e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "strong" or "b" or "p" or "dt"
                && e.Closest("article") is null && e.QuerySelector("time") is null ? TextKey.CollapseWhitespace(e.TextContent) : "";
            if (text.Length is > 0 and <= 30 && DateLeads.TryRead(text, out var lead) && lead is { Rest.Length: 0, Label.Length: 0, Date: { Month: not null, Day: null } month } && lead.Matched.Trim() == text)
                current = month;
            else if (text.Length > 0 && DateLeads.IsYearHeading(text, out _)) current = null;
            else if (current is { } c) months[e] = c;
        }
        return months;
    }
}
