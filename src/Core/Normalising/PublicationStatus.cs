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
    /// True when the text is only a status of the kind printed after a year or as a comma part after a venue's name
    /// ("in press", "to appear", "accepted", "accepted with minor revisions").
    /// </summary>
    public static bool IsAfterYearStatus(string? text) => text is not null && AfterYearStatus().IsMatch(text);

    /// <summary>
    /// The statuses an APA reference prints in the year's slot ("(In press).", "[Forthcoming.]", "(n.d.)"), as a regex
    /// alternation to use case-insensitively; a trailing full stop is the caller's to allow.
    /// </summary>
    public const string YearSlotWords = NotYetOut + @"|n\.\s?d";

    /// <summary>
    /// The statuses printed after a year in its slot ("(2021, in press)", "(2020, to appear)"), as a regex alternation
    /// to use case-insensitively.
    /// </summary>
    // Not the same list as YearSlotWords: "n.d." says there is no year, so it never follows one; "accepted" and
    // "to appear" are taken only after a year, since read in the year's slot they would be cut off a title that
    // opens with them ("Accepted wisdom …").
    public const string AfterYearWords = NotYetOut + "|to appear|accepted";

    /// <summary>Work not out yet, in both slot lists (the longer "in preparation" before "in prep").</summary>
    // "(Accepted with revisions).", "(Revise and resubmit)": a decision awaiting changes is not out yet either.
    private const string NotYetOut = "forthcoming|in press|in preparation|in prep|under review|under revision|in revision|submitted|unpublished manuscript"
        + @"|accepted with (?:minor |major )?revisions?|conditionally accepted|revise (?:and|&) resubmit";

    // "Manuscript submitted for publication.", "Manuscript in preparation.": APA prints this description where the
    // journal goes, and it is read as printed, the venue of a work not out yet; the bare status words name no venue.
    // "Title," Draft.": a draft has no venue yet. "Accepted with minor revisions": a decision, no venue either.
    [GeneratedRegex(@"^\W*(?:(?:(?:under|pending)\s+(?:review|revision|submission)|in\s+(?:review|revision|submission|preparation|prep\.?)|submitted)(?:\s+for\s+publication)?|(?:unpublished\s+)?manuscript|working\s+paper|forthcoming|to\s+appear|accepted(?:\s+with\s+(?:minor\s+|major\s+)?revisions?)?|(?:work\s+)?in\s+progress|(?:(?:working|rough|full)\s+)?draft)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusOnly();

    [GeneratedRegex(@"^\W*(?:" + AfterYearWords + @")\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterYearStatus();
}
