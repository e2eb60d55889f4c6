using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// How much a text page is a list of publications, judged by the shape of its pieces (<see cref="EntryCandidates"/>)
/// and not by any site's layout, so that a listing no special reader knows still goes to this format rather than
/// being read as posts.
/// <para>
/// A piece is a publication entry when it prints a year (or a DOI) together with at least two other marks of a
/// citation: a list of two or more names (and, apart, that list on a line of its own under a title), a venue word ("Journal", "Proceedings", "Trans.", "arXiv"), a DOI or arXiv
/// id, a page range, a volume with its issue ("12(3)") or a quoted title. One mark is not enough: a seminar or news
/// item names a person and a year too, and may say "conference". A piece that prints a day-and-month date or a clock
/// time is an event or a post unless it carries three of those marks (a conference citation may print the
/// meeting's days).
/// </para>
/// <para>
/// The score grows with the share of entries among the page's substantial pieces (menus and headings are short and
/// are not counted), so it only beats the posts reader (at most 70) when most of the page is entries.
/// </para>
/// </summary>
internal static partial class EntryShape
{
    /// <summary>Below this share of entries the page is not judged a listing by its shape.</summary>
    public const double MinimumShare = 0.5;

    public static int Score(string text)
    {
        if (CitationListing.IsMarkup(text)) return 0;
        var (entries, substantial, dated) = Count(text);
        if (entries < 3 || substantial == 0) return 0;
        // A journal club or seminar page lists papers too, each under the date it was discussed ("May 3: Topic"):
        // pieces opened by a day or month are its posts, and the citations are their contents.
        if (dated >= 3 && dated * 4 >= entries) return 0;
        var share = (double)entries / substantial;
        if (share < MinimumShare) return 0;
        // 0.5 → 55, 0.6 → 62, 0.75 → 72, 1.0 → 90.
        return (int)Math.Round(20 + 70 * share);
    }

    /// <summary>
    /// The entries, the substantial pieces (40 characters or more) and the pieces opened by a date finer than a
    /// year ("September 19: …", "[Mar 5] …") of a page.
    /// </summary>
    public static (int Entries, int Substantial, int Dated) Count(string text)
    {
        var read = EntryCandidates.Read(text);
        // The prose a research page opens with before its "Publications" heading is not part of the listing.
        var pieces = read.Skip(ListingSections.IntroductionEnd(read)).ToList();
        // Talks, awards and teaching under their own headings after the papers are parts of a listing page, not posts.
        var substantial = ListingSections.Assign(pieces).Where(p => p.Kind == RecordKind.Publication && p.Piece.Text.Length >= 40).Select(p => p.Piece).ToList();
        var dated = pieces.Count(c => DateLeads.TryRead(c.Text, out var lead, year: 2000) && lead.Date.Month is not null);
        return (substantial.Count(IsEntry), substantial.Count, dated);
    }

    public static bool IsEntry(EntryCandidate candidate)
    {
        var piece = candidate.Text;
        if (piece.Length > 2500) return false;
        if (IsSoleAuthorCard(candidate)) return true;
        var doi = ScholarlyIds.FindDoi(piece) is not null || ScholarlyIds.FindArxiv(piece) is not null;
        // "PNAS · 2026Lead author": a year glued to the badge after it is a year all the same.
        if (LooseDates.FindYear(GluedYear().Replace(piece, "$1 ")) is null && !doi) return false;
        // The names open the citation, or a line of their own under the title.
        // On the owner's own page the co-authors may be all it names: "(with Ana Díaz and Bo Chen)", "joint with Ana Díaz".
        var names = candidate.Lines.Max(l => NameCount(l)) >= 2 || NameCount(WithoutLeadingYear(piece, out _)) >= 2
            || CoauthorsMark().Matches(piece).Any(m => NameCount(piece[(m.Index + m.Length)..]) >= 1);
        // Names on a line of their own under a title line: the layout of a paper card.
        var card = candidate.Lines.Count >= 2 && candidate.Lines.Skip(1).Any(l => NameCount(l) >= 2 && MarkdownProfile.AuthorText.IsNamesOnly(l.TrimEnd('.')));
        // "A. Ruiz, B. Chen (2014) Title, …": names and the year in brackets straight after them open an author-year
        // citation — two marks, for such a citation of a meeting prints the meeting's days as well.
        var authorYear = names && AuthorYearOpening(piece) ? 2 : 0;
        // "“Title,” in Journal, May 6, 2020.", "“Title,” remarks at the Institute, …": a quoted title, then where the piece
        // appeared or was given — the citation of an article or a talk, which prints its full date, so two marks.
        var placed = PlacedQuotedTitle().IsMatch(piece) ? 2 : 0;
        var marks = authorYear + placed + (names ? 1 : 0) + (card ? 1 : 0) + (HasVenue(piece) ? 1 : 0) + (doi ? 1 : 0) + (PageRange().IsMatch(piece) ? 1 : 0)
            + (VolumeIssue().IsMatch(piece) ? 1 : 0) + (QuotedTitle().IsMatch(piece) ? 1 : 0);
        // A conference citation may print the meeting's days ("June 5, 2020"); a post or an event prints little else.
        return marks >= (EventDate().IsMatch(piece) || ClockTime().IsMatch(piece) ? 3 : 2);
    }

