using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Html;

internal static partial class PostReader
{
    /// <summary>
    /// A release or changelog item opens with a short label line that names its date in brackets and ends in a colon
    /// ("Version 3.0.3 (December 2021):", "Release 2.0 (May 2020): New features include:"), its text below. The bracketed date
    /// dates the item; the line stays as printed. A bare year in brackets does not: labels cite works by year ("Paper (2019):").
    /// </summary>
    private static PartialDate? BracketDatedLabel(IElement post)
    {
        var first = post.QuerySelectorAll("p,div,li,dt,td").FirstOrDefault(b => b.TextContent.Trim().Length > 0 && b.QuerySelector("p,div,li,dt,td") is null);
        if (first is null || TextKey.CollapseWhitespace(first.TextContent) is not { Length: <= 120 } line) return null;
        var label = DatedLabel().Match(line);
        return label.Success && LooseDates.TryParse(label.Groups["date"].Value, out var date) && date.Month is not null ? date : null;
    }

    /// <summary>A few words, the date in brackets, a colon (and maybe a short lead-in of the text).</summary>
    [GeneratedRegex(@"^[^():]{1,60}\((?<date>[^()]{3,30})\)\s*:")]
    private static partial Regex DatedLabel();
}
