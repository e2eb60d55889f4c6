using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Pages that list news under year headings ("&lt;h2&gt;2023&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;18th Nov:&lt;/b&gt; ...") print only
/// day and month per item: the year comes from the heading above.
/// </summary>
internal static class SectionYears
{
    /// <summary>For every element under <paramref name="root"/>, the year of the last year heading before it in document order.</summary>
    public static Dictionary<IElement, int> Of(IElement root)
    {
        var years = new Dictionary<IElement, int>();
        int? current = null;
        foreach (var e in root.Descendants<IElement>())
        {
            if (IsHeadingLike(e) && DateLeads.IsYearHeading(e.TextContent.Trim(), out var y)) current = y;
            else if (current is { } c) years[e] = c;
        }
        return years;
    }

    /// <summary>
    /// A page titled by its term ("&lt;h1&gt;Spring 2018 Department Colloquium&lt;/h1&gt;") lists its talks by day and month only:
    /// the one year its lone top heading names dates them. Null when the page has no such heading or names several years.
    /// </summary>
    public static int? OfPage(IElement root)
    {
        // (A theme's sidebar may carry an h1 of its own: only the top headings that name a year count.)
        var named = root.QuerySelectorAll("h1").Select(h => TextKey.CollapseWhitespace(h.TextContent))
            .Where(t => LooseDates.FindYear(t) is not null).ToList();
        if (named is not [var text] || text.Length > 120 || DateLeads.IsYearHeading(text, out _)) return null;
        var years = System.Text.RegularExpressions.Regex.Matches(text, @"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])");
        return years.Count == 1 ? int.Parse(years[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool IsHeadingLike(IElement e) =>
        e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dt" or "strong" or "b" or "p" or "div" or "summary";
}
