using System.Xml.Linq;
using Aggregator.Core.Formats.Feeds;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Rss;

/// <summary>
/// RSS 2.0 and 0.9x (&lt;rss&gt;&lt;channel&gt;&lt;item&gt;), and RDF Site Summary 1.0 / 0.90
/// (&lt;rdf:RDF&gt; with &lt;item&gt;s beside the channel, Dublin Core dates and creators). One post per item.
/// </summary>
public sealed class RssFormat : IFormat
{
    public string Name => "rss";

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public int Detect(Document document)
    {
        var root = SafeXml.RootName(document.Text);
        if (root is not null)
        {
            if (root.LocalName == "rss" && root.Namespace == XNamespace.None) return 100;
            if (root == Rdf + "RDF") return document.Text.Contains(Rss10.NamespaceName) || document.Text.Contains(Rss090.NamespaceName) ? 100 : 10;
            return 0;
        }
        return ContentTypeHint(document.ContentType) ? 60 : 0;
    }

    private static bool ContentTypeHint(string? contentType) =>
        contentType is not null && (contentType.Contains("rss+xml", StringComparison.OrdinalIgnoreCase) || contentType.Contains("rdf+xml", StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        var xml = SafeXml.Load(document.Text, Name);
        var root = xml.Root!;
        XElement? channel;
        IEnumerable<XElement> items;
        if (root.Name == Rdf + "RDF")
        {
            channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
            items = root.Elements().Where(e => e.Name.LocalName == "item");
        }
        else if (root.Name.LocalName == "rss")
        {
            channel = root.Element("channel") ?? throw new ParseException(Name, "<rss> has no <channel>", SafeXml.Where(root));
            items = channel.Elements("item");
        }
        else throw new ParseException(Name, $"root element <{root.Name.LocalName}> is not <rss> or <rdf:RDF>", SafeXml.Where(root));

        var feedBase = FeedEntries.FeedBase(channel is null ? null : Child(channel, "link"), document);
        return items.Select(item => ToItem(item, FeedEntries.XmlBase(item, feedBase))).ToList();
    }

    private static Item ToItem(XElement item, Uri? baseUri)
    {
        var guid = Child(item, "guid");
        var guidIsLink = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid")?.Attribute("isPermaLink")?.Value.Trim() is not "false";
        var link = Child(item, "link") ?? (guidIsLink && guid is not null && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid : null);
        var about = item.Attribute(Rdf + "about")?.Value;

        var (contentHtml, summary) = FeedEntries.Body(
            FeedText.Value(item.Element(Content + "encoded")),
            Child(item, "description"));

        var authors = Children(item, "author").Concat(item.Elements(Dc + "creator").Select(FeedText.Value))
            .Select(FeedEntries.AuthorName).OfType<string>().ToList();
        var enclosures = item.Elements().Where(e => e.Name.LocalName == "enclosure")
            .Select(e => FeedEntries.Resolve(e.Attribute("url")?.Value, e, baseUri)).OfType<string>()
            .Select(u => new Link("", u));

        return new Item
        {
            Id = guid ?? about ?? link ?? "",
            Kind = RecordKind.Post,
            Title = FeedText.Plain(Child(item, "title")),
            Url = FeedEntries.Resolve(link, item, baseUri),
            Authors = authors,
            Published = FeedDates.Parse(Child(item, "pubDate"))
                ?? FeedDates.Parse(FeedText.Value(item.Element(Dc + "date")))
                ?? FeedDates.Parse(FeedText.Value(item.Element(Atom + "published")))
                ?? FeedDates.Parse(FeedText.Value(item.Element(Atom + "updated"))),
            Summary = summary,
            ContentHtml = FeedEntries.AbsoluteHtml(contentHtml, baseUri),
            Tags = FeedEntries.Tags(Children(item, "category").Concat(item.Elements(Dc + "subject").Select(FeedText.Value))),
            Links = enclosures.ToList(),
        };
    }

    /// <summary>An RSS element of the item's own vocabulary: no namespace in 2.0, the RSS namespace in 1.0 / 0.90.</summary>
    private static string? Child(XElement parent, string localName) => Children(parent, localName).FirstOrDefault();

    private static IEnumerable<string?> Children(XElement parent, string localName) =>
        parent.Elements()
            .Where(e => e.Name.LocalName == localName && (e.Name.Namespace == XNamespace.None || e.Name.Namespace == Rss10 || e.Name.Namespace == Rss090))
            .Select(FeedText.Value).Where(v => v is not null);
}
