using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// A publication list printed as citation paragraphs between the site's menu and footer. Told from a page of
/// news (which may announce a paper or two) by its citations: most of its longer paragraphs are citations.
/// </summary>
internal static partial class CitationListing
{
    public static int Detect(string text)
    {
        if (IsMarkup(text)) return 0;
        var paragraphs = CitationParagraphs.Paragraphs(text).Where(p => p.Length >= 60).ToList();
        var cited = paragraphs.Count(p => CitationParagraphs.Read(p) is not null);
        if (cited < 4 || cited < 0.6 * paragraphs.Count) return 0;
        return 75;
    }

    /// <summary>Markup, Markdown and front matter belong to their own formats.</summary>
    public static bool IsMarkup(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        // "[logo]" on top is a text browser's image alt text, not a JSON array nor a Markdown link.
        return trimmed.Length == 0 || trimmed[0] is '<' or '{' or '@' || trimmed[0] == '[' && !AltText().IsMatch(trimmed)
            || trimmed.StartsWith("---", StringComparison.Ordinal) || Markdown().IsMatch(text);
    }

    public static List<Item> Read(string text, string? owner)
    {
        // Year headings ("2018") over the citations date those that print no year of their own.
        int? sectionYear = null;
        var works = new List<CitedWork>();
        foreach (var paragraph in CitationParagraphs.Paragraphs(text))
        {
            if (ListingLines.IsYearOnly(paragraph)) sectionYear = LooseDates.FindYear(paragraph);
            else if (CitationParagraphs.Read(paragraph, sectionYear) is { } work) works.Add(work);
        }
        return works.Select(w => w.ToItem(owner)).ToList();
    }

    [GeneratedRegex(@"^(?:#{1,6}\s|\s*[-*+]\s+\[|\*\*)|\]\(", RegexOptions.Multiline)]
    private static partial Regex Markdown();

    /// <summary>A bracketed word or few on the first line, not followed by a link's target or a reference's colon.</summary>
    [GeneratedRegex(@"^\[\p{L}[^\[\]\n]{0,60}\](?![(:\[])")]
    private static partial Regex AltText();
}
