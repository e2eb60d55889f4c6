using System.Text.RegularExpressions;

namespace Aggregator.Core.Normalising;

/// <summary>Finds DOIs and arXiv ids in URLs and free text.</summary>
public static partial class ScholarlyIds
{
    /// <summary>The DOI in a doi.org URL, a "doi:" mention, or bare text; lower-cased as DOIs are case-insensitive.</summary>
    public static string? FindDoi(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Doi().Match(Uri.UnescapeDataString(text));
        if (!m.Success) return null;
        var doi = m.Value.TrimEnd('.', ',', ';', ':', ')', ']', '}', '\'', '"');
        // A DOI inside parentheses keeps its balanced ')' (e.g. 10.1016/s0140-6736(20)30183-5).
        if (m.Value.Length > doi.Length && m.Value[doi.Length] == ')' && doi.Count(c => c == '(') > doi.Count(c => c == ')'))
            doi += ")";
        return doi.ToLowerInvariant();
    }

    /// <summary>
    /// The DOI a link names: a doi.org URL, or a publisher landing page whose path is "/doi/[abs|full|pdf|epdf/]DOI"
    /// (ACM DL, Taylor &amp; Francis, Wiley, SAGE, Science) or "/journal/abstract/DOI" (APS). Other URLs that merely contain "10.x/" are not trusted,
    /// as their DOI-like segment is often followed by the publisher's own ids.
    /// </summary>
    public static string? FindDoiInUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (url.Contains("doi.org/", StringComparison.OrdinalIgnoreCase)) return FindDoi(url);
        var m = PublisherDoiPath().Match(url);
        return m.Success ? FindDoi(m.Groups["doi"].Value) : null;
    }

    /// <summary>The arXiv id in an arxiv.org abs/pdf URL, an "arXiv:" mention, or an eprint field; version kept.</summary>
    public static string? FindArxiv(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = ArxivUrl().Match(text);
        if (!m.Success) m = ArxivMention().Match(text);
        return m.Success ? m.Groups["id"].Value : null;
    }

    /// <summary>The id itself when <paramref name="text"/> is nothing but an arXiv id (BibTeX eprint = {2101.00001}).</summary>
    public static string? ParseBareArxiv(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = BareArxiv().Match(text.Trim());
        return m.Success ? m.Groups["id"].Value : FindArxiv(text);
    }

    /// <summary>The arXiv id without its version suffix, for matching.</summary>
    public static string WithoutVersion(string arxivId) => ArxivVersion().Replace(arxivId, "");

    public static string DoiUrl(string doi) => "https://doi.org/" + doi;
    public static string ArxivUrl(string id) => "https://arxiv.org/abs/" + id;

    [GeneratedRegex(@"\b10\.\d{4,9}/[^\s""<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex Doi();

    // "journals.aps.org/pra/abstract/10.1103/PhysRevA.94.042512": a journal's abstract page named by the DOI alone,
    // trusted only when the DOI ends the path (nothing of the publisher's own after it).
    [GeneratedRegex(@"^https?://[^/]+/doi/(?:(?:abs|full|pdf|epdf|fullHtml|book)/)?(?<doi>10\.\d{4,9}/[^?#\s]+)|^https?://[^/]+/[a-z]{2,12}/(?:abstract|pdf)/(?<doi>10\.\d{4,9}/[^?#\s/]+)/?(?=$|[?#])", RegexOptions.IgnoreCase)]
    private static partial Regex PublisherDoiPath();

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf|html|format)/(?<id>(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivUrl();

    [GeneratedRegex(@"\barxiv\s*[:/]?\s*(?:abs/)?(?<id>(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivMention();

    [GeneratedRegex(@"^(?<id>(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareArxiv();

    [GeneratedRegex(@"v\d+$")]
    private static partial Regex ArxivVersion();
}
