using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// BibLaTeX has no talk type: a talk, a keynote or a performance is written as @unpublished (or @misc) with the event it
/// was given at in the event fields (eventtitle, eventdate), as Zotero exports its "presentation" items, the kind
/// of presentation in "type" ("Conference talk", "livecoding set"). Only something given at an event has an event; a
/// preprint or a manuscript under review has none.
/// </summary>
internal static partial class BibTalks
{
    // Not BibLaTeX's "venue" (where the event was held): hand-written files use a field of that name for a paper's venue.
    private static readonly string[] EventFields = ["eventtitle", "eventdate"];

    /// <summary>An @unpublished or @misc entry given at an event, or whose type names a talk, and printed in no journal or proceedings.</summary>
    public static bool IsTalk(BibEntry e) =>
        e.Type is "unpublished" or "misc"
        && e.Raw("journal") is null && e.Raw("journaltitle") is null && e.Raw("booktitle") is null
        && (EventFields.Any(f => e.Raw(f) is { } raw && raw.Trim().Length > 0)
            || e.Raw("type") is { } type && TalkType().IsMatch(LatexText.ToUnicode(type)));

    [GeneratedRegex(@"\b(?:talk|presentation|keynote|lecture|seminar|colloquium|webinar)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TalkType();
}
