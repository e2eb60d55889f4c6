using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Any HTML page of posts. By default the page's chrome is stripped and the main content is split by its
/// own structure (<see cref="PostFinder"/>); a source's CSS selectors take over when given.
/// </summary>
public sealed partial class HtmlFormat : IFormat
{
    public string Name => "html";

    public int Detect(Document document)
    {
        var text = document.Text;
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var head = text.Length > 4000 ? text[..4000] : text;
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('{') || start.StartsWith('[')) return 0;   // JSON (a JSON Feed's content_html is not a page)
        if (FeedRoot().IsMatch(head)) return 0;
        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && !HtmlStart().IsMatch(head)) return 0;
        if (MarkdownSigns().IsMatch(text)) return 10;
        if (HtmlStart().IsMatch(head)) return 95;
        if (HtmlElement().IsMatch(text)) return 90;
        var tags = Tag().Matches(text);
        var distinct = tags.Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().Count();
        return distinct >= 3 && tags.Count >= 5 ? 80 : 0;
    }

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new HtmlParser().ParseDocument(document.Text ?? "");
        var baseUri = PageCleaner.BaseFor(page, document);
        var root = page.Body ?? page.DocumentElement;
        // (Before the buttons that point at them go with the page's executable parts.)
        if (options.Selectors is null)
        {
            DetailBlocks.MoveToTheirCards(root);
            AccordionPanels.Unfold(root);
        }
        PageCleaner.MakeSafe(page.DocumentElement, baseUri);
        PageCleaner.CloseRunawayTimes(page.DocumentElement);

        List<PostParts> posts;
        if (options.Selectors is { } selectors)
        {
            if (string.IsNullOrWhiteSpace(selectors.Item))
                throw new ParseException(Name, "the item selector is empty", "selectors.item");
            posts = SelectorPosts.Read(root, selectors, page, Name);
        }
        else
        {
            PageCleaner.RemoveChrome(root);
            // A theme may set a small <main> in its intro panel beside the real one: the content is the main that holds the most text.
            var main = root.QuerySelectorAll("main,[role=main]").OrderByDescending(m => TextKey.CollapseWhitespace(m.TextContent).Length).FirstOrDefault() ?? root;
            var years = SectionYears.Of(main);
            var pageYear = SectionYears.OfPage(root);
            var months = SectionMonths.Of(main);
            posts = PostFinder.Find(main)
                .Select(run => PostReader.Read(run, page, run[0] is IElement e && years.TryGetValue(e, out var y) ? y : pageYear, baseUri) is var read
                    && read.Date is null && run.OfType<IElement>().FirstOrDefault() is { } first && months.TryGetValue(first, out var month)
                        ? read with { Date = month } : read)
                .ToList();
        }
        var items = new List<Item>(posts.Count);
        var slashOrder = SlashDateOrder.For(document.Text ?? "");
        foreach (var post in posts)
            if (post.ToItem() is { } item) items.Add(item with { Url = UrlResolver.Absolute(item.Url, baseUri), Published = slashOrder(item.Published) });
        return items;
    }

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(?:html|body)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlElement();

    [GeneratedRegex(@"<(div|p|a|ul|ol|li|h[1-6]|span|table|section|article|img|br|main|nav|header|footer|meta|title)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    /// <summary>Markdown with some inline HTML is still Markdown: a front-matter fence or ATX headings at line starts.</summary>
    [GeneratedRegex(@"\A\s*(?:---|\+\+\+)\s*\n|^#{1,6}\s+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownSigns();
}
