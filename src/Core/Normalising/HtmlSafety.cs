using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Aggregator.Core.Normalising;

/// <summary>
/// Everything we serve as HTML passes through here: no script, style, event handlers, iframes or
/// javascript:/data: URLs; links and images kept with absolute URLs. Thread-safe, no static mutable state.
/// </summary>
public sealed class HtmlSafety
{
    public static HtmlSafety Default { get; } = new();

    private readonly HtmlSanitizer _sanitizer;

    public HtmlSafety()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        foreach (var s in new[] { "http", "https", "mailto" }) _sanitizer.AllowedSchemes.Add(s);
        _sanitizer.AllowedTags.Remove("iframe");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedTags.Remove("style");
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Remove("class");
        _sanitizer.AllowedAttributes.Remove("id");
        _sanitizer.AllowedCssProperties.Clear();
        _sanitizer.AllowDataAttributes = false;
        _sanitizer.KeepChildNodes = true;
        // Children of these carry no readable content, so drop them whole rather than unwrap.
        foreach (var t in new[] { "script", "style", "noscript", "template", "object", "embed", "svg", "math" })
            _sanitizer.AllowedTags.Remove(t);
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.NodeName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "IFRAME" or "OBJECT" or "EMBED" or "SVG" or "MATH")
                e.Tag.Remove();
        };
    }

    /// <summary>Sanitised HTML with relative URLs made absolute against <paramref name="baseUri"/>; null for empty input.</summary>
    public string? Sanitize(string? html, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var baseUrl = baseUri is not null && baseUri.Scheme is "http" or "https" ? baseUri.AbsoluteUri : "";
        var clean = _sanitizer.Sanitize(html, baseUrl).Trim();
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>The readable text of an HTML fragment: block elements become line breaks, white space tidied.</summary>
    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        // Most titles and names carry no markup: skip building a DOM for them (the costly part of feed parsing).
        if (html.IndexOfAny(['<', '&']) < 0)
            return string.Join("\n", html.Split('\n').Select(TextKey.CollapseWhitespace).Where(l => l.Length > 0));
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var el in doc.Body!.QuerySelectorAll("script,style,noscript,template")) el.Remove();
        foreach (var br in doc.Body.QuerySelectorAll("br")) br.Replace(doc.CreateTextNode("\n"));
        foreach (var block in doc.Body.QuerySelectorAll("p,div,li,h1,h2,h3,h4,h5,h6,blockquote,pre,tr,section,article,header,footer,dd,dt,details,summary,figcaption"))
        {
            block.Prepend(doc.CreateTextNode("\n"));
            block.Append(doc.CreateTextNode("\n"));
        }
        var text = doc.Body.TextContent;
        var lines = text.Split('\n').Select(TextKey.CollapseWhitespace).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}
