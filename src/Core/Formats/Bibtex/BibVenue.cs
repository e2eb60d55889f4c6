using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// The venue a reader of the entry would see printed: the journal or proceedings; for works that have
/// neither (preprints, posters, reports, theses, books) the field that names where it appeared.
/// </summary>
internal static partial class BibVenue
{
    /// <remarks>
    /// An arXiv eprint (archivePrefix, eprinttype) is an identifier, kept as such, not a venue: an arXiv-only entry
    /// has no venue unless a field prints one ("howpublished = {arXiv preprint}"). Other preprint servers' ids have
    /// no identifier field, so their server ("bioRxiv") stays the venue.
    /// An @article, though, is by its type something published in a serial: one with no journal field whose only venue is an arXiv eprint
    /// (as INSPIRE exports preprints) appeared on arXiv, and bibliography styles print it so.
    /// </remarks>
    public static string? Of(BibEntry e) =>
        Venue(e, "journal") ?? Venue(e, "journaltitle") ?? Venue(e, "booktitle") ?? ByType(e) ?? ArxivArticle(e);

    private static string? ArxivArticle(BibEntry e) =>
        e.Type == "article" && e.Raw("journal") is null && e.Raw("journaltitle") is null && e.Raw("eprint") is not null
        && (Text(e, "archiveprefix") ?? Text(e, "eprinttype")) is { } archive
        && archive.Contains("arxiv", StringComparison.OrdinalIgnoreCase) ? "arXiv" : null;

    /// <summary>A field's text unless it is only a status ("Under review", "Submitted"): that says where the work is not yet.</summary>
    /// <remarks>A journal given only as an AAS macro ("\apj", as ADS exports write it) reads as the journal it names.</remarks>
    private static string? Venue(BibEntry e, string field) =>
        AasJournals.Expand(e.Raw(field))
        ?? (Text(e, field) is { } text && !PublicationStatus.IsStatusOnly(text) ? text : null);

    private static string? ByType(BibEntry e) => e.Type switch
    {
        "phdthesis" or "mastersthesis" or "thesis" or "bachelorsthesis" => Text(e, "school") ?? Text(e, "institution"),
        "techreport" or "report" => Text(e, "institution") ?? Text(e, "publisher"),
        "book" or "inbook" or "proceedings" => Text(e, "publisher") ?? Text(e, "series"),
        "manual" => Text(e, "organization") ?? Text(e, "publisher"),
        _ => Words(e, "howpublished") ?? OtherArchive(e) ?? Text(e, "publisher") ?? Text(e, "organization") ?? VenueLikeNote(e),
    };

    /// <summary>The preprint server other than arXiv an eprint is on ("bioRxiv"), as archivePrefix or eprinttype names it.</summary>
    private static string? OtherArchive(BibEntry e) =>
        e.Raw("eprint") is not null && (Text(e, "archiveprefix") ?? Text(e, "eprinttype")) is { } archive
        && !archive.Contains("arxiv", StringComparison.OrdinalIgnoreCase) ? archive : null;

    /// <summary>A note is usually a remark ("equal contribution", "to be presented"); it is a venue only when it names one.</summary>
    private static string? VenueLikeNote(BibEntry e)
    {
        var note = Words(e, "note");
        return note is not null && VenueWords().IsMatch(note) ? note : null;
    }

    private static string? Words(BibEntry e, string field) =>
        BibLinks.IsUrl(e.Raw(field)) ? null : Text(e, field);

    private static string? Text(BibEntry e, string field) =>
        e.Raw(field) is { } raw && LatexText.ToUnicode(raw) is { Length: > 0 } text ? text : null;


    [GeneratedRegex(@"\b(arxiv|biorxiv|medrxiv|psyarxiv|ssrn|preprint|workshop|conference|proceedings|symposium|journal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueWords();
}
