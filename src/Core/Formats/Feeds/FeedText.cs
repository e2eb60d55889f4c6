using System.Xml.Linq;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Feeds;

/// <summary>Reading text and HTML out of feed elements.</summary>
public static class FeedText
{
    /// <summary>One line of plain text from HTML-ish feed text: entities decoded (also double-escaped ones), tags dropped.</summary>
    public static string? Plain(string? htmlish)
    {
        if (string.IsNullOrWhiteSpace(htmlish)) return null;
        var text = TextKey.CollapseWhitespace(HtmlSafety.ToText(htmlish).Replace('\n', ' '));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Plain text to an HTML fragment: escaped, blank-line-separated paragraphs.</summary>
    public static string? TextAsHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var paragraphs = text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>") + "</p>"));
    }

    /// <summary>The trimmed text of an element, or null when it is missing or blank.</summary>
    public static string? Value(XElement? element)
    {
        var v = element?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }

    /// <summary>The inner markup of an element (Atom type="xhtml" content: the children of its wrapping div).</summary>
    public static string? InnerXml(XElement element)
    {
        var container = element.Elements().Count() == 1 && element.Elements().Single().Name.LocalName == "div"
            && string.IsNullOrWhiteSpace(string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)))
            ? element.Elements().Single() : element;
        var html = string.Concat(container.Nodes().Select(n => n is XElement e ? WithoutNamespaces(e).ToString(SaveOptions.DisableFormatting) : n.ToString()));
        return string.IsNullOrWhiteSpace(html) ? null : html.Trim();
    }

    private static XElement WithoutNamespaces(XElement e) =>
        new(e.Name.LocalName,
            e.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            e.Nodes().Select(n => n is XElement c ? WithoutNamespaces(c) : n));
}
