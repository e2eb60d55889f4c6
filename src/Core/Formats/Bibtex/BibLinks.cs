using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// URL-valued fields. They are not LaTeX-decoded (that would turn "~user" into a space); only the escapes
/// and wrappers people put around URLs are removed. Relative values stay relative: the normaliser resolves them.
/// </summary>
internal static partial class BibLinks
{
    /// <summary>Fields that hold a link, with the rel each gets ("" = let the normaliser classify the URL).</summary>
    private static readonly (string Field, string Rel)[] LinkFields =
    [
        ("html", LinkRel.Alternate), ("link", ""), ("website", ""), ("project", ""), ("pdf", LinkRel.Pdf),
        ("paper", LinkRel.Pdf), ("slides", LinkRel.Slides), ("poster", LinkRel.Poster), ("video", LinkRel.Video),
        ("code", LinkRel.Code), ("blog", "blog"), ("supp", "supplementary"),
    ];

    /// <summary>Fields in which al-folio sites give a bare file name that lives under /assets/pdf/.</summary>
    private static readonly HashSet<string> AssetFields = ["pdf", "poster", "slides", "supp"];

    public static IReadOnlyList<Link> From(BibEntry entry)
    {
        var links = new List<Link>();
        foreach (var (field, rel) in LinkFields)
        {
            var url = Clean(entry.Raw(field));
            if (url is not null && AssetFields.Contains(field) && IsBareFileName(url)) url = "/assets/pdf/" + url;
            Add(links, rel, url);
        }
        // "howpublished = {\url{...}}" is where @misc entries for software and web pages keep their address.
        if (IsUrl(entry.Raw("howpublished"))) Add(links, "", Clean(entry.Raw("howpublished")));
        // dblp-style lists wrap the title in "\href{url}{Title}": the link is the paper's (its DOI or arXiv page).
        if (entry.Raw("title") is { } title && TitleHref().Match(title) is { Success: true } href)
            Add(links, "", Clean(href.Groups[1].Value));
        return links;
    }

    private static void Add(List<Link> links, string rel, string? url)
    {
        if (url is not null && !links.Any(l => l.Url == url)) links.Add(new Link(rel, url));
    }

    private static bool IsBareFileName(string url) => !url.Contains('/') && !url.Contains(':') && url.Contains('.');

    /// <summary>The URL in a field value: "\url{...}" and "\href{...}{...}" unwrapped, braces and escapes removed, first word only.</summary>
    public static string? Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = UrlWrapper().Replace(raw, "$1");
        // Some exports paste an HTML anchor into the field ("doi:<a href=\"https://doi.org/…\">…</a>"): its href is the URL.
        if (AnchorHref().Match(s) is { Success: true } anchor) s = anchor.Groups[1].Value;
        s = s.Replace("\\_", "_").Replace("\\%", "%").Replace("\\&", "&").Replace("\\#", "#")
            .Replace("\\~{}", "~").Replace("\\textasciitilde{}", "~").Replace("\\textasciitilde", "~");
        s = s.Replace("{", "").Replace("}", "").Trim();
        var space = s.IndexOfAny([' ', '\t', '\n', '\r']);
        if (space > 0) s = s[..space];
        return s.Length == 0 ? null : s;
    }

    /// <summary>True when the value is a URL rather than words (howpublished = {\url{...}}).</summary>
    public static bool IsUrl(string? raw) =>
        raw is not null && (raw.Contains("\\url", StringComparison.Ordinal) || AbsoluteUrl().IsMatch(raw.Trim().Trim('{', '}')));

    [GeneratedRegex(@"\\(?:url|href)\s*\{([^{}]*)\}(?:\s*\{[^{}]*\})?")]
    private static partial Regex UrlWrapper();

    [GeneratedRegex(@"<a\s[^<>]*?href\s*=\s*[""']([^""'<>\s]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorHref();

    [GeneratedRegex(@"^\s*\{?\s*\\href\s*\{([^{}]+)\}")]
    private static partial Regex TitleHref();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();
}
