using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Aggregator.Core.Formats.Feeds;

/// <summary>
/// Reads feed XML without ever resolving a DTD or an entity it declares (no XXE, no billion laughs):
/// DTDs are skipped and nothing is fetched. HTML entities that sloppy feeds write bare (&amp;nbsp; in a
/// title) are turned into character references first, since XML itself does not know them.
/// </summary>
public static partial class SafeXml
{
    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 50_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Loads the document with line info; malformed XML becomes a <see cref="ParseException"/> with line and position.</summary>
    public static XDocument Load(string text, string format)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(WithHtmlEntitiesAsReferences(Prepared(text))), Settings());
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new ParseException(format, "malformed XML: " + FirstSentence(e.Message), $"line {e.LineNumber}, position {e.LinePosition}", e);
        }
    }

    /// <summary>The qualified name of the root element, or null when the text does not start as XML. Cheap: reads only the prolog.</summary>
    public static XName? RootName(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.Length == 0 || start[0] != '<') return null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(Prepared(text)), Settings());
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element)
                    return XName.Get(reader.LocalName, reader.NamespaceURI);
        }
        catch (XmlException)
        {
        }
        return null;
    }

    /// <summary>"line N" of an element loaded by <see cref="Load"/>, for <see cref="ParseException.Where"/>.</summary>
    public static string Where(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "root";

    /// <summary>
    /// Drops a byte-order mark, blanks control characters XML forbids (feeds pasted from word processors
    /// carry them; one should not sink the feed), and blanks out an XML declaration that sits after leading white space
    /// (servers often emit a newline first; XML forbids it). Blanking keeps every line and position.
    /// </summary>
    private static string Prepared(string text)
    {
        text = ControlCharacter().Replace(text.TrimStart('\uFEFF'), " ");
        var start = text.Length - text.TrimStart().Length;
        if (start == 0 || !text.AsSpan(start).StartsWith("<?xml", StringComparison.Ordinal)) return text;
        var end = text.IndexOf("?>", start, StringComparison.Ordinal);
        return end < 0 ? text : text[..start] + new string(' ', end + 2 - start) + text[(end + 2)..];
    }

    private static string WithHtmlEntitiesAsReferences(string text) =>
        NamedEntity().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (name is "amp" or "lt" or "gt" or "quot" or "apos") return m.Value;
            var decoded = WebUtility.HtmlDecode(m.Value);
            if (decoded == m.Value) return m.Value; // not an HTML entity: leave it for the XML reader to reject
            return string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
        });

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" Line ", StringComparison.Ordinal);
        return i > 0 ? message[..i].TrimEnd('.', ',') : message;
    }

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex ControlCharacter();

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();
}
