using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>The venue as printed, without the year, pages, volume and the "In" of "In Proceedings of".</summary>
internal static partial class VenueText
{
    [GeneratedRegex(@"^\[(?<v>[^\[\],]*\p{L}[^\[\],]*)(?:,\s*)+\]")]
    private static partial Regex LinkGroupLeft();

    /// <param name="italicWhole">The venue was printed as one italic span: a colon in it opens the journal's subtitle
    /// ("*Psychiatry Research: Neuroimaging*"), not a publisher after its city.</param>
    public static string? Clean(string? line, bool italicWhole = false)
    {
        if (string.IsNullOrWhiteSpace(line)) return null;
        line = line.Trim();
        // "[[JFM](…), [arXiv](…)], 2024" with its label links gone: "[JFM, ]"; the brackets held the venue's link among
        // the labels, so the venue is what is left inside them.
        if (LinkGroupLeft().Match(line) is { Success: true } group) line = group.Groups["v"].Value + line[group.Length..];
        // "Physical Review A 109 (2024) [Editors' Suggestion] [In the News]": bracketed notes after the name are about the paper.
        if (TrailingNotes().Match(line) is { Success: true, Index: > 0 } bracketed) line = line[..bracketed.Index].Trim();
        if (MonthSlashYear().Match(line) is { Success: true, Index: > 0 } slashDate) line = line[..slashDate.Index].Trim();
        // "Proc Natl Acad Sci U S A. 2016 Nov 1;113(44):E6796-805" (PubMed style): the date and volume follow the name.
        if (PubMedCitation().Match(line) is { Success: true, Index: > 0 } pubmed) line = line[..pubmed.Index].Trim();
        // "Physics Letters B doi: 10.1016/…": the identifier printed after the name is not part of it.
        if (TrailingDoi().Match(line) is { Success: true, Index: > 0 } doi) line = line[..doi.Index].Trim();
        // "Reject & Resubmit at Review of X": the journal turned the paper down, so it names no venue of it.
        if (RejectResubmit().IsMatch(line)) return null;
        // "Available from the arXiv at … as well as on ScienceOpen", "Available from: <address> and <address>": where a
        // copy can be had, not where the work appeared.
        if (AvailableFrom().IsMatch(line)) return null;
        // "DOI: 10.1007/s1-2. *Journal* 19 (2019)": the identifier printed as a sentence of its own before the venue (its
        // address may be gone, a link that printed only the address) goes; the venue follows it.
        line = DoiSentence().Replace(line, "");
        // "DOI: 10.2139/ssrn.123" alone where the venue goes (a working paper): an identifier names no venue.
        if (LeadingDoi().IsMatch(line)) return null;
        // "(2024). European Aerosol Congress": the year printed before the venue is the date, not its name.
        line = LeadingYearParen().Replace(line, "");
        // "Evanston, IL: Northwestern University" (APA's place before a publisher): the publisher is the venue.
        line = PlaceBeforePublisher().Replace(line, "");
        // "Cham: Springer", "Berlin: J.B. Metzler" (a book's city, then its publisher): the publisher is the venue.
        if (!italicWhole && CityBeforePublisher().Match(line) is { Success: true } city && !HasVenueWord(city.Value)) line = line[city.Length..];
        // "*Estuaries*, in press", "Colloid Letters (2024) in-press": the paper's status after the journal's name is not part of it.
        if (TrailingStatus().Match(line) is { Success: true, Index: > 0 } status) line = line[..status.Index].Trim();
        // "arXiv preprint arXiv:2009.01234", "arXiv:2409.18836 [stat.ML]": the identifier is not the venue's name.
        // "submitted, arXiv:1010.1713": a status before the identifier says the preprint is all there is, so arXiv is the venue.
        if (ArxivId().Match(line) is { Success: true } arxivId)
            // "eprint arXiv:1603.00074": the word for a preprint before the identifier names no venue of its own.
            line = arxivId.Index == 0 || PublicationStatus.IsStatusOnly(line[..arxivId.Index]) || PreprintWord().IsMatch(line[..arxivId.Index]) ? "arXiv" : line[..arxivId.Index].Trim();
        if (line.StartsWith('(') && line.EndsWith(')') && line.IndexOf(')') == line.Length - 1) line = line[1..^1];
        // "Neural Networks 42 (2013): 83–93", "Preproceedings (2011), edited by …": what follows the year is pages and editors.
        if (YearThenPagesOrEditors().Match(line) is { Success: true, Index: > 0 } tailing) line = line[..tailing.Index].Trim();
        // "In R. Viale (Ed.), Handbook of X (pp. 256–270)": the editors and pages are not the book's name.
        line = Pages().Replace(EditorsFirst().Replace(line, ""), "").Trim();
        // "*Book Title* eds. Ana Roe and Bo Lind (City: Publisher, 2019)": the editors and imprint after the book's name.
        if (EditorsAfter().Match(line) is { Success: true, Index: > 0 } editors) line = line[..editors.Index].Trim();
        // "special issue, *Journal* 7 (1)": the label says what the item is; the journal is the venue.
        line = SpecialIssue().Replace(line, "");
        // "in: Ana Roe, Bo Lind, and Cy Moss: *Book*": the authors of the whole book before its title.
        if (AuthorsBeforeBook().Match(line) is { Success: true } book && AuthorText.IsNamesOnly(book.Groups["names"].Value)) line = line[book.Length..];
        // "Bioinformatics. 2025 (Accepted)", "NeurIPS. 2024 (Spotlight)": the notes after the year are about the paper.
        if (YearThenNotes().Match(line) is { Success: true, Index: > 0 } notes) line = line[..notes.Index].Trim();
        // "*Evolution* 72: 1759 - 1772", "Genome Biol Evol 13: evab241", "Ecology. 95(4): 845--855": volume, colon, pages.
        if (VolumeColonPages().Match(line) is { Success: true, Index: > 0 } volumePages) line = line[..volumePages.Index].Trim();
        // "Evolutionary Ecology*": an emphasis mark left open is no part of the name.
        line = line.TrimEnd('*', '_').Trim();
        var parts = CommaSpace().Split(line).Select(p => p.Trim()).ToList();
        var keep = new List<string>();
        foreach (var part in parts)
        {
            // "2023, *ICML 2023 ML4astro*": the year printed before the venue dates the paper; the venue's own year stays.
            if (keep.Count == 0 && LooseDates.IsYearOnly(part)) continue;
            // "*Coastal Letters*, in review, 2021", "Ocean Records, in press": where the paper stands, after the venue's name.
            if (keep.Count > 0 && (PublicationStatus.IsStatusOnly(part) || PublicationStatus.IsAfterYearStatus(part))) break;
            // "A&A 671, A88", "Phys. Rev. D 104, L021301": an article number after the volume.
            // "Ethical Inquiries 14 (2), 201–219": a page range after the volume and issue, as an article number would be.
            // "JGR 128, e2023JG007310 (2023)": the article number is the same with the year after it.
            var numbers = TrailingYear().Replace(part, "").Trim();
            // "The Routledge Handbook of Pronouns, 148-164" (Google Scholar): a page range is pages with no volume before it too.
            var article = keep.Count > 0 && ((ArticleNumber().IsMatch(numbers) || PageRange().IsMatch(numbers)) && TrailingVolume().IsMatch(keep[^1]) || PageRange().IsMatch(numbers));
            // "bioRxiv, 2020.08.13.249144": the server's dated preprint number, not part of its name.
            if (keep.Count > 0 && (LooseDates.FindYear(part) is not null || Volume().IsMatch(part) || VolumeNumbers().IsMatch(part) || article || IssueLabel().IsMatch(part) || DatedPreprintNumber().IsMatch(part)))
            {
                // "Artificial Intelligence Review 50, 3 (2018)": the volume printed before the issue is not the name.
                // "Oecologia 7, p. e0912": so is the volume printed before the pages.
                // "Trends in Ecology 36, no. 8 (2018)" (Chicago): so is the volume printed before "no." and the issue.
                if (VolumeNumbers().IsMatch(part) || article || PageLabel().IsMatch(part) || IssueLabel().IsMatch(part)) keep[^1] = TrailingVolume().Replace(keep[^1], "");
                break;
            }
            keep.Add(part);
        }
        var s = TrailingIssue().Replace(string.Join(", ", keep), "");
        // "Science 386 2024", "Scripta Materialia 233 2023": volume and year printed without punctuation after the name.
        s = BareVolumeYear().Replace(s, "");
        s = LeadingIn().Replace(s, "");
        string before;
        do
        {
            before = s;
            s = TrailingYear().Replace(s, "").Trim().TrimEnd('.', ',', ';', ':', '-', '–').Trim();
            // "Nature Physics 18.1356–61 (2022)": volume and pages show once the year is gone.
            s = TrailingIssue().Replace(s, "");
            // "Astronomy & Astrophysics, November" (Chicago author-date): the month of issue is not the name.
            s = TrailingMonth().Replace(s, "").Trim();
            // "*TBA* - TBD": placeholders for a venue or year not yet known name nothing.
            s = Placeholder().Replace(s, "").Trim();
        } while (s != before);
        // "*Proceedings of X 2022* (Lisbon and online, 2022)": the imprint's bracket, opened after the name and cut at the
        // year's comma, is left open; the place in it is no part of the name.
        if (UnclosedBracket().Match(s) is { Success: true, Index: > 0 } open) s = s[..open.Index].Trim();
        // "(submitted)", "under review": where the paper stands, not where it appears.
        return s.Length == 0 || PublicationStatus.IsStatusOnly(s) ? null : s;
    }

