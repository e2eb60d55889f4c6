using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>The venue as printed, without the year, pages, volume and the "In" of "In Proceedings of".</summary>
internal static partial class VenueText
{
    public static string? Clean(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return null;
        line = line.Trim();
        if (line.StartsWith('(') && line.EndsWith(')') && line.IndexOf(')') == line.Length - 1) line = line[1..^1];
        var parts = CommaSpace().Split(line).Select(p => p.Trim()).ToList();
        var keep = new List<string>();
        foreach (var part in parts)
        {
            if (keep.Count > 0 && (LooseDates.FindYear(part) is not null || Volume().IsMatch(part))) break;
            keep.Add(part);
        }
        var s = string.Join(", ", keep);
        s = LeadingIn().Replace(s, "");
        string before;
        do
        {
            before = s;
            s = TrailingYear().Replace(s, "").Trim().TrimEnd('.', ',', ';', ':', '-', '–').Trim();
        } while (s != before);
        return s.Length == 0 ? null : s;
    }

    [GeneratedRegex(@",\s+")]
    private static partial Regex CommaSpace();

    [GeneratedRegex(@"^(?:vol(?:ume)?\.?|issue|no\.|pp\.?|pages?|article|chapter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Volume();

    [GeneratedRegex(@"^(?:(?i:(?:published|presented|accepted|appeared|appearing)\s+(?:in|at)|to\s+appear\s+(?:in|at))\s+|[Ii]n\s+(?=\p{Lu}))")]
    private static partial Regex LeadingIn();

    [GeneratedRegex(@"\s*\(?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\s*\)?\.?$|\s*\((?:to appear|in press|forthcoming)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingYear();
}
