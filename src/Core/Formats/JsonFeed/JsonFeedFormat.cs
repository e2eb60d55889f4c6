using System.Text.Json;
using System.Text.RegularExpressions;
using Aggregator.Core.Formats.Feeds;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.JsonFeed;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). One post per item.</summary>
public sealed partial class JsonFeedFormat : IFormat
{
    public string Name => "jsonfeed";

    public int Detect(Document document)
    {
        var text = document.Text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (text.Length == 0 || text[0] != '{') return 0;
        if (VersionDeclaration().IsMatch(document.Text)) return 100;
        return document.ContentType?.Contains("feed+json", StringComparison.OrdinalIgnoreCase) == true ? 80 : 0;
    }

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(document.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new ParseException(Name, "malformed JSON: " + e.Message.Split(" Path:")[0].Split(" LineNumber:")[0],
                $"line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}", e);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ParseException(Name, "a JSON Feed is a JSON object", "root");
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new ParseException(Name, "the feed has no \"items\" array", "root");

            var feedBase = FeedEntries.FeedBase(Str(root, "home_page_url"), document);
            var feedAuthors = Authors(root);
            var result = new List<Item>();
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                    throw new ParseException(Name, "an item is not a JSON object", $"item {index}");
                result.Add(ToItem(item, feedBase, feedAuthors));
            }
            return result;
        }
    }

    private static Item ToItem(JsonElement item, Uri? feedBase, IReadOnlyList<string> feedAuthors)
    {
        var url = UrlResolver.Absolute(Str(item, "url"), feedBase) ?? Str(item, "url");
        var contentHtml = Str(item, "content_html") ?? FeedText.TextAsHtml(Str(item, "content_text"));
        var (html, summary) = FeedEntries.Body(contentHtml, Str(item, "summary") is { } s ? System.Net.WebUtility.HtmlEncode(s) : null);

        var links = new List<Link>();
        if (UrlResolver.Absolute(Str(item, "external_url"), feedBase) is { } external) links.Add(new Link(LinkRel.Related, external));
        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            foreach (var a in attachments.EnumerateArray())
                if (a.ValueKind == JsonValueKind.Object && UrlResolver.Absolute(Str(a, "url"), feedBase) is { } au)
                    links.Add(new Link("", au));

        var authors = Authors(item);
        return new Item
        {
            Id = Str(item, "id") ?? url ?? "",
            Kind = RecordKind.Post,
            Title = FeedText.Plain(Str(item, "title")),
            Url = url,
            Authors = authors.Count > 0 ? authors : feedAuthors,
            Published = FeedDates.Parse(Str(item, "date_published")) ?? FeedDates.Parse(Str(item, "date_modified")),
            Summary = summary,
            ContentHtml = FeedEntries.AbsoluteHtml(html, feedBase),
            Tags = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? FeedEntries.Tags(tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()))
                : [],
            Links = links,
        };
    }

    /// <summary>1.1's "authors" array, else 1.0's single "author".</summary>
    private static IReadOnlyList<string> Authors(JsonElement owner)
    {
        var objects = owner.TryGetProperty("authors", out var many) && many.ValueKind == JsonValueKind.Array
            ? many.EnumerateArray().ToList()
            : owner.TryGetProperty("author", out var one) ? [one] : [];
        return objects.Select(a => a.ValueKind switch
            {
                JsonValueKind.Object => FeedEntries.AuthorName(Str(a, "name")),
                JsonValueKind.String => FeedEntries.AuthorName(a.GetString()),
                _ => null,
            })
            .OfType<string>().ToList();
    }

    /// <summary>A string member (numbers too: some feeds write numeric ids), or null when absent or blank.</summary>
    private static string? Str(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    [GeneratedRegex(@"""version""\s*:\s*""https?://jsonfeed\.org/version/1(?:\.\d+)?/?""")]
    private static partial Regex VersionDeclaration();
}
