using AngleSharp.Dom;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Html;

/// <summary>Posts picked by a source's CSS selectors: item, then title, date, link and body inside each item.</summary>
internal static class SelectorPosts
{
    public static List<PostParts> Read(IElement root, HtmlSelectors selectors, IDocument page, string format)
    {
        var items = Select(root, selectors.Item, "selectors.item", format);
        var result = new List<PostParts>(items.Count);
        foreach (var original in items)
        {
            var item = (IElement)original.Clone(true);
            string? title = null, url = null;
            PartialDate? date = null;

            if (selectors.Title is { Length: > 0 } ts && First(item, ts, "selectors.title", format) is { } t)
            {
                title = TextKey.CollapseWhitespace(t.TextContent) is { Length: > 0 } s ? s : null;
                url = (t.QuerySelector("a[href]") ?? t.Closest("a[href]"))?.GetAttribute("href");
                if (selectors.Body is null) t.Remove();
            }
            if (selectors.Date is { Length: > 0 } ds && First(item, ds, "selectors.date", format) is { } d)
            {
                date = d.LocalName == "time" ? LeadingDates.PartialDateOf(d)
                    : d.GetAttribute("datetime") is { } attr && PartialDate.TryParseIso(attr.Trim(), out var iso) ? iso
                    : LooseDates.TryFind(d.TextContent, out var found) ? found : null;
                if (selectors.Body is null) d.Remove();
            }
            if (selectors.Link is { Length: > 0 } ls && First(item, ls, "selectors.link", format) is { } l)
                url = l.GetAttribute("href") ?? l.QuerySelector("a[href]")?.GetAttribute("href") ?? url;

            string body;
            if (selectors.Body is { Length: > 0 } bs)
                body = string.Join("\n", Select(item, bs, "selectors.body", format).Select(b => b.InnerHtml.Trim()));
            else
            {
                PostReader.PruneEmpty(item);
                body = item.InnerHtml;
            }
            result.Add(new PostParts(title, url, date, [], body));
        }
        return result;
    }

    private static IElement? First(IElement scope, string selector, string where, string format) =>
        Select(scope, selector, where, format).FirstOrDefault();

    private static List<IElement> Select(IElement scope, string selector, string where, string format)
    {
        try
        {
            return scope.QuerySelectorAll(selector).ToList();
        }
        catch (DomException e)
        {
            throw new ParseException(format, $"'{selector}' is not a valid CSS selector", where, e);
        }
    }
}