    [GeneratedRegex(@"\s+\([^()]*$")]
    private static partial Regex UnclosedBracket();

    [GeneratedRegex(@"(?<=\p{L})\s+(?!(?:19|20)\d{2}\b)\d{1,4}\s+(?:19|20)\d{2}$")]
    private static partial Regex BareVolumeYear();

    [GeneratedRegex(@"(?:\s*\[[^\[\]\d]{2,40}\])+$")]
    private static partial Regex TrailingNotes();

    [GeneratedRegex(@"(?:^|[\s,;:–—-]+)\(?(?:TBA|TBD|TBC)\)?\.?$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\s.]+\d{1,4}(?:\s?\(\d{1,4}\))?\s?:\s?\p{L}{0,6}\d[\w.]*(?:\s?(?:-{1,2}|–|—)\s?\p{L}{0,6}\d+)?\.?\s*$")]
    private static partial Regex VolumeColonPages();

    /// <summary>"POPL'23", "S&amp;P ’22": a venue's acronym with the two last figures of its year.</summary>
    public static int? ShortYear(string? line)
    {
        if (line is null || VenueShortYear().Match(line) is not { Success: true } m) return null;
        var yy = int.Parse(m.Groups["yy"].Value);
        return yy < 70 ? 2000 + yy : 1900 + yy;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])\p{Lu}[\p{Lu}&]{1,10}\s?['’]\s?(?<yy>\d{2})(?!\d|['’\p{L}])")]
    private static partial Regex VenueShortYear();

    /// <summary>"bioRxiv, 05/2023": a month and year in figures closing the line, the date the work appeared.</summary>
    public static PartialDate? TrailingMonthYear(string? line) =>
        line is not null && MonthSlashYear().Match(line) is { Success: true } m
            ? PartialDate.OfMonth(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value))
            : null;

    // Only after a comma or alone: "Report 12/2019" numbers a report, it dates nothing.
    [GeneratedRegex(@"(?:^|,\s*)(?<m>0[1-9]|1[0-2])/(?<y>(?:19|20)\d{2})\.?\s*$")]
    private static partial Regex MonthSlashYear();


    /// <summary>"PhD Thesis, Northfield University", "Master's dissertation": the entry is the owner's thesis.</summary>
    // "University of Bamberg dissertation" (the Unified Style Sheet for Linguistics): the degree word closes the venue.
    // "**Title** (EngD Thesis)": the label may stand in brackets after the title.
    public static bool IsThesis(string? line) => line is not null && (ThesisVenue().IsMatch(Unbracketed(line)) || ThesisVenueTail().IsMatch(Unbracketed(line)));

    private static string Unbracketed(string line) =>
        line.Trim() is ['(', .. var inner, ')'] && !inner.Contains('(') && !inner.Contains(')') ? inner.Trim() : line.Trim();

    /// <summary>
    /// "Ms., Some University. Master’s project." — the sentence after the venue notes the degree the work was written
    /// for: the final work of a degree ("Master’s project", "Senior thesis", "MA thesis") is a thesis, wherever it was kept.
    /// </summary>
    public static bool IsDegreeNote(string sentence) =>
        IsThesis(sentence.TrimEnd('.', ' ')) || DegreeWorkNote().IsMatch(sentence.Trim());

    /// <summary>"Keynote at Somewhere 2024", "Invited talk, …": the entry was given as a talk, not published.</summary>
    // A venue line may still open with what closed the title (", ", "” ") before "contributed talk at …".
    public static bool IsTalk(string? line) => line is not null && TalkVenue().IsMatch(line.TrimStart(' ', ',', '.', ';', ':', '"', '”', '\'', '’', '–', '—', '-'));

    /// <summary>A part of a citation that prints a year or a word only venues have ("Symposium", "Journal").</summary>
    public static bool NamesVenueOrYear(string part) => LooseDates.FindYear(part) is not null || VenueWord().IsMatch(part);

    /// <summary>A comma part that prints where in a venue, not which: a year, "vol. 9", "pp. 1-9", "no. 3".</summary>
    public static bool IsVolumeOrYear(string part) => LeadingYear().IsMatch(part.Trim()) || Volume().IsMatch(part.Trim());

    [GeneratedRegex(@"^\(?(?:19|20)\d{2}\b")]
    private static partial Regex LeadingYear();

    /// <summary>A part of a citation holding a word only venues have ("Symposium", "Journal").</summary>
    public static bool HasVenueWord(string part) => VenueWord().IsMatch(part);

    /// <summary>A line of institutions only, with no year and nothing that names a venue.</summary>
    public static bool IsAffiliations(string line) =>
        LooseDates.FindYear(line) is null && !VenueWord().IsMatch(line)
        && line.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts
        && parts.All(p => Institution().IsMatch(p));

    [GeneratedRegex(@"\b(?:Universit(?:y|é|ät|à|ad|at)|Institute|Institut|College|School|Laborator(?:y|ies)|Labs?|Inc|Ltd|GmbH|Centre|Center|Hospital|Academy|Google|Microsoft|DeepMind|Meta|Amazon|IBM|NVIDIA|Apple)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Institution();

    [GeneratedRegex(@"\b(?:Conference|Workshop|Journal|Proceedings|Symposium|Transactions|Letters|Review|arXiv|Preprint|Meeting|Congress|Press|Findings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueWord();

    [GeneratedRegex(@"^(?:(?:invited|contributed|plenary|keynote)\s+)?(?:keynote|talk|lecture|presentation|seminar|colloquium)\b(?!\s+(?:paper|track|abstract|notes|series))", RegexOptions.IgnoreCase)]
    private static partial Regex TalkVenue();

    // "Unpublished Master's Thesis" (APA's label for a thesis not in a database): the same degree named.
    // "EngD Thesis", "DPhil Thesis", "MRes Thesis": the engineering and Oxford doctorates and the research master's too.
    [GeneratedRegex(@"^(?:(?:my|our|the)\s+)?(?:unpublished\s+)?(?:(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?|Eng\.?\s?D\.?|Doctoral|Master['’]?s?|M\.?\s?Sc\.?|MPhil|MRes|Bachelor['’]?s?|B\.?\s?Sc\.?|Diploma|Habilitation)\s+)(?:Thesis|Dissertation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThesisVenue();

    // The degrees whose final work may be called a project; a doctorate's "PhD project" is often the research, not a thesis.
    [GeneratedRegex(@"^(?:(?:Master|Bachelor)['’]?s?|MA|MSc|M\.A\.|M\.Sc\.|BA|BSc|B\.A\.|B\.Sc\.|Honou?rs|Senior|Capstone)\s+(?:thesis|dissertation|project)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeWorkNote();

    [GeneratedRegex(@"^[^.]{0,120}?\b(?:Universit(?:y|é|ät|à|ad|at)|College|Institute|School)\b[^.]{0,80}\s(?:dissertation|(?:(?:PhD|Ph\.D\.|doctoral|master['’]?s?|MA|MSc|BA|BSc)\s+)?thesis)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThesisVenueTail();

    [GeneratedRegex(@",\s+")]
    private static partial Regex CommaSpace();

    [GeneratedRegex(@",?\s+(?:eds?\.|edited\s+by)\s+\p{Lu}")]
    private static partial Regex EditorsAfter();

    // "in: Ana Roe and Bo Lind (eds.): *Book*" (German style) as well as APA's "In R. Viale (Ed.), Handbook" and
    // "In R. Viale (Eds.). *Handbook*".
    // "In: A. Roe and B. Lind [eds.]. *Book*": the mark in square brackets, as some styles print it.
    [GeneratedRegex(@"^(?:[Ii]n:?\s+)?[^()\[\]]{2,400}?\s(?:\((?i:eds?|hrsg)\.?\)|\[(?i:eds?|hrsg)\.?\])[,:.]\s*(?=\S)")]
    private static partial Regex EditorsFirst();

    [GeneratedRegex(@"^[Ii]n:\s+(?<names>[^:()]{3,400}):\s+(?=\S)")]
    private static partial Regex AuthorsBeforeBook();

    [GeneratedRegex(@"^(?i:special|themed)\s+issue(?:\s+(?:of|in))?[,:]?\s+(?=\p{Lu})")]
    private static partial Regex SpecialIssue();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?:\s+(?=[^:,]{2,60}(?:,|$))")]
    private static partial Regex CityBeforePublisher();

    [GeneratedRegex(@"\s*\(pp?\.\s*[\d–-]+\)")]
    private static partial Regex Pages();

    [GeneratedRegex(@",\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)$")]
    private static partial Regex TrailingMonth();

    [GeneratedRegex(@"[.,]\s+(?:19|20)\d{2}(?:\s*\([^()\d]*\))+\s*$")]
    private static partial Regex YearThenNotes();

    [GeneratedRegex(@"^\W*(?:e-?print|preprint)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PreprintWord();

    [GeneratedRegex(@"(?<=^|\s)arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?(?:\s*\[[^\]]+\])?(?:\s*\((?:19|20)\d{2}\))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivId();

    [GeneratedRegex(@"^\((?:19|20)\d{2}[a-z]?\)[.,:]?\s+(?=\S)")]
    private static partial Regex LeadingYearParen();

    // "Annals of X (2020) (open access)": only a bracketed note after the year, about the paper, not the venue.
    [GeneratedRegex(@"(?:\s+\d{1,4})?\s*\((?:19|20)\d{2}\)\s*(?::\s*\d|,\s*edited\s+by\b|\([^()\d]{2,30}\)\s*$)")]
    private static partial Regex YearThenPagesOrEditors();

    [GeneratedRegex(@"[\s,;.]+doi\s*:?\s*10\.\d{4,}", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDoi();

    [GeneratedRegex(@"^(?:pp?\.|pages?\b)\s*\p{L}?\d", RegexOptions.IgnoreCase)]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"^\W*(?:also\s+|freely\s+)?available\s+(?:online\s+)?(?:from|at|on|via)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AvailableFrom();

    [GeneratedRegex(@"^\W*reject(?:ed)?\s*(?:and|&)\s*resubmit", RegexOptions.IgnoreCase)]
    private static partial Regex RejectResubmit();

    [GeneratedRegex(@"^doi\s*:?\s*10\.\d{4,}/", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDoi();

    [GeneratedRegex(@"^doi\s*:\s*(?:(?:https?://)?(?:dx\.)?(?:doi\.org/)?10\.\d{4,}/\S+?)?\s*\.\s+(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex DoiSentence();

    // "no. 8" (Chicago's issue): the full stop ends the word, so the word's end is no boundary; a figure must follow.
    [GeneratedRegex(@"^(?:(?:vol(?:ume)?\.?|issue|pp\.?|pages?|article|chapter)\b|no\.\s*\d|[pv]\.\s*\p{L}?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Volume();

    /// <summary>A comma part made of volume, issue and page numbers only: "142", "119(545):210–224", "3 (2018)", "(7)".</summary>
    /// <remarks>A meeting-abstract supplement numbers its pages with a letter after them ("118:529a-530a").</remarks>
    [GeneratedRegex(@"^(?:\d+(?:\s*\(\d+\))?|\(\d{1,4}\))(?:\s*:\s*(?:[\d–-]+|\d+[a-z](?:\s*[–-]\s*\d+[a-z])?))?(?:\s*\((?:19|20)\d{2}\))?\.?$")]
    private static partial Regex VolumeNumbers();

    /// <summary>bioRxiv's and medRxiv's preprint number, the posting date then a serial: "2020.08.13.249144", "2021.03.01.433301v2".</summary>
    [GeneratedRegex(@"^(?:19|20)\d{2}\.\d{2}\.\d{2}\.\d{5,6}(?:v\d+)?$")]
    private static partial Regex DatedPreprintNumber();

    /// <summary>"Journal of Open Source Software 6(61)": volume and issue printed after the name.</summary>
    // "Journal 12(3): 45-67", "Journal 168: 44-50", "eLife 8: e47994".
    // "Journal 12(3)", "Journal 12: 45-67", and biblatex's "Journal 12.3" (volume.issue; an issue is never 0, so "Web 2.0" stays whole).
    [GeneratedRegex(@"(?<=\p{L})\s+\d{1,4}(?:\s*\(\d{1,4}\)(?:\s*:\s*\p{L}?[\d–-]+)?|\s*:\s*\p{L}?\d+(?:[–-]\d+)?|\.[1-9]\d{0,3}|\.\d{3,8}(?:[–-]\d{1,8})?)$")]
    private static partial Regex TrailingIssue();

    // "Limnol. Oceanogr. 66": after an abbreviated word too.
    /// <summary>"no. 8 (2015)", or "no." alone once the year and pages after it are cut: Chicago's issue, after the volume.</summary>
    [GeneratedRegex(@"^no\.(?:\s*\d{1,4}\b|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex IssueLabel();

    // "J. Phys. A.41, 145302": the volume may be glued to the abbreviation's full stop, as a hand-typed list prints it.
    [GeneratedRegex(@"(?<=\p{L}\.?)\s+\d{1,4}(?:\s*\(\d{1,4}\))?$|(?<=\b\p{Lu}\.)\d{1,4}(?:\s*\(\d{1,4}\))?$")]
    private static partial Regex TrailingVolume();

    [GeneratedRegex(@"^\d{1,5}\s*[–-]\s*\d{1,5}\.?$")]
    private static partial Regex PageRange();

    // "L021301", "e47994", Science's "eadt1691" (a letter prefix of up to four) and AGU's "e2023JG007310" (a letter code inside).
    [GeneratedRegex(@"^(?:\p{Lu}|e\p{Ll}{0,3})?\d{2,8}(?:\p{Lu}{1,3}\d{2,8})?$")]
    private static partial Regex ArticleNumber();

    // "Written for: *Journal*" (a manuscript in preparation): the journal it is meant for is the venue.
    // "In the Proceedings of X" names the proceedings, as after a bare "In"; "in the proceedings of the X Conference" in
    // running prose only says where the paper was printed: the meeting is the venue.
    // "interview in El Diario", "remarks at the Institute": a word or two in lower case saying what the piece was.
    // "Accepted to the Annual Meeting": where the paper was accepted is its venue, as after "accepted in".
    [GeneratedRegex(@"^(?:(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?:in|at)\s+(?:the\s+)?(?=\p{Lu})|@\s*|(?i:(?:written|prepared|intended)\s+for)\s*:?\s+|(?i:(?:in|under)\s+review|submitted|accepted|in\s+press)\s+[–—-]\s+|(?i:(?:published|presented|accepted(?:\s+for\s+publication)?|appeared|appearing|forthcoming)\s+(?:in|at|by)|accepted\s+to|to\s+appear\s+(?:in|at)|(?:re)?submitted\s+to|(?:under|in)\s+review\s+(?:at|in|for|with))\s+(?:the\s+(?=\p{Lu}))?|[Ii]n\s+(?=\p{Lu}|(?:19|20)\d{2}\s+\p{Lu})|[Ii]n\s+the\s+(?=Proceedings\s+of\b)|[Ii]n\s+the\s+proceedings\s+of\s+(?:the\s+)?(?=\S)|[Ii]n:\s*(?=\S)|at\s+(?=\p{Lu}))")]
    private static partial Regex LeadingIn();

    // A year in parentheses goes with them; "(at Interspeech 2021)" keeps its year, or the parenthesis would be left open.
    // A month opens a word of its own: "ISMAR 2017" is a venue's name and its year, not "IS" in March.
    [GeneratedRegex(@"\s*(?:\(\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\s*\)|(?<!\([^()]*)(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d{2})\.?$|\s*\((?:to appear|in press|forthcoming)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"\.\s+(?:19|20)\d{2}(?:\s+\p{Lu}\p{Ll}{2}(?:\s+\d{1,2})?)?\s*[;:]")]
    private static partial Regex PubMedCitation();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},\s*\p{Lu}{2}:\s+(?=\p{Lu})")]
    private static partial System.Text.RegularExpressions.Regex PlaceBeforePublisher();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:,\s*|(?<=\))\s+)(?:in[- ]press|forthcoming|to appear|accepted(?:\s+with\s+(?:minor\s+|major\s+)?revisions?)?|(?:in|under)\s+(?:review|revision))\.?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TrailingStatus();
}
