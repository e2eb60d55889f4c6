using System.Xml.Linq;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Arxiv;

/// <summary>The namespaces of an arXiv API response and reading their text.</summary>
internal static class ArxivXml
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    /// <summary>The element's text with the API's hard line wrapping collapsed, or null when absent or blank.</summary>
    public static string? Text(XElement parent, XName name)
    {
        var value = parent.Element(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : TextKey.CollapseWhitespace(value);
    }

    public static string? Text(XElement parent, string atomName) => Text(parent, Atom + atomName);
}
