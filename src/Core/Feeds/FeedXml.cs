using System.Text;
using System.Xml;

namespace Aggregator.Core.Feeds;

/// <summary>XML output shared by the RSS and Atom writers: UTF-8 without BOM, and text that is always legal XML.</summary>
internal static class FeedXml
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        // Stream belongs to the caller (the HTTP response).
        CloseOutput = false,
    });

    /// <summary>
    /// Drops characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab and line
    /// breaks, lone surrogates, U+FFFE/U+FFFF): a stray control character in a title must not break the feed.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = IndexOfInvalid(text);
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static int IndexOfInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(c)) return i;
        }
        return -1;
    }

    /// <summary>Writes <c>&lt;name&gt;text&lt;/name&gt;</c>, or nothing when the text is empty.</summary>
    public static Task TextElementAsync(this XmlWriter w, string? prefix, string localName, string? ns, string? text) =>
        string.IsNullOrWhiteSpace(text) ? Task.CompletedTask : w.WriteElementStringAsync(prefix, localName, ns, Clean(text));

    public static Task TextElementAsync(this XmlWriter w, string localName, string? text) =>
        w.TextElementAsync(null, localName, null, text);

    public static Task AttributeAsync(this XmlWriter w, string localName, string value) =>
        w.WriteAttributeStringAsync(null, localName, null, Clean(value));
}
