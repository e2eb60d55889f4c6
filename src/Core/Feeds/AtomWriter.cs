using System.Xml;
using Aggregator.Core.Records;

namespace Aggregator.Core.Feeds;

/// <summary>Atom 1.0 (RFC 4287). Output validates against the RFC's RELAX NG schema.</summary>
public sealed class AtomWriter : IFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public string Extension => "atom";
    public string MediaType => "application/atom+xml; charset=utf-8";

    public async Task WriteAsync(FeedDocument feed, Stream output, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using (var w = FeedXml.Create(output))
        {
            await w.WriteStartDocumentAsync();
            await w.WriteStartElementAsync(null, "feed", Ns);

            var feedUrl = FeedItems.WebUrl(feed.FeedUrl);
            await w.TextElementAsync("id", feedUrl ?? "urn:aggregator:feed");
            var title = FeedItems.FeedTitle(feed);
            await w.TextElementAsync("title", title);
            await w.TextElementAsync("subtitle", feed.Description);
            await w.TextElementAsync("updated", FeedDateFormat.Rfc3339(feed.Updated));
            if (feedUrl is not null) await WriteLinkAsync(w, "self", feedUrl, "application/atom+xml", null);
            if (FeedItems.WebUrl(feed.HomePageUrl) is { } home) await WriteLinkAsync(w, "alternate", home, "text/html", null);
            // RFC 4287 4.1.1: every entry needs an author, in itself or inherited from the feed.
            await WritePersonAsync(w, title);
            await w.TextElementAsync("generator", FeedItems.Generator);

            foreach (var item in feed.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await WriteEntryAsync(w, item, feed.Updated);
            }

            await w.WriteEndElementAsync();
            await w.WriteEndDocumentAsync();
        }
        await output.FlushAsync(cancellationToken);
    }

    private static async Task WriteEntryAsync(XmlWriter w, Item item, DateTimeOffset feedUpdated)
    {
        await w.WriteStartElementAsync(null, "entry", Ns);
        await w.TextElementAsync("id", FeedItems.Urn(item));
        await w.TextElementAsync("title", FeedItems.Title(item));
        await w.TextElementAsync("updated", FeedDateFormat.Rfc3339(FeedItems.Updated(item, feedUpdated)));
        if (FeedItems.Published(item) is { } published) await w.TextElementAsync("published", FeedDateFormat.Rfc3339(published));

        foreach (var name in FeedItems.Distinct(item.Authors)) await WritePersonAsync(w, name);

        var link = FeedItems.Link(item);
        if (link is not null) await WriteLinkAsync(w, "alternate", link, "text/html", null);
        foreach (var other in FeedItems.OtherLinks(item))
        {
            // Another page showing the same item (a merged duplicate) is where we got it from: "via".
            var via = other.Rel == LinkRel.Alternate;
            await WriteLinkAsync(w, via ? "via" : "related", other.Url, FeedItems.MediaType(other), via ? null : other.Rel);
        }

        foreach (var tag in FeedItems.Distinct(item.Tags)) await WriteCategoryAsync(w, tag, null, null);
        foreach (var source in FeedItems.Distinct(item.Sources)) await WriteCategoryAsync(w, source, FeedItems.SourceScheme, "Source: " + source);

        var text = FeedItems.PlainText(item);
        if (text is not null) await WriteTextConstructAsync(w, "summary", "text", text);
        if (!string.IsNullOrWhiteSpace(item.ContentHtml))
            await WriteTextConstructAsync(w, "content", "html", item.ContentHtml);
        else if (link is null)
            // RFC 4287 4.1.2: an entry without an alternate link must have content.
            await WriteTextConstructAsync(w, "content", "text", FeedItems.Text(item));

        await w.WriteEndElementAsync();
    }

    private static async Task WriteLinkAsync(XmlWriter w, string rel, string href, string? type, string? title)
    {
        await w.WriteStartElementAsync(null, "link", Ns);
        await w.AttributeAsync("rel", rel);
        await w.AttributeAsync("href", href);
        if (type is not null) await w.AttributeAsync("type", type);
        if (!string.IsNullOrWhiteSpace(title)) await w.AttributeAsync("title", title);
        await w.WriteEndElementAsync();
    }

    private static async Task WritePersonAsync(XmlWriter w, string name)
    {
        await w.WriteStartElementAsync(null, "author", Ns);
        await w.TextElementAsync("name", name);
        await w.WriteEndElementAsync();
    }

    private static async Task WriteCategoryAsync(XmlWriter w, string term, string? scheme, string? label)
    {
        await w.WriteStartElementAsync(null, "category", Ns);
        await w.AttributeAsync("term", term);
        if (scheme is not null) await w.AttributeAsync("scheme", scheme);
        if (label is not null) await w.AttributeAsync("label", label);
        await w.WriteEndElementAsync();
    }

    private static async Task WriteTextConstructAsync(XmlWriter w, string name, string type, string text)
    {
        await w.WriteStartElementAsync(null, name, Ns);
        await w.AttributeAsync("type", type);
        await w.WriteStringAsync(FeedXml.Clean(text));
        await w.WriteEndElementAsync();
    }
}
