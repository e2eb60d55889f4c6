using System.Text.RegularExpressions;
using System.Xml.Linq;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Feeds;

/// <summary>The rules rss, atom and jsonfeed share when they turn one entry into an item.</summary>
public static partial class FeedEntries
{
    /// <summary>
    /// Full content becomes the item's HTML and the summary its text; an entry with only a summary keeps
    /// it both ways, so a summary-only feed still shows its summaries.
    /// </summary>
    public static (string? ContentHtml, string? Summary) Body(string? contentHtml, string? summaryHtml)
    {
        var content = string.IsNullOrWhiteSpace(contentHtml) ? null : contentHtml.Trim();
        var summary = string.IsNullOrWhiteSpace(summaryHtml) ? null : summaryHtml.Trim();
        return (content ?? summary, SummaryText(summary));
    }

    /// <summary>Summary text without the blog engine's tail ("Continue reading →", "[…]", "The post … appeared first on …").</summary>
    private static string? SummaryText(string? summaryHtml)
    {
        var text = FeedText.Plain(summaryHtml);
        if (text is null) return null;
        text = ReadMoreTail().Replace(text, "").TrimEnd();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// A display name from an author field: "jane@example.org (Jane Doe)" and "Jane Doe &lt;jane@example.org&gt;"
    /// give "Jane Doe"; a bare e-mail address is no name and gives null.
    /// </summary>
    public static string? AuthorName(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        // Not through an HTML parser: "Name <mail@host>" would lose its address as a tag.
        var s = TextKey.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(raw));
        if (s.Length == 0) return null;
        var m = EmailThenName().Match(s);
        if (m.Success) return m.Groups["name"].Value.Trim();
        m = NameThenEmail().Match(s);
        if (m.Success) return m.Groups["name"].Value.Trim().Trim('"').Trim();
        return Email().IsMatch(s) || PlaceholderNames.Contains(s) ? null : s;
    }

    // Names blog engines print when they know no author (Blogger's "Unknown", WordPress's "admin").
    private static readonly HashSet<string> PlaceholderNames = new(StringComparer.OrdinalIgnoreCase) { "Unknown", "admin", "administrator" };

    /// <summary>
    /// Makes the links in entry HTML absolute against the entry's base (xml:base or the feed's link), which
    /// may differ from the document's location the normaliser later uses.
    /// </summary>
    public static string? AbsoluteHtml(string? html, Uri? baseUri) =>
        baseUri is null || string.IsNullOrWhiteSpace(html) ? html : HtmlSafety.Default.Sanitize(html, baseUri);

    /// <summary>Tags from category strings: trimmed, blank ones dropped, first spelling of each kept.</summary>
    public static IReadOnlyList<string> Tags(IEnumerable<string?> raw) =>
        raw.Select(FeedText.Plain).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// Resolves a link inside <paramref name="context"/> against the nearest xml:base (itself relative to
    /// the outer ones), then the feed's own base.
    /// </summary>
    public static string? Resolve(string? href, XElement context, Uri? feedBase)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        var baseUri = XmlBase(context, feedBase);
        return UrlResolver.Absolute(href, baseUri) ?? href.Trim();
    }

    /// <summary>The base URI in force at <paramref name="element"/> (xml:base chain over <paramref name="outer"/>).</summary>
    public static Uri? XmlBase(XElement? element, Uri? outer)
    {
        var chain = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
            if (e.Attribute(XNamespace.Xml + "base")?.Value is { Length: > 0 } b) chain.Add(b.Trim());
        var current = outer;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (Uri.TryCreate(chain[i], UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") current = abs;
            else if (current is not null && Uri.TryCreate(current, chain[i], out var rel)) current = rel;
        }
        return current;
    }

    /// <summary>The base for a feed: its own site link when absolute, else where the document came from.</summary>
    public static Uri? FeedBase(string? siteLink, Document document)
    {
        var docBase = document.BaseUri is { Scheme: "http" or "https" } b ? b : null;
        if (siteLink is null) return docBase;
        if (Uri.TryCreate(siteLink.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs;
        return docBase is not null && Uri.TryCreate(docBase, siteLink.Trim(), out var rel) ? rel : docBase;
    }

    [GeneratedRegex(@"(?:\s*(?:\[(?:…|\.\.\.)\]|(?:Continue reading|Read more|Read the rest)\b[^.!?]{0,80}?(?:→|»|…|\.\.\.)?)\s*$)|(?:\s*The post .{1,300}? appeared first on .{1,200}?\.\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMoreTail();
    [GeneratedRegex(@"^\S+@\S+\s*\((?<name>[^)]+)\)$")]
    private static partial Regex EmailThenName();
    [GeneratedRegex(@"^(?<name>[^<]+?)\s*<\S+@\S+>$")]
    private static partial Regex NameThenEmail();
    [GeneratedRegex(@"^\S+@\S+\.\S+$")]
    private static partial Regex Email();
}
