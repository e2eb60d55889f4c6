using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Arxiv;

/// <summary>
/// The arXiv API's answer to a query (export.arxiv.org/api/query?search_query=au:...): an Atom feed whose
/// entries carry arXiv's own elements (primary category, DOI, journal reference). One publication per entry.
/// It is Atom, so the generic atom format also fits; this one knows the arXiv elements and must win.
/// </summary>
public sealed partial class ArxivFormat : IFormat
{
    public string Name => "arxiv";

    public int Detect(Document document)
    {
        var head = document.Text.Length > 4000 ? document.Text[..4000] : document.Text;
        if (!head.Contains("<feed", StringComparison.Ordinal)) return 0;
        var fromApi = document.Location?.Contains("arxiv.org/api/", StringComparison.OrdinalIgnoreCase) == true;
        return fromApi || ApiFeedHeader().IsMatch(head) ? 100 : 0;
    }

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        var feed = Load(document.Text);
        if (feed.Root is not { } root || root.Name != ArxivXml.Atom + "feed")
            throw new ParseException(Name, "not an Atom feed: the root element is not <feed>", "line 1");

        var items = new List<Item>();
        var n = 0;
        foreach (var entry in root.Elements(ArxivXml.Atom + "entry"))
        {
            n++;
            var id = ArxivXml.Text(entry, "id");
            // The API answers a bad query with a single entry whose id points at its error list.
            if (id is not null && id.Contains("/api/errors", StringComparison.OrdinalIgnoreCase))
                throw new ParseException(Name, "the arXiv API reported an error: " + (ArxivXml.Text(entry, "summary") ?? id), $"entry {n}");
            items.Add(ArxivEntries.ToItem(entry, n));
        }
        return items;
    }

    private XDocument Load(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ParseException(Name, "not well-formed XML: " + e.Message, $"line {e.LineNumber}", e);
        }
    }

    /// <summary>A feed header that names the API: its id or self link under arxiv.org/api, or arXiv's namespace on the root.</summary>
    [GeneratedRegex(@"<feed\b[^>]*xmlns:arxiv\s*=|<id>\s*https?://(export\.)?arxiv\.org/api/|href\s*=\s*[""']https?://(export\.)?arxiv\.org/api/query", RegexOptions.IgnoreCase)]
    private static partial Regex ApiFeedHeader();
}
