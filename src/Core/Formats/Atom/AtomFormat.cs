using System.Xml.Linq;
using Aggregator.Core.Formats.Feeds;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Atom;

/// <summary>Atom 1.0 (RFC 4287), tolerating the older 0.3 drafts' names and content modes. One post per entry.</summary>
public sealed class AtomFormat : IFormat
{
    public string Name => "atom";

    private static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    private const string ArxivSchema = "http://arxiv.org/schemas/atom";

    /// <summary>Confidence for an arXiv API response: a plain Atom reading works, but a dedicated format should win.</summary>
    public const int ArxivResponse = 80;

    public int Detect(Document document)
    {
        var root = SafeXml.RootName(document.Text);
        if (root is not null)
        {
            if (root.LocalName != "feed") return 0;
            if (root.Namespace != Atom10 && root.Namespace != Atom03) return 70;
            // An arXiv API response is Atom too, but the arxiv format reads it as publications.
            return document.Text.Contains(ArxivSchema, StringComparison.Ordinal) ? ArxivResponse : 100;
        }
        return document.ContentType?.Contains("atom+xml", StringComparison.OrdinalIgnoreCase) == true ? 60 : 0;
    }

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        var feed = SafeXml.Load(document.Text, Name).Root!;
        if (feed.Name.LocalName != "feed")
            throw new ParseException(Name, $"root element <{feed.Name.LocalName}> is not <feed>", SafeXml.Where(feed));
        var ns = feed.Name.Namespace;

        // xml:base is relative to the document's own address; the site link stands in when that is unknown.
        var documentBase = FeedEntries.FeedBase(null, document)
            ?? FeedEntries.FeedBase(FeedEntries.Resolve(AlternateLink(feed, ns)?.Attribute("href")?.Value, feed, null), document);
        var feedAuthors = Authors(feed, ns);

        return feed.Elements(ns + "entry").Select(e => ToItem(e, ns, documentBase, feedAuthors)).ToList();
    }

    private static Item ToItem(XElement entry, XNamespace ns, Uri? documentBase, IReadOnlyList<string> feedAuthors)
    {
        var baseUri = FeedEntries.XmlBase(entry, documentBase);
        var alternate = AlternateLink(entry, ns);
        var url = alternate is null ? null : FeedEntries.Resolve(alternate.Attribute("href")?.Value, alternate, baseUri);

        var content = entry.Element(ns + "content");
        var (html, summaryText) = FeedEntries.Body(AbsoluteHtml(content, documentBase), AbsoluteHtml(entry.Element(ns + "summary"), documentBase));

        var links = entry.Elements(ns + "link")
            .Where(l => l != alternate && (string?)l.Attribute("rel") is "enclosure" or "related" or "via")
            .Select(l => FeedEntries.Resolve(l.Attribute("href")?.Value, l, baseUri)).OfType<string>()
            .Select(u => new Link("", u)).ToList();
        if (content?.Attribute("src")?.Value is { } src && FeedEntries.Resolve(src, content, baseUri) is { } srcUrl)
            links.Add(new Link(LinkRel.Related, srcUrl));

        var authors = Authors(entry, ns);
        if (authors.Count == 0 && entry.Element(ns + "source") is { } source) authors = Authors(source, ns);
        if (authors.Count == 0) authors = feedAuthors;

        return new Item
        {
            Id = FeedText.Value(entry.Element(ns + "id")) ?? url ?? "",
            Kind = RecordKind.Post,
            Title = Title(entry.Element(ns + "title")),
            Url = url,
            Authors = authors,
            Published = FirstDate(entry, ns, "published", "issued", "updated", "modified", "created"),
            Summary = summaryText,
            ContentHtml = html,
            Tags = FeedEntries.Tags(entry.Elements(ns + "category")
                .Select(c => (string?)c.Attribute("label") is { Length: > 0 } label ? label : (string?)c.Attribute("term"))),
            Links = links,
        };
    }

    private static PartialDate? FirstDate(XElement entry, XNamespace ns, params string[] names) =>
        names.Select(n => FeedDates.Parse(FeedText.Value(entry.Element(ns + n)))).FirstOrDefault(d => d is not null);

    /// <summary>The rel="alternate" link (rel defaults to alternate), preferring an HTML one.</summary>
    private static XElement? AlternateLink(XElement parent, XNamespace ns)
    {
        var alternates = parent.Elements(ns + "link")
            .Where(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate" && !string.IsNullOrWhiteSpace((string?)l.Attribute("href")))
            .ToList();
        return alternates.FirstOrDefault(l => ((string?)l.Attribute("type"))?.Contains("html") == true) ?? alternates.FirstOrDefault();
    }

    private static IReadOnlyList<string> Authors(XElement parent, XNamespace ns) =>
        parent.Elements(ns + "author")
            .Select(a => FeedEntries.AuthorName(FeedText.Value(a.Element(ns + "name")) ?? FeedText.Value(a.Element(ns + "email"))))
            .OfType<string>().ToList();

    /// <summary>A text construct as HTML with its links resolved against its own xml:base.</summary>
    private static string? AbsoluteHtml(XElement? construct, Uri? documentBase) =>
        construct is null ? null : FeedEntries.AbsoluteHtml(Html(construct), FeedEntries.XmlBase(construct, documentBase));

    /// <summary>A text construct as HTML: type html (0.3: mode escaped), xhtml (0.3: mode xml), or plain text.</summary>
    private static string? Html(XElement construct)
    {
        var type = ((string?)construct.Attribute("type") ?? "text").Trim().ToLowerInvariant();
        var mode = ((string?)construct.Attribute("mode"))?.Trim().ToLowerInvariant();
        if (mode == "base64") return null;
        // 0.3's default mode is inline XML, and some feeds inline markup whatever the type says.
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || construct.HasElements) return FeedText.InnerXml(construct);
        if (type is "html" or "text/html" || mode == "escaped") return FeedText.Value(construct);
        return FeedText.TextAsHtml(construct.Value);
    }

    private static string? Title(XElement? title)
    {
        if (title is null) return null;
        var type = ((string?)title.Attribute("type") ?? "text").Trim().ToLowerInvariant();
        var mode = ((string?)title.Attribute("mode"))?.Trim().ToLowerInvariant();
        if (type is "text" or "text/plain" && mode != "escaped")
        {
            // Text titles are plain, but many generators escape entities twice ("&amp;#39;"): decode those.
            var text = TextKey.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(title.Value));
            return text.Length == 0 ? null : text;
        }
        return FeedText.Plain(Html(title));
    }
}
