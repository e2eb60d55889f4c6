using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Paragraphs that lead around the page or away from it rather than cite a work: a table of contents
/// ("[Monographs](#monographs)", one per line or item) and a row of profile or catalogue links printed in a box at the
/// top ("[ORCID](…) [National Library](…)"). Read as entries they would become papers titled "Monographs" or "ORCID".
/// </summary>
internal static partial class PageNavigation
{
    /// <param name="opensEntry">
    /// Whether the paragraph would open an entry rather than add to the one above: a row of short links after a
    /// citation may be that citation's own links ("[Springer](…) [ResearchGate](…)"), so only a row standing alone is
    /// taken for the page's.
    /// </param>
    public static bool IsNavigation(List<List<Seg>> lines, bool opensEntry)
    {
        if (OnlyLinks(lines) is not { } links) return false;
        // Links to anchors of this page only: the page's own contents, whatever their labels.
        if (IsContents(lines)) return true;
        // "[CV](/cv.pdf)" alone: the owner's own CV or résumé is a document about the page's owner, not one of the works.
        if (opensEntry && links.All(l => OwnerDocument().IsMatch(l.Text.Trim()))) return true;
        // "[Google Scholar profile][1]", a citation-count badge linking there: a link to a person's page on a scholarly
        // profile site is about the owner, never one of the works, whatever its label says.
        if (opensEntry && links.All(l => l.Url is { } url && ProfileAddress().IsMatch(url))) return true;
        // Two links or more, each a short name of a site (no "PDF" or "Code" label a work's links carry), nothing else.
        return opensEntry && links.Count >= 2
            && links.All(l => !EntryTitles.IsLinkLabel(l.Text) && !l.Text.Contains("://") && l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);
    }

    /// <summary>
    /// Lines that are nothing but links to anchors of this page ("[Journal Articles](#journal-articles)", then "[2022](#2022)"
    /// nested under it): a table of contents, in a paragraph or a bulleted list, whatever its labels say.
    /// </summary>
    public static bool IsContents(List<List<Seg>> lines) =>
        OnlyLinks(lines) is { } links && links.All(l => l.Url?.StartsWith('#') == true);

    /// <summary>The links of lines that hold links and nothing else worth reading; null when they hold anything more.</summary>
    private static List<Seg>? OnlyLinks(List<List<Seg>> lines)
    {
        var segs = lines.SelectMany(l => l).Where(s => s.Kind is not (SegKind.HardBreak or SegKind.SoftBreak)).ToList();
        var links = segs.Where(s => s.Kind == SegKind.Link).ToList();
        return links.Count == 0 || segs.Any(s => s.Kind != SegKind.Link && s.Text.Any(char.IsLetterOrDigit)) ? null : links;
    }

    /// <summary>
    /// A researcher's page on Google Scholar (its citations page for one user, not one paper's "view_citation"), ORCID,
    /// ResearchGate, Semantic Scholar, dblp or Scopus.
    /// </summary>
    [GeneratedRegex(@"^https?://(?:[\w-]+\.)*(?:scholar\.google\.[a-z.]+/citations\?(?![^#]*view_op=view_citation)[^#]*\buser=|orcid\.org/\d{4}-\d{4}-|researchgate\.net/profile/|semanticscholar\.org/author/|dblp\.(?:org|uni-trier\.de)/(?:pid|pers)/|scopus\.com/authid/)", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileAddress();

    [GeneratedRegex(@"^(?:(?:full|my|download(?: my)?)\s+)?(?:cv|c\.v\.|curriculum vitae|r[ée]sum[ée])$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerDocument();
}
