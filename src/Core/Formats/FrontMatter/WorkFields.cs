using Aggregator.Core.Formats.Feeds;
using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>
/// The fields of a paper's or talk's own file in the researcher site templates: venue, authors (a list,
/// or academicpages' ready-made <c>citation</c>), link keys and the DOI.
/// </summary>
public static partial class WorkFields
{
    // Template keys that hold a link, and what kind of link each is.
    private static readonly (string Key, string Rel)[] LinkKeys =
    [
        ("paperurl", LinkRel.Pdf), ("url_pdf", LinkRel.Pdf), ("pdf", LinkRel.Pdf),
        ("slidesurl", LinkRel.Slides), ("url_slides", LinkRel.Slides), ("slides_url", LinkRel.Slides),
        ("videourl", LinkRel.Video), ("url_video", LinkRel.Video), ("video", LinkRel.Video),
        ("url_code", LinkRel.Code), ("code", LinkRel.Code), ("github", LinkRel.Code),
        ("url_poster", LinkRel.Poster), ("posterurl", LinkRel.Poster),
        ("url_preprint", LinkRel.Related), ("url_project", LinkRel.Related), ("url_dataset", LinkRel.Related),
        ("url_source", LinkRel.Related), ("event_url", LinkRel.Related), ("bibtexurl", LinkRel.Related),
    ];

    /// <summary>Hugo Academic writes the site owner as "admin" in author lists.</summary>
    private const string OwnerPlaceholder = "admin";

    public static string? Venue(FrontMatterFields fields)
    {
        var raw = fields.Text("venue", "publication", "journal", "booktitle", "conference", "event");
        if (raw is null) return null;
        // Templates write venues in Markdown ("*Journal of X, 1*(1)"): render it and keep the text.
        var text = FeedText.Plain(MarkdownHtml.Default.ToHtml(raw))?.Trim(' ', ',', '.', ';');
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static IReadOnlyList<string> Authors(FrontMatterFields fields, string? owner)
    {
        var listed = fields.Authors();
        if (listed.Count == 0) return CitationAuthors(fields.Text("citation"));
        return listed
            .Select(a => string.Equals(a.Trim(), OwnerPlaceholder, StringComparison.OrdinalIgnoreCase) ? owner : a)
            .OfType<string>().ToList();
    }

    public static IReadOnlyList<Link> Links(FrontMatterFields fields)
    {
        var links = new List<Link>();
        foreach (var (key, rel) in LinkKeys)
            if (fields.Text(key) is { } url && LooksLikeLink(url)) links.Add(new Link(rel, url));
        if (ScholarlyIds.FindDoi(fields.Text("doi")) is { } doi) links.Add(new Link(LinkRel.Doi, ScholarlyIds.DoiUrl(doi)));
        return links;
    }

    /// <summary>
    /// The authors in front of an academicpages citation: "Okafor, J., Lindqvist, M. (2021). &amp;quot;Title.&amp;quot; ..."
    /// or "Jane Okafor and Mats Lindqvist, &amp;quot;Title&amp;quot;, ...".
    /// </summary>
    public static IReadOnlyList<string> CitationAuthors(string? citation)
    {
        if (string.IsNullOrWhiteSpace(citation)) return [];
        var text = FeedText.Plain(citation) ?? "";
        var end = CitationAuthorsEnd().Match(text);
        if (!end.Success || end.Index == 0) return [];
        var tokens = AuthorSeparator().Split(text[..end.Index]).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        var names = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // "Okafor, J." comes apart at the comma: a surname followed by initials is one name.
            if (i + 1 < tokens.Count && Initials().IsMatch(tokens[i + 1])) { names.Add(tokens[i] + ", " + tokens[i + 1]); i++; }
            else names.Add(tokens[i]);
        }
        return names.All(n => n.Split(' ').Length <= 5) ? names : [];
    }

    private static bool LooksLikeLink(string value) =>
        value.Length > 1 && !value.StartsWith('#') && (value.Contains("://") || value.StartsWith('/'));

    // Where the names stop: the year in parentheses, or the quoted title.
    [GeneratedRegex(@"\(\s*(?:19|20)\d{2}[a-z]?\s*\)|[""“]")]
    private static partial Regex CitationAuthorsEnd();
    [GeneratedRegex(@",|\s&\s|\s+and\s+")]
    private static partial Regex AuthorSeparator();
    [GeneratedRegex(@"^(?:[A-Z]\.?\s*-?\s*){1,4}$")]
    private static partial Regex Initials();
}
