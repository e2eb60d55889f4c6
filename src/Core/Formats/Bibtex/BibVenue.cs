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
    /// BibLaTeX's eventtitle names the conference a paper was given at: with no proceedings title it is the venue
    /// ("ACMC '09: Proceedings of the …" as Zotero exports a conference paper's proceedings).
    /// </remarks>
    public static string? Of(BibEntry e) =>
        Venue(e, "journal") ?? Venue(e, "journaltitle") ?? Venue(e, "booktitle") ?? Venue(e, "eventtitle") ?? ByType(e) ?? ArxivArticle(e);

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
        // An @unpublished work has no publisher of its own: its required note is what styles print for it, so a
        // note naming where it was given comes before a publisher that only hosts its recording ("Esri").
        "unpublished" => Words(e, "howpublished") ?? OtherArchive(e) ?? VenueLikeNote(e) ?? Text(e, "publisher") ?? Text(e, "organization"),
        _ => Words(e, "howpublished") ?? OtherArchive(e) ?? Text(e, "publisher") ?? Text(e, "organization") ?? VenueLikeNote(e),
    };

    /// <summary>The preprint server other than arXiv an eprint is on ("bioRxiv"), as archivePrefix or eprinttype names it.</summary>
    private static string? OtherArchive(BibEntry e) =>
        e.Raw("eprint") is not null && (Text(e, "archiveprefix") ?? Text(e, "eprinttype")) is { } archive
        && !archive.Contains("arxiv", StringComparison.OrdinalIgnoreCase) ? archive : null;

    /// <summary>
    /// A note is usually a remark ("equal contribution", "Under review"); on an entry with no other venue field it is
    /// the venue when it does howpublished's job: it names a venue, says where the work was presented or accepted
    /// ("Presented at X 2024, City; Y 2024, City": X, the first of them), or names the paper series the work is out
    /// in ("Working Paper", "NBER Discussion Paper No. 12"). On a talk, an entry that gives the place it was given
    /// (address) but no venue field, the note names the event ("World Bank Watershed Days") unless it only says what
    /// kind of talk it was ("Invited talk"), is a status, or names a thesis.
    /// </summary>
    private static string? VenueLikeNote(BibEntry e)
    {
        var note = Words(e, "note");
        if (note is null) return null;
        if (PresentedAt().Match(note) is { Success: true } presented) return WithoutYearAndPlace(presented.Groups["v"].Value.Trim());
        if (VenueWords().IsMatch(note) || PaperSeries().IsMatch(note)) return note;
        // A supervised thesis filed as @unpublished names its degree in the note ("Trabalho de Conclusão de Curso"), not an event.
        return e.Raw("address") is not null && NamesEvent(note) && !BibThesisNotes.NamesThesis(e) ? note : null;
    }

    private static bool NamesEvent(string note) =>
        EventNameStart().IsMatch(note) && !TalkKindOnly().IsMatch(note) && !PublicationStatus.IsStatusOnly(note)
        && !PublicationStatus.IsAfterYearStatus(note);

    /// <summary>"American Society of X (ASX) 2025, Vancouver, Canada": the meeting, without its year and where it met.</summary>
    private static string WithoutYearAndPlace(string venue) =>
        YearAndPlace().Match(venue) is { Success: true, Index: > 0 } tail ? venue[..tail.Index].TrimEnd(' ', ',') : venue.TrimEnd(' ', ',', '.');

    private static string? Words(BibEntry e, string field) =>
        BibLinks.IsUrl(e.Raw(field)) ? null : Text(e, field);

    private static string? Text(BibEntry e, string field) =>
        e.Raw(field) is { } raw && LatexText.ToUnicode(raw) is { Length: > 0 } text ? text : null;


    [GeneratedRegex(@"\b(arxiv|biorxiv|medrxiv|psyarxiv|ssrn|preprint|workshop|conference|proceedings|symposium|journal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueWords();

    // "Presented at", "Scheduled to be presented at", "Accepted by", "To appear in": what follows (up to a second venue
    // after ";") is where the work went.
    [GeneratedRegex(@"^\W*(?:(?:paper|talk|poster)\s+)?(?:(?:scheduled|invited|selected)\s+)?(?:to\s+be\s+|for\s+)?(?:presented|presentation|accepted|to\s+appear|forthcoming)\s+(?:at|by|in|to|for)\s+(?:the\s+)?(?<v>[^;]*\p{L}[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex PresentedAt();

    // A year closing the venue's name, then the city and country it met in, if any.
    [GeneratedRegex(@"\s(?:19|20)\d{2}\s*(?:,[^,]*){0,3}$")]
    private static partial Regex YearAndPlace();

    // An event's name opens with a capital or its year ("2014 Geodesign Summit"); a remark is a sentence in lower case.
    [GeneratedRegex(@"^(?:\p{Lu}|(?:19|20)\d{2}\s+\p{Lu})")]
    private static partial Regex EventNameStart();

    // "Invited talk", "Poster presentation", "Keynote", "Equal contribution": what kind of talk or credit, not where.
    [GeneratedRegex(@"^\W*(?:(?:invited|keynote|plenary|contributed|oral|poster|talk|presentation|seminar|lecture|abstract|speaker|paper|equal|contribution|first|authors?|and)\W*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex TalkKindOnly();

    [GeneratedRegex(@"\b(?:working|discussion)\s+papers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaperSeries();
}
