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
        return TrimDoiEnd(m.Value).ToLowerInvariant();
    }

    /// <summary>
    /// A DOI matched up to the next space without the punctuation the text around it put there: a closing stop,
    /// comma or quote, and the ")" of a DOI printed in parentheses ("(DOI:10.1002/ece3.6320).").
    /// A ")" that closes a "(" inside the DOI is its own and stays (10.1016/S0140-6736(20)30183-5).
    /// </summary>
    public static string TrimDoiEnd(string candidate)
    {
        var doi = candidate.TrimEnd('.', ',', ';', ':', ')', ']', '}', '\'', '"');
        while (doi.Length < candidate.Length && candidate[doi.Length] == ')' && doi.Count(c => c == '(') > doi.Count(c => c == ')'))
            doi += ")";
        return doi;
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
        // "https://doi-org.proxy.library.x.edu/10.1093/…": a library's EZproxy rewrites the host's dots to hyphens
        // and keeps the path, so the DOI is the path as on doi.org.
        if (ProxiedDoiHost().Match(url) is { Success: true } proxied) return FindDoi(url[proxied.Length..]);
        var m = PublisherDoiPath().Match(url);
        // ".../content/pdf/10.1007/s12064-020-00311-9.pdf": the file's extension is the publisher's, not the DOI's;
        // ".../doi/10.1002/2014GL059335/abstract" (Wiley's older paths): the view named after the DOI is not the DOI's either.
        return m.Success ? FindDoi(TrailingView().Replace(PdfExtension().Replace(m.Groups["doi"].Value, ""), "")) : null;
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

    /// <summary>
    /// A DOI pasted from a PDF with a line break turned to a space after one of its dots ("https://doi. org/10.…",
    /// "doi.org/10.1016/j. ejtd.2018.09.005"), joined up again. Only a stop inside the host or after a short lettered
    /// first part of the suffix (Elsevier's "j.") is joined, and only to a lower-case, digit-bearing rest, so a DOI
    /// that ends a sentence ("…/abc.123. 2019. Next") keeps its following text.
    /// </summary>
    public static string JoinSpacedDois(string text) =>
        SpacedDoiHost().Replace(SpacedDoiSuffix().Replace(text, "${head}"), "${head}");

    public static string DoiUrl(string doi) => "https://doi.org/" + doi;

    [GeneratedRegex(@"^(?:https?://)?(?:dx-)?doi-org\.[^/\s]+/(?=10\.)", RegexOptions.IgnoreCase)]
    private static partial Regex ProxiedDoiHost();

    [GeneratedRegex(@"(?<head>\b(?:dx\.)?doi\.)[ \t]+(?=org/10\.)", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedDoiHost();

    [GeneratedRegex(@"(?<head>\b10\.\d{4,9}/\p{Ll}{1,4}\.)[ \t]+(?=\p{Ll}[\p{Ll}\d]*\.[\d.\-]*\d)")]
    private static partial Regex SpacedDoiSuffix();
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

    [GeneratedRegex(@"\.pdf$", RegexOptions.IgnoreCase)]
    private static partial Regex PdfExtension();

    /// <summary>A page view after the DOI in a publisher's path: "/abstract", "/full", "/pdf", "/epdf", "/references".</summary>
    [GeneratedRegex(@"/(?:abstract|full|pdf|epdf|summary|references|citedby)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingView();

    [GeneratedRegex(@"v\d+$")]
    private static partial Regex ArxivVersion();
}