    /// <summary>Names, then the year in brackets: "A. Ruiz, B. Chen (2014)", "Ruiz, A. &amp; Chen, B. (2019a)."</summary>
    private static bool AuthorYearOpening(string piece)
    {
        var m = BracketedYear().Match(piece);
        return m.Success && m.Index > 0 && m.Index <= 300 && MarkdownProfile.AuthorText.IsNamesOnly(piece[..m.Index].Trim().TrimEnd(',', '.'));
    }

    [GeneratedRegex(@"\((?:19|20)\d{2}[a-z]?\)")]
    private static partial Regex BracketedYear();

    /// <summary>"(with ", "joint with ", "joint work with ": what opens a list of the owner's co-authors.</summary>
    [GeneratedRegex(@"(?:\(\s*|\b(?i:joint)\s+(?:(?i:work)\s+)?)(?i:with)\s+(?=\p{Lu})")]
    private static partial Regex CoauthorsMark();

    /// <summary>
    /// A title, one author's name alone on the next line, and a venue line with its year and volume ("Marine Geology
    /// 458, 107033 (2023)"): a paper card with a sole author.
    /// </summary>
    private static bool IsSoleAuthorCard(EntryCandidate candidate) =>
        candidate.Lines.Count == 3 && NameCount(candidate.Lines[1]) == 1 && MarkdownProfile.AuthorText.IsNamesOnly(candidate.Lines[1].TrimEnd('.'))
        && LooseDates.FindYear(candidate.Lines[2]) is not null && (HasVenue(candidate.Lines[2]) || VolumeAndPages().IsMatch(candidate.Lines[2]));

    /// <summary>"458, 107033", "12: 45", "7(2)": a volume with its pages, article number or issue.</summary>
    [GeneratedRegex(@"\b\d{1,4}\s*(?:[,:]\s*\p{L}?\d{1,8}\b|\(\d{1,4}\))")]
    private static partial Regex VolumeAndPages();

    /// <summary>
    /// The text without the year that opens it ("2023  Ruiz, A. …" in a table's year column, "2021 — Ruiz, A. …"),
    /// and that year; the text itself when it opens otherwise.
    /// </summary>
    public static string WithoutLeadingYear(string text, out int? year)
    {
        var m = LeadingYear().Match(text);
        year = m.Success ? LooseDates.FindYear(m.Value) : null;
        return m.Success ? text[m.Length..] : text;
    }

    /// <summary>How many names open the text, read as a citation's author list.</summary>
    public static int NameCount(string text)
    {
        var names = MarkdownProfile.AuthorText.Consume(text).Names;
        return names.Count(n => n.Any(char.IsLetter));
    }

    public static bool HasVenue(string text) => MarkdownProfile.VenueText.HasVenueWord(text) || VenueAbbreviation().IsMatch(text);

    /// <summary>Abbreviated venue words of citation styles: "Phys. Rev. Lett.", "IEEE Trans.", "Proc. Natl.", "J. Appl.".</summary>
    [GeneratedRegex(@"\b(?:Trans|Proc|Lett|Rev|Phys|Chem|Biol|Sci|Res|Conf|Int|Natl|Acad|Appl|Ann|Bull|J)\.(?=\s|,|$)")]
    private static partial Regex VenueAbbreviation();

    [GeneratedRegex(@"^\(?(?:19|20)\d{2}\)?\s*(?:[·:–—|]\s*)?(?=\p{Lu})")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"\b((?:19|20)\d{2})(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedYear();

    /// <summary>"pp. 12", "1801–1817", "e2020GL08–9": pages, but not a span of years ("1992–2018").</summary>
    [GeneratedRegex(@"\bpp?\.\s*\d|(?<![\d.])(?!(?:19|20)\d{2}\s*[–\-]\s*(?:19|20)?\d{2}\b)\d{1,6}\s*[–\-]\s*\d{1,6}(?!\d|\.\d)")]
    private static partial Regex PageRange();

    /// <summary>A volume and its issue or pages: "12(3)", "45 (16)", "7(1-2)", "Atmosphere, 11, 433", "47, e2020GL089035".</summary>
    [GeneratedRegex(@"\b\d{1,4}\s?\(\d{1,4}(?:[–\-]\d{1,4})?\)|,\s*\d{1,4},\s*\p{L}{0,2}\d[\w]*(?=[,.]?(?:\s|$))")]
    private static partial Regex VolumeIssue();

    [GeneratedRegex(@"[“""][^”""]{12,300}[”""]")]
    private static partial Regex QuotedTitle();

    /// <summary>
    /// A piece that opens with its quoted title and goes on with where it appeared: "“Title,” in The Daily, …",
    /// "“Title,” interview in …", "“Title,” remarks at the Academy …" (a word or two may say what it was). A news
    /// item that opens with a quote says who said it where ("“…,” she said at the Forum"): a speech verb is no placement.
    /// </summary>
    [GeneratedRegex(@"^[“""][^”""]{3,300}[”""],?\s+(?:(?!(?:said|says|told|tells|wrote|writes|added|adds|noted|notes|explained|explains)\b)\p{Ll}+\s+){0,2}(?:in|at)\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex PlacedQuotedTitle();

    /// <summary>A day with its month ("March 3", "3 Mar", "12/03/2024"): when an event or a post happened.</summary>
    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[(:–\-]\s*\d)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\b")]
    private static partial Regex EventDate();

    [GeneratedRegex(@"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?=\W|$)|\b\d{1,2}:\d{2}\b(?!\s*[–\-]?\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();
}
