using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Aggregator.Core.Records;

namespace Aggregator.Core.Feeds;

/// <summary>
/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Each item carries the whole record as the
/// <c>_aggregator</c> extension, in the shape CONTRACTS.md fixes.
/// </summary>
public sealed class JsonFeedWriter : IFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    // Non-ASCII stays readable; HTML-significant characters are still escaped, in case a page inlines the JSON.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private const int FlushThreshold = 16 * 1024;

    public string Extension => "json";
    public string MediaType => "application/feed+json; charset=utf-8";

    public async Task WriteAsync(FeedDocument feed, Stream output, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteString("version", Version);
        w.WriteString("title", FeedItems.FeedTitle(feed));
        WriteUrl(w, "home_page_url", feed.HomePageUrl);
        WriteUrl(w, "feed_url", feed.FeedUrl);
        if (!string.IsNullOrWhiteSpace(feed.Description)) w.WriteString("description", feed.Description);
        w.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteItem(w, item);
            // Utf8JsonWriter buffers everything until flushed: hand it on in chunks so a long feed streams.
            if (w.BytesPending > FlushThreshold) await w.FlushAsync(cancellationToken);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(cancellationToken);
    }

    private static void WriteItem(Utf8JsonWriter w, Item item)
    {
        w.WriteStartObject();
        w.WriteString("id", FeedItems.Key(item));
        var url = FeedItems.Link(item);
        if (url is not null) w.WriteString("url", url);
        var doi = item.Links.Where(l => l.Rel == LinkRel.Doi).Select(l => FeedItems.WebUrl(l.Url)).FirstOrDefault(u => u is not null);
        if (doi is not null && doi != url) w.WriteString("external_url", doi);
        w.WriteString("title", FeedItems.Title(item));

        // The spec requires content_html or content_text in every item.
        if (!string.IsNullOrWhiteSpace(item.ContentHtml)) w.WriteString("content_html", item.ContentHtml);
        else w.WriteString("content_text", FeedItems.Text(item));
        if (!string.IsNullOrWhiteSpace(item.Summary)) w.WriteString("summary", item.Summary);

        if (FeedItems.Published(item) is { } published) w.WriteString("date_published", FeedDateFormat.Rfc3339(published));
        if (item.DateModified is { } modified) w.WriteString("date_modified", FeedDateFormat.Rfc3339(modified));

        var authors = FeedItems.Distinct(item.Authors);
        if (authors.Count > 0)
        {
            w.WriteStartArray("authors");
            foreach (var name in authors)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        var tags = FeedItems.Distinct(item.Tags);
        if (tags.Count > 0)
        {
            w.WriteStartArray("tags");
            foreach (var tag in tags) w.WriteStringValue(tag);
            w.WriteEndArray();
        }

        var pdfs = FeedItems.OtherLinks(item).Where(l => FeedItems.MediaType(l) is not null).ToList();
        if (pdfs.Count > 0)
        {
            w.WriteStartArray("attachments");
            foreach (var pdf in pdfs)
            {
                w.WriteStartObject();
                w.WriteString("url", pdf.Url);
                w.WriteString("mime_type", FeedItems.MediaType(pdf));
                w.WriteString("title", pdf.Rel);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        w.WritePropertyName("_aggregator");
        // Not JsonSerializer.Serialize(w, ...): it flushes the writer synchronously, which a response stream refuses.
        JsonSerializer.SerializeToElement(item, RecordJson.Options).WriteTo(w);
        w.WriteEndObject();
    }

    private static void WriteUrl(Utf8JsonWriter w, string name, string? url)
    {
        if (FeedItems.WebUrl(url) is { } abs) w.WriteString(name, abs);
    }
}
