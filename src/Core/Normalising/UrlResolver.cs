namespace Aggregator.Core.Normalising;

/// <summary>Makes links absolute against the document's location; refuses schemes we never serve.</summary>
public static partial class UrlResolver
{
    /// <summary>An absolute http(s)/mailto URL, or null when the link is empty, unsafe (javascript:, data:) or unresolvable.</summary>
    public static string? Absolute(string? href, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && abs.Scheme is not "file")
            return abs.Scheme is "http" or "https" or "mailto" ? abs.AbsoluteUri : null;
        if (href.StartsWith("//") && Uri.TryCreate("https:" + href, UriKind.Absolute, out var proto))
            return proto.AbsoluteUri;
        // "arxiv.org/abs/2011.14250", "www.example.org/x": an address typed without its scheme. A browser would read it
        // as a path on the page's own site, but no site serves "/arxiv.org/…"; the writer meant that host.
        if (SchemelessHost().IsMatch(href) && Uri.TryCreate("https://" + href, UriKind.Absolute, out var typed))
            return typed.AbsoluteUri;
        if (baseUri is not null && baseUri.Scheme is "http" or "https" && Uri.TryCreate(baseUri, href, out var rel))
            return rel.Scheme is "http" or "https" ? rel.AbsoluteUri : null;
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:www\.[a-z0-9-]+\.|(?:dx\.)?doi\.org/|arxiv\.org/)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SchemelessHost();
}
