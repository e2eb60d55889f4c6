using System.Text.RegularExpressions;

namespace Aggregator.Core.Normalising;

/// <summary>
/// Words that say where a paper stands ("Under review", "Submitted", "To appear") rather than where it appears.
/// Every format's venue reading asks this one list, so a page and a .bib file agree on what is not a venue.
/// </summary>
public static partial class PublicationStatus
{
    /// <summary>True when the text is only a status, give or take brackets and punctuation ("(submitted)").</summary>
    public static bool IsStatusOnly(string? text) => text is not null && StatusOnly().IsMatch(text);

    /// <summary>
    /// The statuses an APA reference prints in the year's slot ("(In press).", "[Forthcoming.]", "(n.d.)"), as a regex
    /// alternation to use case-insensitively; a trailing full stop is the caller's to allow.
    /// </summary>
    public const string YearSlotWords = @"forthcoming|in press|in preparation|in prep|under review|submitted|n\.\s?d";

    [GeneratedRegex(@"^\W*(?:(?:manuscript\s+)?(?:under\s+(?:review|revision|submission)|in\s+(?:review|revision|submission|preparation|prep\.?)|submitted)(?:\s+for\s+publication)?|manuscript|working\s+paper|forthcoming|to\s+appear|accepted)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusOnly();
}
