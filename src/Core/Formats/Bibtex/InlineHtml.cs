using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// HTML inline markup that sites write into BibTeX values for their own pages ("<c>&lt;i&gt;Vigna&lt;/i&gt; species</c>",
/// "<c>CO&lt;sub&gt;2&lt;/sub&gt;</c>"): the tags go and their text stays, as LaTeX font commands do, and the
/// entities ("&amp;amp;") are their characters. Only tags of
/// inline markup are taken, so a "&lt;" in a formula ("p &lt; 0.05") is kept.
/// </summary>
internal static partial class InlineHtml
{
    public static string Strip(string value)
    {
        if (value.Contains('<')) value = Tag().Replace(value, "");
        // "Plant Cell &amp; Environment": the entities such markup comes with are its text.
        return value.Contains('&') ? Entity().Replace(value, m => System.Net.WebUtility.HtmlDecode(m.Value)) : value;
    }

    [GeneratedRegex(@"</?(?:i|b|u|em|strong|sub|sup|span|small|tt|code|sc|mark|font)(?:\s[^<>]{0,200})?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")]
    private static partial Regex Entity();
}
