using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Feeds;

/// <summary>
/// What every feed format derives from an item in the same way: its id, dates, shown title, text and links
/// (and the feed's own title). Kept in one place so JSON Feed, RSS and Atom never disagree about an item.
/// </summary>
public static class FeedItems
{
    /// <summary>The generator name the XML feeds print, and the title of a feed that has none.</summary>
    public const string Generator = "Aggregator";

    /// <summary>Category scheme (Atom) and domain (RSS) marking a category as the id of a source the item came from.</summary>
    public const string SourceScheme = "urn:aggregator:source";

    private const string Untitled = "Untitled";

    /// <summary>The feed's title; every format requires one.</summary>
    public static string FeedTitle(FeedDocument feed) => OneLine(feed.Title) is { Length: > 0 } title ? title : Generator;

    /// <summary>The item's stable id; items that somehow have none get one from their content, so it is still stable.</summary>
    public static string Key(Item item) =>
        !string.IsNullOrWhiteSpace(item.Id) ? item.Id : StableId.From(item.Kind.ToWire(), item.Url, item.Title, item.Published?.ToString());

    /// <summary>The id as an absolute URI, for Atom ids and RSS guids.</summary>
    public static string Urn(Item item) => "urn:aggregator:" + Uri.EscapeDataString(Key(item));

    /// <summary>
    /// The date the item is listed under: its published date at the earliest instant its precision allows
    /// ("2021" is 2021-01-01T00:00Z), else when storage first saw it.
    /// </summary>
    public static DateTimeOffset? Published(Item item) => item.Published?.ToInstant() ?? item.FirstSeen;

    /// <summary>When the item last changed, as far as we know; <paramref name="fallback"/> (the feed's date) for an undated item.</summary>
    public static DateTimeOffset Updated(Item item, DateTimeOffset fallback) => item.DateModified ?? Published(item) ?? fallback;

    /// <summary>The title to show: the printed or derived one, else one made from the text, else the URL.</summary>
    public static string Title(Item item)
    {
        if (OneLine(item.Title) is { Length: > 0 } title) return title;
        return OneLine(DerivedTitles.FromText(PlainText(item))) is { Length: > 0 } derived ? derived : Link(item) ?? Untitled;
    }

    /// <summary>Text on one line without control characters (a stray U+0001 in a scraped title), white space collapsed.</summary>
    public static string OneLine(string? text) =>
        string.IsNullOrEmpty(text) ? "" : TextKey.CollapseWhitespace(new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()));

    /// <summary>Plain text of the item: its summary, else the text of its content; null when it has neither.</summary>
    public static string? PlainText(Item item)
    {
        if (!string.IsNullOrWhiteSpace(item.Summary)) return item.Summary.Trim();
        var text = HtmlSafety.ToText(item.ContentHtml);
        return text.Length > 0 ? text : null;
    }

    /// <summary>Text that is never empty, for formats that require a body: the plain text, else the title.</summary>
    public static string Text(Item item) =>
        Citation(item) is { } citation
            ? PlainText(item) is { } text ? citation + "\n\n" + text : citation
            : PlainText(item) ?? Title(item);

    /// <summary>
    /// For papers, theses and talks, who, where and when on one line ("A. Author, B. Author. Venue, 2021."),
    /// so a reader sees it without the JSON Feed extension; null for posts or when the item names neither.
    /// </summary>
    public static string? Citation(Item item)
    {
        if (item.Kind is RecordKind.Post || item.Authors.Count == 0 && item.Venue is null) return null;
        var who = string.Join(", ", Distinct(item.Authors));
        var where = string.Join(", ", new[] { OneLine(item.Venue), item.Year?.ToString() ?? "" }.Where(p => p.Length > 0));
        return string.Join(". ", new[] { who, where }.Where(p => p.Length > 0)) + ".";
    }

    /// <summary>The item's own page: its URL, else its first alternate link; absolute http(s) only.</summary>
    public static string? Link(Item item) =>
        WebUrl(item.Url) ?? item.Links.Where(l => l.Rel == LinkRel.Alternate).Select(l => WebUrl(l.Url)).FirstOrDefault(u => u is not null);

    /// <summary>The item's other absolute links (PDF, slides, code, the same item on another source...), without duplicates.</summary>
    public static IReadOnlyList<Link> OtherLinks(Item item)
    {
        var main = Link(item);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (main is not null) seen.Add(main);
        var links = new List<Link>();
        foreach (var link in item.Links)
            if (WebUrl(link.Url) is { } url && seen.Add(url))
                links.Add(new Link(string.IsNullOrWhiteSpace(link.Rel) ? LinkRel.Related : link.Rel.Trim(), url));
        return links;
    }

    /// <summary>The media type a link's kind implies, when it implies one.</summary>
    public static string? MediaType(Link link) =>
        link.Rel == LinkRel.Pdf || link.Url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : null;

    /// <summary>Names, tags and source ids on one line each; empty and repeated ones dropped.</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string> values) =>
        values.Select(OneLine).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>An absolute http(s) URL, or null: feeds never carry relative, javascript: or file: links.</summary>
    public static string? WebUrl(string? url) =>
        UrlResolver.Absolute(url, null) is { } abs && (abs.StartsWith("http://", StringComparison.Ordinal) || abs.StartsWith("https://", StringComparison.Ordinal))
            ? abs
            : null;
}
