using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

internal static partial class PostFinder
{
    /// <summary>
    /// News under year headings set as paragraphs ("&lt;h1&gt;2018&lt;/h1&gt;&lt;p&gt;&lt;img&gt;New paper in ...&lt;/p&gt;&lt;p&gt;&lt;img&gt;We developed ...&lt;/p&gt;"):
    /// each paragraph (or div) among the year sections' blocks is an item. The heading may sit in a wrapper with its rule.
    /// </summary>
    private static List<List<INode>>? YearBlocks(IElement root)
    {
        var headings = root.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Where(h => DateLeads.IsYearHeading(h.TextContent.Trim(), out _)).ToList();
        if (headings.Count < 2) return null;
        // The wrapper around a heading that holds nothing else with words ("<div><h1>2018</h1><hr></div>").
        var anchors = headings.Select(h =>
        {
            var a = h;
            while (a.ParentElement is { } up && up != root && TextKey.CollapseWhitespace(up.TextContent) == TextKey.CollapseWhitespace(h.TextContent)) a = up;
            return a;
        }).ToList();
        if (anchors.Select(a => a.ParentElement).Distinct().Count() != 1) return null;
        var set = anchors.ToHashSet();
        var runs = new List<List<INode>>();
        foreach (var anchor in anchors)
            for (var s = anchor.NextElementSibling; s is not null && !set.Contains(s) && !IsHeading(s); s = s.NextElementSibling)
            {
                if (!HasText(s)) continue;
                if (s.LocalName is not ("p" or "div")) return null;
                runs.Add([s]);
            }
        return runs.Count >= 3 ? runs : null;
    }
}
