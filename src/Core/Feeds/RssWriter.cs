using System.Xml;
using Aggregator.Core.Records;

namespace Aggregator.Core.Feeds;

/// <summary>
/// RSS 2.0. Names go to dc:creator (RSS's own author element must be an e-mail address); PDFs and other
/// links go to atom:link; every source of a merged item is a category in the <see cref="FeedItems.SourceScheme"/> domain.
/// </summary>
public sealed class RssWriter : IFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public string Extension => "rss";
    public string MediaType => "application/rss+xml; charset=utf-8";

    public async Task WriteAsync(FeedDocument feed, Stream output, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using (var w = FeedXml.Create(output))
        {
            await w.WriteStartDocumentAsync();
            await w.WriteStartElementAsync(null, "rss", null);
            await w.WriteAttributeStringAsync(null, "version", null, "2.0");
            await w.WriteAttributeStringAsync("xmlns", "atom", null, AtomNs);
            await w.WriteAttributeStringAsync("xmlns", "dc", null, DcNs);
            await w.WriteStartElementAsync(null, "channel", null);

            var title = FeedItems.FeedTitle(feed);
            var feedUrl = FeedItems.WebUrl(feed.FeedUrl);
            await w.TextElementAsync("title", title);
            await w.TextElementAsync("link", FeedItems.WebUrl(feed.HomePageUrl) ?? feedUrl);
            // <description> is required in a channel.
            await w.TextElementAsync("description", string.IsNullOrWhiteSpace(feed.Description) ? title : feed.Description);
            await w.TextElementAsync("lastBuildDate", FeedDateFormat.Rfc822(feed.Updated));
            await w.TextElementAsync("generator", FeedItems.Generator);
            await w.TextElementAsync("docs", "https://www.rssboard.org/rss-specification");
            if (feedUrl is not null) await WriteAtomLinkAsync(w, "self", feedUrl, "application/rss+xml", null);

            foreach (var item in feed.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await WriteItemAsync(w, item);
            }

            await w.WriteEndElementAsync();
            await w.WriteEndElementAsync();
            await w.WriteEndDocumentAsync();
        }
        await output.FlushAsync(cancellationToken);
    }

    private static async Task WriteItemAsync(XmlWriter w, Item item)
    {
        await w.WriteStartElementAsync(null, "item", null);
        await w.TextElementAsync("title", FeedItems.Title(item));
        var link = FeedItems.Link(item);
        await w.TextElementAsync("link", link);

        // The stable id, not the URL: URLs of pages change, and a merged item has several.
        await w.WriteStartElementAsync(null, "guid", null);
        await w.WriteAttributeStringAsync(null, "isPermaLink", null, "false");
        await w.WriteStringAsync(FeedItems.Urn(item));
        await w.WriteEndElementAsync();

        if (FeedItems.Published(item) is { } published) await w.TextElementAsync("pubDate", FeedDateFormat.Rfc822(published));

        // description holds HTML; XmlWriter escapes it, so "]]>" or "</description>" in it cannot end anything early.
        var html = !string.IsNullOrWhiteSpace(item.ContentHtml) ? item.ContentHtml : TextAsHtml(FeedItems.Text(item));
        await w.TextElementAsync("description", html);

        foreach (var name in FeedItems.Distinct(item.Authors)) await w.TextElementAsync("dc", "creator", DcNs, name);
        foreach (var tag in FeedItems.Distinct(item.Tags)) await w.TextElementAsync("category", tag);
        foreach (var source in FeedItems.Distinct(item.Sources))
        {
            await w.WriteStartElementAsync(null, "category", null);
            await w.WriteAttributeStringAsync(null, "domain", null, FeedItems.SourceScheme);
            await w.WriteStringAsync(FeedXml.Clean(source));
            await w.WriteEndElementAsync();
        }
        foreach (var other in FeedItems.OtherLinks(item))
        {
            var via = other.Rel == LinkRel.Alternate;
            await WriteAtomLinkAsync(w, via ? "via" : "related", other.Url, FeedItems.MediaType(other), via ? null : other.Rel);
        }

        await w.WriteEndElementAsync();
    }

    private static async Task WriteAtomLinkAsync(XmlWriter w, string rel, string href, string? type, string? title)
    {
        await w.WriteStartElementAsync("atom", "link", AtomNs);
        await w.AttributeAsync("rel", rel);
        await w.AttributeAsync("href", href);
        if (type is not null) await w.AttributeAsync("type", type);
        if (!string.IsNullOrWhiteSpace(title)) await w.AttributeAsync("title", title);
        await w.WriteEndElementAsync();
    }

    /// <summary>Plain text as the HTML RSS readers expect in description: escaped, paragraphs kept.</summary>
    private static string TextAsHtml(string text) =>
        string.Join("", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => "<p>" + EscapeText(line) + "</p>"));

    // Only the characters HTML needs escaped in text: the feed is UTF-8, so names keep their letters.
    private static string EscapeText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
