using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Entries written as a citation, authors first: <c>**Gao, R.**, Yuan, X. "Title." Venue, 2024. [pdf](…)</c>,
/// <c>Ana Díaz and Bo Chen (2020). *Title*. In Venue.</c> — or title first with no markup:
/// <c>Title. Ana Díaz, Bo Chen. Venue 2020.</c>
/// </summary>
internal static partial class CitationEntries
{
    /// <summary>True when the entry has no marked title, or its bold "title" is really the first author's name.</summary>
    public static bool Applies(TitleSplit split, List<Seg> firstLine)
    {
        if (split.Title is null) return true;
        // "<a href=…>Doe, J. & Roe, R. (2023). Title. Journal.</a>": the whole citation is the link text.
        if (AuthorText.Consume(split.Title) is { Names.Count: > 0 } whole && DatedNames().IsMatch(whole.Remainder)) return true;
        var rest = EntryTitles.Text(split.Rest).TrimStart();
        // "**Luyckx, F**., Spitzer, B.": the initial's full stop set after the bold belongs to the name, not the line.
        if (rest.StartsWith('.') && TrailingInitial().IsMatch(split.Title)) rest = rest[1..].TrimStart();
        // "**Ho EKH** and Schaack S. 2021. Title.": a Vancouver name (initials undotted) opening the list.
        if (AuthorText.IsVancouverName(split.Title) && ContinuesNames(rest)) return true;
        // "**Sönning**, Lukas & Jesse Egbert. 2024. Title.": the owner's surname alone in bold is part of the first name
        // the line's author list reads, not a title.
        if (SingleWord().IsMatch(split.Title) && AuthorText.Consume(EntryTitles.Text(firstLine)).Names is [var first, ..]
            && first.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Contains(split.Title)) return true;
        if (!PersonNames.LooksLikeName(split.Title)) return false;
        // "**Ana Díaz** "Title", Venue" or "**A. Díaz** et al. "Title"": a bold name straight before a quoted title is its author.
        if (QuoteAfterName().IsMatch(rest)) return true;
        // "**Doe, J.K.** 2018. Title. Journal": a lone author-year head, the year straight after the bold name.
        if (split.Title.Contains(',') && DatedNames().IsMatch(" " + rest)) return true;
        // "**R. Ortiz** Calibrated early exits …, 2023": a bold name with initials, then words with no separator:
        // the owner alone as author, the title unmarked after it.
        // "**Morel, R.** Localism and … Paper presented at …": a bold name written surname first is a name by its form.
        if ((Initial().IsMatch(split.Title) || InvertedName().IsMatch(split.Title)) && rest.Length > 0 && char.IsLetter(rest[0]) && rest.Split(' ').Length >= 3) return true;
        // "**Marta Quiroga**. Title. *Venue*, 2021": the owner alone as author, then a sentence that is not more names
        // (after "**Short Title**. Ana Díaz, Bo Chen." the names that follow show the bold part was the title).
        if (rest.StartsWith('.') && EntryTitles.TrimSeparators(rest[1..]) is { Length: > 0 } afterName
            && AuthorText.Consume(afterName).Names.Count == 0 && SentenceEnd().IsMatch(afterName)) return true;
        // "**Li, M.E.**; Liang, S.H.L. Title." (MDPI): a semicolon parts the names as a comma does.
        if (!(rest.StartsWith(',') || rest.StartsWith(';') || rest.StartsWith('&') || rest.StartsWith("and ", StringComparison.Ordinal))) return false;
        // "**Gao, R.**, ..." is a name by its form; "**Short Title**, Ana Díaz, ..., Venue" only looks like one,
        // so the names must be followed by a title of their own (quoted or marked up) rather than just a venue.
        if (split.Title.Contains(',')) return true;
        var (_, remainder) = AuthorText.Consume(EntryTitles.Text(firstLine));
        remainder = EntryTitles.TrimSeparators(remainder);
        var sentence = SentenceEnd().Match(remainder);
        return Quoted().IsMatch(remainder)
            || sentence.Success && EntryTitles.TrimSeparators(remainder[(sentence.Index + 1)..]).Length > 0
            || split.Rest.Any(s => s.Kind is SegKind.Strong or SegKind.Emph or SegKind.Link && !EntryTitles.IsLinkLabel(s.Text) && !PersonNames.LooksLikeName(s.Text) && s.Text.Split(' ').Length >= 2);
    }

    /// <summary>
    /// The line a citation opens with: the first line, or — when that line breaks inside the author list (it ends on
    /// a comma, "and" or "&amp;", as hard-wrapped source does) — the whole first paragraph run on as one line, so the
    /// names can be followed to the title on a later line.
    /// </summary>
    public static List<Seg> OpeningLine(ProfileEntry entry)
    {
        if (entry.Lines.Count < 2 || entry.ParagraphStarts.Contains(1)) return entry.Lines[0];
        var text = EntryTitles.Text(entry.Lines[0]).TrimEnd();
        if (!(text.EndsWith(',') || text.EndsWith('&') || text.EndsWith(" and", StringComparison.Ordinal))) return entry.Lines[0];
        var end = 1;
        while (end < entry.Lines.Count && !entry.ParagraphStarts.Contains(end)) end++;
        return entry.Lines.Take(end).SelectMany((l, i) => i == 0 ? l : l.Prepend(new Seg(SegKind.Text, " "))).ToList();
    }

    /// <summary>
    /// "**A. Lin**, Bo Chen, and C. Ruiz. 2021." with the title on the next line: the bold run opens a line of names
    /// (and the year or status that closes them), so it is the first author, not the title.
    /// </summary>
    public static bool NamesOverTitle(TitleSplit split, ProfileEntry entry)
    {
        if (split.Title is null || entry.Lines.Count < 2 || !(PersonNames.LooksLikeName(split.Title) || AuthorText.IsVancouverName(split.Title))) return false;
        var (names, rest) = AuthorText.Consume(EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0])));
        if (names.Count == 0 || EntryTitles.TrimSeparators(LeadingYear().Replace(EntryTitles.TrimSeparators(rest), "")).Length > 0) return false;
        var next = EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[1]));
        return next.Split(' ').Length >= 3 && !AuthorText.IsNamesOnly(next);
    }

    public static Item? Read(ProfileEntry entry, string? owner)
    {
        var end = 1;
        while (end < entry.Lines.Count && !entry.ParagraphStarts.Contains(end)) end++;
        var links = new List<Link>();
        var lines = entry.Lines.Take(end).ToList();
        var texts = lines.Select(l => EntryTitles.Text(l, links)).ToList();
        var full = TextKey.CollapseWhitespace(string.Concat(texts.Select((t, i) => i == 0 ? t : (VenueLineAfterTitle(lines, texts, i) ? ". " : " ") + t)));
        var marked = lines.SelectMany(l => l)
            .Where(s => s.Kind is SegKind.Strong or SegKind.Emph or SegKind.Link or SegKind.Code && !EntryTitles.IsLinkLabel(s.Text))
            .Select(s => EntryTitles.Clean(s.Text))
            .FirstOrDefault(t => t.Split(' ').Length >= 2 && !PersonNames.LooksLikeName(t) && AuthorText.Consume(t).Names.Count == 0 && !MarkedStatus().IsMatch(t));

        var (names, remainder) = AuthorText.Consume(full);
        var withOwner = false;
        var titleFirst = false;
        string? title;
        string after;
        // The entry's lines run on as one text, a space where each line broke.
        var flat = lines.SelectMany(l => l.Append(new Seg(SegKind.Text, " "))).ToList();
        if (NamesThenMarkedTitle(flat) is { } byMarkup)
        {
            // "H. Brandt, **S. Oyelaran** [Title](url) 2023 Venue": the markup, not punctuation, ends the names.
            (names, title, after, var lead) = byMarkup;
            // "Doe and Roe (2020). *Title*": the year printed with the names still dates the paper.
            remainder = lead + " " + after;
        }
        else if (NamesEndingInMarkedName(flat) is { } byName)
        {
            // "A. Gadd, **E. Listo Zec** Title, Venue, 2023": the bold name closes the list, the title follows unmarked.
            names = byName.Names;
            // "**A. Díaz** et al. "Title"": the elided names still belong to the list, never to the title.
            var afterNames = EntryTitles.TrimSeparators(LeadingEtAl().Replace(byName.After, ""));
            (title, after) = Quoted().Match(afterNames) is { Success: true } quoted
                ? (quoted.Groups["t"].Value.Trim().TrimEnd('.', ','), afterNames[quoted.Length..])
                : TitleBeforeVenue(afterNames, marked);
            remainder = after;
        }
        else if (names.Count > 0)
        {
            // "Doe and Roe (2020). Title. Venue.": the year after the names is not the title.
            // "Roe, Lind, and Moss (eds.), “Title,”": the editors' mark closes the names; the quoted title follows it.
            // "Mazzeo, L., Baili, P. et al. [including **Roe, K.**] (2025)": a long list cut short still names the owner among the rest.
            if (IncludedAfterEtAl().Match(remainder) is { Success: true } included && AuthorText.Consume(included.Groups["n"].Value).Names is { Count: > 0 } among)
            {
                names = [.. names, .. among];
                remainder = remainder[included.Length..];
            }
            var unnamed = LeadingYear().Replace(EditorsMark().Replace(EntryTitles.TrimSeparators(LeadingEtAl().Replace(remainder, "")), ""), "");
            // "Wang, S., Marcelo. M. M. and Scavone, G. (2020) “Title.”": a stray full stop stopped the names early;
            // what runs on to the year slot and the quoted title is more names, never the title.
            if (NamesBeforeQuote(unnamed) is { } more)
            {
                names = [.. names, .. more.Names];
                unnamed = LeadingYear().Replace(more.Tail.TrimStart(), "");
            }
            // The year slot after the names dates the entry (APA), so a bracketed year further on belongs to something else.
            var dated = LeadingYear().Match(EntryTitles.TrimSeparators(LeadingEtAl().Replace(remainder, ""))) is { Success: true } slot && LooseDates.FindYear(slot.Value) is not null;
            // "Title words, **Optics Express**, Submitted.": the venue's bold or italics may read as a name ("Optics
            // Express") and so be no `marked` run; set off by a comma after the title, any such run is the venue.
            var venueRuns = lines.SelectMany(l => l).Where(s => s.Kind is SegKind.Strong or SegKind.Emph && !EntryTitles.IsLinkLabel(s.Text))
                .Select(s => EntryTitles.Clean(s.Text)).Where(t => t.Any(char.IsLetter));
            (title, after) = ImprintAfterTitle(unnamed) ?? venueRuns.Select(v => TitleBeforeMarkedVenue(unnamed, v)).FirstOrDefault(t => t is not null)
                ?? CommaTitleBeforeVenue(unnamed) ?? TakeTitle(unnamed, marked, dated);
            // "Doe, J., 2018, Title words, in Proceedings of X, City." (USGS/GSA style): ", in" and a capital part the
            // title from the volume it was printed in, with no full stop between them.
            if (title is not null && InVolume().Match(title) is { Success: true } inVolume
                && title[..inVolume.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
                (title, after) = (title[..inVolume.Index], title[(inVolume.Index + 2)..] + ". " + after);
        }
        else if (TitleWithCoauthors(full) is { } joint)
        {
            // "Plain Title, with Bo Chen and C. Ruiz. Journal, 2019.": the owner's page names only the co-authors.
            (title, names, after) = joint;
            withOwner = true;
        }
        else if (TitleBeforeNames(full) is { } byComma)
        {
            // "Plain Title, Ana Díaz, **Bo Chen**, Carla Ruiz": no markup and no full stop; the names end the title.
            (title, names, after) = byComma;
        }
        else
        {
            titleFirst = true;
            (title, after) = TakeTitle(full, marked);
            var unnamed = EntryTitles.TrimSeparators(after);
            (names, after) = AuthorText.Consume(unnamed);
            // "Plain Title. To appear in Journal. [arXiv](…)" on the owner's own list: the owner is the only author.
            // A marked or quoted run further on is the title, so the unmarked head is not one.
            if (names.Count == 0 && (marked is not null || unnamed.IndexOfAny(['"', '“']) >= 0 || !OwnTitleAlone(title, unnamed, links))) return null;
            if (names.Count == 0) after = unnamed;
        }
        if (string.IsNullOrWhiteSpace(title) || title.Length < 3) return null;
        // "Doe, J. (2024) Title words [PsyArXiv](…)": with no stop before it, the linked name closing the entry ran into
        // the title; it is where the work appeared, so it is the venue.
        if (LinkedVenueClosingTitle(lines, title, after) is { } linked) (title, after) = linked;
        // "Title (in Portuguese). *Journal*", "Title (Hebrew).": the note on the language the paper is written in is not its title.
        title = LanguageNote().Replace(title, "");
        // "Title (pp. 56-77). In *Book*" (the "pp." says pages, where "(2023–2025)" is the title's own span): a chapter's pages in the book are where it sits, not its title.
        title = ChapterPages().Replace(title, "");
        // "*Title* [Ph.D. thesis]. University", "*Title* [Doctoral dissertation, University]. Archive": APA's bracketed
        // description says the work is a thesis; it is no part of the title, and a university named in it is the venue.
        var describedThesis = false;
        if (ThesisDescription().Match(after) is { Success: true } description && (VenueText.IsThesis(description.Groups["d"].Value) || BareThesis().IsMatch(description.Groups["d"].Value)))
        {
            describedThesis = true;
            after = description.Groups["u"].Success ? description.Groups["u"].Value.Trim() + ". " + after[description.Length..] : after[description.Length..];
        }
        // "*Titel in het Nederlands* [The Title in English]. Place: Publisher": the bracketed translation belongs to the title.
        else if (Translation().Match(after) is { Success: true } translation && !EntryTitles.IsLinkLabel(translation.Groups["t"].Value))
        {
            title = title + " [" + translation.Groups["t"].Value.Trim() + "]";
            after = after[translation.Length..];
        }

        after = EntryTitles.TrimSeparators(after);
        // "(pp. 66-84). In Roe, K., Lind, B. (2025). *Book*.": the book a chapter is in, cited with its own authors and
        // year; the book is the venue, not its authors.
        if (ChapterPages().Replace(after, "") is var chapterRest && BookCitedWithNames(EntryTitles.TrimSeparators(chapterRest)) is { } book) after = book;
        var sentence = SentenceEnd().Match(after);
        // "In A. Roe & B. Lind (Eds.). *Book Title*. Publisher.": the stop after the editors' mark closes no venue;
        // the book named after it is the venue.
        if (sentence.Success && EditorsBeforeBook().IsMatch(after[..sentence.Index])) sentence = SentenceEnd().Match(after, sentence.Index + Math.Max(sentence.Length, 1));
        var venueEnd = sentence.Success && sentence.Index > 0 ? sentence.Index : after.Length;
        // The entry's italic runs as printed text: the venue's name is usually one of them.
        var italics = lines.SelectMany(l => l).Where(s => s.Kind == SegKind.Emph).Select(s => TextKey.CollapseWhitespace(s.Text).Trim()).ToList();
        // "in: Eds (eds.): *Book Title. A Subtitle*": a full stop inside the italic venue does not end it.
        foreach (var t in italics)
            if (t.Length > 0 && after.IndexOf(t, StringComparison.Ordinal) is >= 0 and var at && at < venueEnd && at + t.Length > venueEnd)
                venueEnd = at + t.Length;
        // "*Corpus Linguistics* [Submitted manuscript](…) | [Data](…)": an italic venue opening the rest ends where its
        // markup ends when no stop follows it; the link labels after it are not part of its name.
        if (italics.FirstOrDefault() is { Length: > 0 } name && after.StartsWith(name, StringComparison.Ordinal)
            && venueEnd > name.Length && after[name.Length..].TrimStart() is [var next, ..] && (char.IsUpper(next) || next == '|'))
            venueEnd = name.Length;
        // "In *Book Title*, Some Press, 2026": the book a chapter is in is the italic run after "In"; the publisher set
        // off by a comma after it is the imprint, not part of the book's name.
        else if (italics.FirstOrDefault() is { Length: > 0 } bookName && InLead().Match(after) is { Success: true } inBook
            && after[inBook.Length..].StartsWith(bookName, StringComparison.Ordinal) && after[(inBook.Length + bookName.Length)..] is [',', ' ', var imprint, ..]
            && char.IsUpper(imprint) && venueEnd > inBook.Length + bookName.Length)
            venueEnd = inBook.Length + bookName.Length;
        // "Submitted to the **Journal of Climate**." after the title: the status names where the paper went (the year slot's
        // "(submitted to X)" before the title is read below).
        var venueText = StatusToVenue().IsMatch(after[..venueEnd]) ? after[..venueEnd] : LeadingYear().Replace(after[..venueEnd], "");
        // "[Submitted manuscript](…) | [OSF](…)": a bar of link labels where the venue would be names no venue.
        if (venueText.Contains('|') && lines.SelectMany(l => l).Where(s => s.Kind == SegKind.Link).Aggregate(after[..venueEnd], (t, s) => t.Replace(TextKey.CollapseWhitespace(s.Text).Trim(), "")).All(c => !char.IsLetterOrDigit(c)))
            venueText = "";
        // "Lu, G. (2025) Title. Journal, 130(2), e2024JD041000": the year printed with the names beats digits in an article number.
        var namesYear = LeadingYear().Match(EntryTitles.TrimSeparators(remainder)) is { Success: true, Length: > 0 } ly ? LooseDates.FindYear(ly.Value) : null;
        // "*Journal* 321 (2008): 1449 and letter in *Journal* 323 (2009)": the first volume's year slot dates the work;
        // what the line cites after it (a reply, a reprint) came later.
        // A year inside the title ("“… Clinic, 1965–1979.”") is the span the work is about, never when it appeared.
        var year = namesYear ?? FirstVolumeYear(venueText) ?? LooseDates.FindYear(venueText) ?? LooseDates.FindYear(PageRange().Replace(after, ""))
            ?? LooseDates.FindYear(PageRange().Replace(title.Length > 0 ? remainder.Replace(title, "") : remainder, ""))
            // "### 2021" over citations that print no year of their own ("in press"): the group's year is theirs.
            ?? entry.GroupYear;
        // "These are the projects I worked on. Everything APA-formatted. Write to me if …": sentences that speak to the
        // reader, with words that pass for a name but no year and no link anywhere, are the page's note, not a work.
        if (titleFirst && year is null && links.Count == 0 && Personal().IsMatch(full)) return null;
        // "Roe, K., 2015. Title. In *Proceedings …, May 2 – 5, 2012*": a dated meeting in the venue of another year than
        // the names' slot is when the meeting was held, not when the work came out.
        PartialDate? published = LooseDates.TryFind(after, out var d) && d.Month is not null && (namesYear is null || d.Year == namesYear) ? d : year is { } y ? PartialDate.OfYear(y) : null;

        var summary = new List<string>();
        for (var i = end; i < entry.Lines.Count; i++)
        {
            var text = EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[i], links));
            if (text.Length > 0 && PublicationEntries.IsAbstract(text, laterParagraph: true)) summary.Add(text);
        }
        ScholarlyText.AddIdentifierLinks(full, links);
        var authors = AuthorLists.Tidy(names);
        return new Item
        {
            // "**A. Díaz** "Title" contributed talk at …": what follows the title says the work was a talk.
            Kind = describedThesis || VenueText.IsThesis(venueText) || DegreeNoted(after, venueEnd) ? RecordKind.Thesis : VenueText.IsTalk(venueText) ? RecordKind.Talk : RecordKind.Publication,
            Title = title,
            Authors = authors.Count == 0 || withOwner ? AuthorLists.WithOwner(authors, owner) : authors,
            Published = published,
            Year = published?.Year ?? year,
            // "(submitted to *Journal*): 'Title.'": the journal named in the status slot is where the paper is headed.
            Venue = VenueText.Clean(venueText, italics.Any(t => t.Length > 0
                && EntryTitles.TrimSeparators(venueText).StartsWith(t, StringComparison.Ordinal) && t.Contains(':'))) ?? (SubmittedTo().Match(remainder) is { Success: true } to ? VenueText.Clean(to.Groups["v"].Value) : null),
            Summary = summary.Count > 0 ? string.Join(" ", summary) : null,
            Links = links,
            // "… *Ecography*, 42(12), DOI 10.1111/…" then "**data**: (https://doi.org/10.5061/dryad.…)": the DOI the
            // citation's own line prints names the paper; a DOI under the lines after it is its data's or code's.
            Identifiers = new Identifiers { Doi = ScholarlyText.LabelledDoi(EntryTitles.Text(lines[0])) },
        };
    }

    /// <summary>"Title. Ms., Some University. Master’s project.": the sentence after the venue names the degree the work was for.</summary>
    private static bool DegreeNoted(string after, int venueEnd)
    {
        if (venueEnd >= after.Length) return false;
        var next = EntryTitles.TrimSeparators(after[venueEnd..]);
        var stop = SentenceEnd().Match(next);
        return VenueText.IsDegreeNote(stop.Success ? next[..stop.Index] : next);
    }

    /// <summary>
    /// "Names (2021)  ↵ Title words with no stop  ↵ *Journal*": in a citation hard-wrapped one part a line, a line that
    /// is wholly one italic run, after a line of words (not names) that ends with no stop, is the venue; the break
    /// before it ends the title as a full stop would. So is a line that opens with the italic run and goes on only
    /// with the venue's year, volume or links ("_Icarus_, 2023. [DOI](…)"); "*Drosophila* larvae" wrapped from a
    /// title goes on with words.
    /// </summary>
    private static bool VenueLineAfterTitle(List<List<Seg>> lines, List<string> texts, int i)
    {
        if (i == 0) return false;
        var segs = lines[i].Where(s => s.Kind is not (SegKind.HardBreak or SegKind.SoftBreak) && !string.IsNullOrWhiteSpace(s.Text)).ToList();
        if (segs is not [{ Kind: SegKind.Emph }, ..] || !VenueTail().IsMatch(EntryTitles.Text(segs.Skip(1).Where(s => s.Kind != SegKind.Link)))) return false;
        var before = TextKey.CollapseWhitespace(texts[i - 1]).Trim();
        // "Accepted for publication in ↵ *Ocean Science*.": a line ending on a word that leads into a name runs on into it.
        return before.Length > 0 && char.IsLetterOrDigit(before[^1]) && before.Split(' ').Length >= 3 && !AuthorText.IsNamesOnly(before)
            && !LeadingWordEnd().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:in|the|at|to|of|on|for|by|with|from|and)$")]
    private static partial Regex LeadingWordEnd();

    /// <summary>
    /// The title and the venue when the title taken ends in the text of the entry's last link and nothing worded
    /// follows it: "Title words [pre-print](…)", "Title words [Journal](…).". A link label ("PDF", "DOI") is no venue,
    /// and a link that is the whole title is the title's own link.
    /// </summary>
    private static (string Title, string After)? LinkedVenueClosingTitle(List<List<Seg>> lines, string title, string after)
    {
        if (after.Any(char.IsLetter)) return null;
        if (lines.SelectMany(l => l).LastOrDefault(s => s.Kind == SegKind.Link) is not { } link) return null;
        var venue = TextKey.CollapseWhitespace(link.Text).Trim();
        if (venue.Length == 0 || !venue.Any(char.IsLetter) || EntryTitles.IsLinkLabel(venue) || venue.Contains("://")) return null;
        var trimmed = title.TrimEnd('.', ',', ' ');
        if (!trimmed.EndsWith(" " + venue, StringComparison.Ordinal)) return null;
        var head = EntryTitles.TrimSeparators(trimmed[..^venue.Length]);
        // The words before the link must still read as a title on their own.
        return head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? (head, venue + after) : null;
    }

    /// <summary>", 2023. [DOI](…)", " 12(3): 45–67": what may follow a venue's italic name on its line — punctuation, then a year or volume (its links aside).</summary>
    [GeneratedRegex(@"^\s*(?:[,.;:]\s*)?(?:\(?(?:19|20)\d{2}\b|\d|$)")]
    private static partial Regex VenueTail();

    /// <summary>"In Roe, K., Lind, B. (2025). *Book*": what follows the book's names and year slot; null when not so written.</summary>
    private static string? BookCitedWithNames(string after)
    {
        var open = InLead().Match(after);
        if (!open.Success) return null;
        var (names, rest) = AuthorText.Consume(after[open.Length..]);
        // Authors are cited with initials ("Roe, K."); "In Ocean Engineering, 2023" names a journal, not people.
        var cited = after[open.Length..^rest.Length];
        rest = EntryTitles.TrimSeparators(rest);
        if (names.Count == 0 || !CitedInitial().IsMatch(cited) || LeadingYear().Match(rest) is not { Success: true, Length: > 0 } slot || LooseDates.FindYear(slot.Value) is null) return null;
        return rest[slot.Length..].TrimStart();
    }

    /// <summary>
    /// "Title Words (Washington, D.C.: Some Press, 2009): 1–32": an unquoted title closed by a book's imprint in
    /// brackets (Chicago's place, publisher and year), with no sentence ended before it. The title runs to the bracket;
    /// the publisher is the venue, the year dates the work. Null when the text is not written so.
    /// </summary>
    private static (string Title, string After)? ImprintAfterTitle(string text)
    {
        if (Quoted().IsMatch(text) || Imprint().Match(text) is not { Success: true } imprint) return null;
        var title = text[..imprint.Index].Trim();
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || SentenceEnd().IsMatch(title)) return null;
        return (EntryTitles.Clean(title), imprint.Groups["pub"].Value.Trim() + ". " + imprint.Groups["y"].Value + text[(imprint.Index + imprint.Length)..]);
    }

    [GeneratedRegex(@"\s+\((?<place>[^():]{2,60}):\s*(?<pub>[^():]{3,120}?),\s*(?<y>(?:19|20)\d{2})\)")]
    private static partial Regex Imprint();

    /// <summary>The year in the first "321 (2008)" or "36, no. 8 (June 2018)" slot after a volume; null when none.</summary>
    private static int? FirstVolumeYear(string text) =>
        VolumeYear().Match(text) is { Success: true } m ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<![\d.])\d{1,4}(?:,\s*no\.\s*\d{1,4})?\s*\((?:\p{L}+\.?\s+)?(?<y>(?:19|20)\d{2})\)")]
    private static partial Regex VolumeYear();

    /// <summary>"In A. Roe &amp; B. Lind (Eds.)": the editors of the book a chapter is in, their mark closing the text.</summary>
    // "In: A. Roe and B. Lind [eds.]": some styles bracket the editors' mark in square brackets.
    [GeneratedRegex(@"^[Ii]n:?\s+[^()\[\]]{2,400}?\s(?:\(\s*(?i:eds?|editors?|hrsg)\.?\s*\)|\[\s*(?i:eds?|editors?|hrsg)\.?\s*\])$")]
    private static partial Regex EditorsBeforeBook();

    /// <summary>"(eds.)", "(ed.)", "(Hrsg.)": the mark after editors' names.</summary>
    [GeneratedRegex(@"^\(\s*(?i:eds?|editors?|hrsg)\.?\s*\)[.,:]?\s*")]
    private static partial Regex EditorsMark();

    [GeneratedRegex(@"(?:^|[\s,])\p{Lu}\.(?=[\s,\-]|\p{Lu}\.|$)")]
    private static partial Regex CitedInitial();

    [GeneratedRegex(@"^[Ii]n:?\s+(?=\p{Lu})")]
    private static partial Regex InLead();

    [GeneratedRegex(@"^\s*(?:\(\s*pp?\.\s*\d+\s*[-–]\s*\d+\s*\)[.,]?\s*)|\s*\(\s*pp?\.\s*\d+\s*[-–]\s*\d+\s*\)$")]
    private static partial Regex ChapterPages();

    [GeneratedRegex(@"^\s*\[(?<t>\p{Lu}[^\[\]]{8,300})\](?=[\s.,:;]|$)")]
    private static partial Regex Translation();

    /// <summary>"[Ph.D. thesis]", "[Master's thesis, Some University]": the description, then the university when named.</summary>
    [GeneratedRegex(@"^\s*\[(?<d>[^\[\],]{4,60})(?:,\s*(?<u>[^\[\]]{3,200}))?\][.,]?")]
    private static partial Regex ThesisDescription();

    [GeneratedRegex(@"^\s*(?:thesis|dissertation)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareThesis();

    /// <summary>
    /// Text before a quoted title that reads as names once a full stop between a surname and initials ("Marcelo. M.
    /// M.") is taken for the comma it stands for, then the year slot: those names, and the text from the year on.
    /// Null when a quote does not follow names so.
    /// </summary>
    private static (List<string> Names, string Tail)? NamesBeforeQuote(string text)
    {
        var quote = text.IndexOfAny(['“', '"']);
        if (quote <= 0 || Quoted().IsMatch(text)) return null;
        var head = text[..quote];
        var slot = TrailingYearSlot().Match(head);
        if (!slot.Success || slot.Index == 0) return null;
        var (names, rest) = AuthorText.Consume(StrayStop().Replace(head[..slot.Index].Trim(), "$1,"));
        // "Otto SA, Sguotti C, Möllmann , (2018). “Title”": the last name lost its initials; after names already read,
        // a lone capitalised word before the year slot is still a surname, not the title.
        if (names.Count == 0 && LoneSurname().Match(head[..slot.Index]) is { Success: true } lone) (names, rest) = ([lone.Groups["n"].Value], "");
        if (names.Count == 0 || EntryTitles.TrimSeparators(rest).Length > 0) return null;
        return (names, text[slot.Index..]);
    }

    [GeneratedRegex(@"\s*\(?(?:19|20)\d{2}[a-z]?\)?[.,:]?\s*$")]
    private static partial Regex TrailingYearSlot();

    [GeneratedRegex(@"^\s*(?<n>\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?)\s*,?\s*$")]
    private static partial Regex LoneSurname();

    /// <summary>"Marcelo. M. M.": a capitalised word closed by a full stop and followed by an initial.</summary>
    [GeneratedRegex(@"\b(\p{Lu}\p{Ll}{2,})\.(?=\s+\p{Lu}\.)")]
    private static partial Regex StrayStop();

    /// <summary>What follows a name inside a list: another name after a comma or "and", or the list's closing year ("…. 2021.").</summary>
    private static bool ContinuesNames(string after)
    {
        var rest = after.TrimStart();
        if (rest.StartsWith(',') || rest.StartsWith('&') || rest.StartsWith("and ", StringComparison.Ordinal))
        {
            var next = rest.TrimStart(',', '&', ' ') is var t && t.StartsWith("and ", StringComparison.Ordinal) ? t[4..] : t;
            return AuthorText.Consume(next).Names.Count > 0 || NextVancouverName().IsMatch(next);
        }
        return rest.StartsWith('.') && DatedNames().IsMatch(rest[1..]);
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+,?\s\p{Lu}{1,3}\b")]
    private static partial Regex NextVancouverName();

    /// <summary>
    /// Names, then a bold, italic or linked title: the names are everything before the title's markup, when they
    /// read as names and nothing else. Null when the line is not written that way.
    /// </summary>
    private static (List<string> Names, string Title, string After, string Lead)? NamesThenMarkedTitle(List<Seg> segs)
    {
        for (var k = 1; k < segs.Count; k++)
        {
            var s = segs[k];
            if (s.Kind is not (SegKind.Strong or SegKind.Emph or SegKind.Link or SegKind.Code) || EntryTitles.IsLinkLabel(s.Text) || s.Text.Contains("://")) continue;
            var text = EntryTitles.Clean(s.Text);
            // "_Experimentelle Philosophie. Eine Einführung …_": a title may open with words that read as a name; only a
            // run that is names and nothing else is the author list.
            // "Roe, K. and Li, B. 2008. [BCM Theory](…)": after the names' year slot no name comes, so a run that reads as
            // one ("BCM Theory") is the title there.
            if (text.Split(' ').Length < 2 || (PersonNames.LooksLikeName(text) || AuthorText.IsNamesOnly(text)) && !ClosedYearSlot().IsMatch(EntryTitles.Text(segs.Take(k)))) continue;
            // "Davies, B., *In press*. Title.": a status set in italics in the year's slot dates the entry; it is no title.
            if (MarkedStatus().IsMatch(text)) continue;
            // "**Invited Review:** Title.": a bold label with a colon marks the kind of paper; the title follows it.
            if (s.Text.TrimEnd().EndsWith(':') && EntryTitles.Text(segs.Skip(k + 1)).Trim() is { Length: > 0 } labelled)
            {
                var (head, tail) = TakeTitle(labelled, null);
                if (head is null) return null;
                var before = EntryTitles.TrimSeparators(LeadingYear().Replace(EntryTitles.TrimSeparators(EntryTitles.Text(segs.Take(k))), ""));
                var (named, left) = AuthorText.Consume(before);
                left = EntryTitles.TrimSeparators(left);
                if (named.Count == 0 || LeadingYear().Replace(left, "").Length > 0) return null;
                return (named, head, tail, left);
            }
            // "Scheffer H, Coate JE, **Ho EKH**, Schaack S. 2022.": a bold name inside the list is the owner, not a title.
            if (AuthorText.IsVancouverName(text) && ContinuesNames(EntryTitles.Text(segs.Skip(k + 1)))) continue;
            var prefix = EntryTitles.TrimSeparators(LeadingYear().Replace(EntryTitles.TrimSeparators(EntryTitles.Text(segs.Take(k))), ""));
            var (names, rest) = AuthorText.Consume(prefix);
            rest = EntryTitles.TrimSeparators(rest);
            if (LastNameAsPrinted(names, prefix, rest) is { } last) (names, rest) = ([.. names, last], "");
            if (names.Count == 0 || LeadingYear().Replace(rest, "").Length > 0) return null;
            return (names, text, EntryTitles.Text(segs.Skip(k + 1)), rest);
        }
        return null;
    }

    /// <summary>"…, Li, B. 2008. ", "… (2008): ": text ending on a year slot closed by its stop, colon or bracket.</summary>
    [GeneratedRegex(@"\b(?:19|20)\d{2}[a-z]?(?:\)[.:]?|[.:])\s*$")]
    private static partial Regex ClosedYearSlot();

    /// <summary>
    /// "R. Doe, K. Roe, and J- .Y Lind _Title_": the list's "and" says what follows is its last name and the marked title
    /// says where that name ends, so a name mistyped past reading as one is still that author, kept as printed.
    /// </summary>
    private static string? LastNameAsPrinted(List<string> names, string prefix, string rest)
    {
        if (names.Count < 2 || rest.Length == 0 || !prefix.EndsWith(rest, StringComparison.Ordinal)) return null;
        var before = prefix[..^rest.Length].TrimEnd();
        var m = LastListedName().Match(rest);
        return m.Success && (m.Groups["and"].Success || before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith('&')) ? m.Groups["n"].Value : null;
    }

    /// <summary>A short run of words, the first capitalised, with no digit, bracket or list separator: one name's room.</summary>
    [GeneratedRegex(@"^(?<and>(?:and|&)\s+)?(?<n>\p{Lu}[^\s,;:()\[\]\d]*(?:\s+[^\s,;:()\[\]\d]+){0,3})$")]
    private static partial Regex LastListedName();

    /// <summary>
    /// Names whose last one is marked (the owner in bold) and followed straight by words, with no separator: the
    /// markup ends the list. Null when the first marked run is no name, or the names before it are not all names.
    /// </summary>
    private static (List<string> Names, string After)? NamesEndingInMarkedName(List<Seg> segs)
    {
        for (var k = 0; k < segs.Count; k++)
        {
            var s = segs[k];
            if (s.Kind is not (SegKind.Strong or SegKind.Emph)) continue;
            var name = EntryTitles.Clean(s.Text);
            if (!PersonNames.LooksLikeName(name) && !AuthorText.IsVancouverName(name)) return null;
            var after = EntryTitles.Text(segs.Skip(k + 1)).Trim();
            // "**Morison A**.↵Title.": a stop straight after the bold name, then a capital, ends the list (and the
            // sentence) there; a comma after the stop would go on to more names.
            if (after.StartsWith('.') && after[1..].TrimStart() is { Length: > 0 } stopped && char.IsUpper(stopped[0])) after = stopped;
            if (after.Length == 0 || !char.IsLetter(after[0]) || after.StartsWith("and ", StringComparison.Ordinal)) continue;
            var prefix = EntryTitles.TrimSeparators(EntryTitles.Text(segs.Take(k)));
            var (names, rest) = prefix.Length == 0 ? ([], "") : AuthorText.Consume(prefix);
            if (EntryTitles.TrimSeparators(rest).Length > 0) return null;
            return ([.. names, name], after);
        }
        return null;
    }

    /// <summary>
    /// An unmarked title then the venue: up to the first sentence end, or without one, up to the comma after which
    /// a part names a venue or a year ("Fast, exact sampling, Symposium on X, 2023" keeps "Fast, exact sampling").
    /// </summary>
    /// <remarks>"Title words, *Some Series*. [doi: …]": a marked run set off by a comma after the title is where it appeared,
    /// though a full stop follows it.</remarks>
    private static (string? Title, string After) TitleBeforeVenue(string text, string? marked)
    {
        if (SentenceEnd().IsMatch(text)) return TakeTitle(text, marked);
        var parts = text.Split(", ");
        for (var k = 1; k < parts.Length; k++)
            if (VenueText.NamesVenueOrYear(parts[k]))
                return (EntryTitles.Clean(string.Join(", ", parts.Take(k))), string.Join(", ", parts.Skip(k)));
        return (EntryTitles.Clean(text), "");
    }

    /// <summary>
    /// "Title Words, Venue Name (ABBR), vol. 9, 2021, pp. 1-9.": a citation written as comma parts with no full stop
    /// between title and venue. The venue is the part that holds a venue word, or else the part just before the
    /// first volume, page or year part; the parts before it are the title (titles may hold commas). Null when a
    /// sentence ends before the venue (then full stops, not commas, part title from venue) or no such parts exist.
    /// </summary>
    private static (string Title, string After)? CommaTitleBeforeVenue(string text)
    {
        if (Quoted().IsMatch(text)) return null;
        var parts = text.Split(", ");
        // "Title, *Journal*, in review, 2019.", "…, *Journal*, doi:10.5555/x, in revision, 2019.": a status or a DOI printed
        // between the venue and the year says where the paper stands or where it is, not which venue it is.
        var meta = Array.FindIndex(parts, 1, p => VenueText.IsVolumeOrYear(p) || PublicationStatus.IsStatusOnly(p) || PublicationStatus.IsAfterYearStatus(p) || PrintedDoi().IsMatch(p));
        if (meta < 2) return null;
        var venue = Array.FindIndex(parts, 1, meta - 1, VenueText.HasVenueWord);
        if (venue < 0) venue = meta - 1;
        var title = string.Join(", ", parts.Take(venue));
        if (SentenceEnd().IsMatch(string.Join(", ", parts.Take(venue + 1))) || title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        return (EntryTitles.Clean(title), string.Join(", ", parts.Skip(venue)));
    }

    /// <summary>
    /// The words before the first comma after which at least two names follow, when no sentence ends before it
    /// and the title is not quoted. Null when no comma is followed by names.
    /// </summary>
    private static (string Title, List<string> Names, string After)? TitleBeforeNames(string text)
    {
        // A quoted title anywhere is the title; a head of one or two words is more likely a name than a title.
        if (text.IndexOfAny(['"', '“']) >= 0) return null;
        for (var at = text.IndexOf(", ", StringComparison.Ordinal); at > 0; at = text.IndexOf(", ", at + 2, StringComparison.Ordinal))
        {
            var head = text[..at];
            if (SentenceEnd().IsMatch(head)) return null;
            var (names, rest) = AuthorText.Consume(text[(at + 2)..]);
            if (names.Count >= 2 && head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !PersonNames.LooksLikeName(head.Trim()) && AuthorText.Consume(head).Names.Count == 0)
                return (EntryTitles.Clean(head), names, rest);
        }
        return null;
    }

    /// <summary>
    /// "Title, with Ana Díaz, B. Chen. Venue": the words before ", with" (or "(with") are the title when no sentence
    /// ends inside them, and the names after it run to the next sentence end. Null when the line is not written so.
    /// </summary>
    private static (string Title, List<string> Names, string After)? TitleWithCoauthors(string text)
    {
        var with = WithMark().Match(text);
        if (!with.Success) return null;
        var head = text[..with.Index];
        if (SentenceEnd().IsMatch(head) || head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || AuthorText.Consume(head).Names.Count > 0) return null;
        var tail = text[(with.Index + with.Length)..];
        // "(with Bo Chen)": the bracket closes the list.
        var close = with.Value.Contains('(') ? tail.IndexOf(')') : -1;
        var (names, rest) = close > 0 ? (AuthorText.Consume(tail[..close]).Names, tail[(close + 1)..]) : AuthorText.Consume(tail);
        // "Title, with Ana Díaz, Juan Pablos Editor, Culiacán, 2017": a book's publisher printed straight after the names,
        // with nothing but a comma between, reads as one more name; a name ending in a publisher's word ends the list.
        if (close <= 0 && names.FindIndex(n => PublisherName().IsMatch(n)) is var publisher and >= 0)
        {
            var at = tail.IndexOf(names[publisher], StringComparison.Ordinal);
            if (at >= 0) (names, rest) = (names[..publisher], tail[at..]);
        }
        rest = rest.TrimStart();
        // "Forecasts, with Uncertainty, Chen Hao, …": a lone word after "with" belongs to the title; names have two parts.
        if (names.Count == 0 || names.Any(n => !n.Trim().Contains(' ') && !n.Contains('.'))) return null;
        return (EntryTitles.Clean(head), names, rest);
    }

    /// <summary>
    /// A title with no names at all, then nothing, a status or a venue (a year, a venue word, "To appear in …"), with
    /// a link or a venue to show it is a work: on a publications list with no names printed, the owner's own paper.
    /// </summary>
    private static bool OwnTitleAlone(string? title, string after, List<Link> links)
    {
        if (title is null || title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || PersonNames.LooksLikeName(title)) return false;
        // "You can find more on my Scholar page.": a note to the reader, not a title; "Title - Invited talk": a dash
        // sets off the title's label, which the dash reading takes.
        if (Personal().IsMatch(title) || SpacedDash().IsMatch(title)) return false;
        if (after.Length == 0)
            return links.Any(l => ScholarlyIds.FindDoiInUrl(l.Url) is not null || ScholarlyIds.FindArxiv(l.Url) is not null
                || l.Url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        var first = SentenceEnd().Match(after) is { Success: true, Index: > 0 } end ? after[..end.Index] : after;
        return StatusLead().IsMatch(first) || VenueText.NamesVenueOrYear(first);
    }

    [GeneratedRegex(@"\b(?:my|me|we|our|you|your)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Personal();

    [GeneratedRegex(@"\s[-–—]\s")]
    private static partial Regex SpacedDash();

    /// <summary>", in Proceedings of X", ", in: 2022 IEEE Conference on X" (a reference list's "in:" before the volume).</summary>
    [GeneratedRegex(@",\s+in:?\s+(?=\p{Lu}|(?:19|20)\d{2}\s+\p{Lu})")]
    private static partial Regex InVolume();

    [GeneratedRegex(@",?\s+\(?with\s+(?=\p{Lu})")]
    private static partial Regex WithMark();

    /// <summary>A publisher's name as a name list would take it in: its first or last word says it is a press ("Juan Pablos Editor", "Ediciones Era").</summary>
    [GeneratedRegex(@"\b(?:Press|Publish(?:ing|ers?)|Verlag|Books|Editor(?:es|ial|a)?|Ediciones|[ÉE]ditions|Edizioni)$|^(?:Ediciones|Editorial|Editora|[ÉE]ditions|Edizioni|Verlag)\b")]
    private static partial Regex PublisherName();

    [GeneratedRegex(@"^(?:to appear|forthcoming|accepted|submitted|under review|in press|in preparation|preprint)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLead();

    /// <summary>A marked run that is only a status standing in the year's slot ("*In press*", "_Forthcoming._").</summary>
    [GeneratedRegex(@"^\W*(?:" + PublicationStatus.YearSlotWords + @")\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedStatus();

    /// <summary>The title at the front of <paramref name="text"/>: quoted, marked up, or the first sentence.</summary>
    /// <param name="dated">The names' year slot already dated the entry (APA), so a bracketed year after a name in
    /// the title's subtitle cites another work rather than dating a venue.</param>
    private static (string? Title, string After) TakeTitle(string text, string? marked, bool dated = false)
    {
        var q = Quoted().Match(text);
        if (q.Success)
        {
            var afterQuote = text[(q.Index + q.Length)..];
            // "“I couldn’t”: A phenomenological study. Journal": a quoted phrase heading the title, its subtitle after the colon.
            if (QuotedHead().IsMatch(afterQuote) && SentenceEnd().Match(afterQuote) is { Success: true } stop)
            {
                var keepMark = afterQuote[stop.Index] is '?' or '!' ? 1 : 0;
                return (EntryTitles.Clean(text[..(q.Index + q.Length)].Trim() + afterQuote[..(stop.Index + keepMark)]), afterQuote[(stop.Index + stop.Length)..]);
            }
            return (EntryTitles.Clean(q.Groups["t"].Value), afterQuote);
        }
        if (marked is not null)
        {
            var at = text.IndexOf(marked, StringComparison.Ordinal);
            if (at is >= 0 and <= 3) return (marked, text[(at + marked.Length)..]);
            if (TitleBeforeMarkedVenue(text, marked) is { } split) return split;
        }
        var end = SentenceEnd().Match(text);
        if (!end.Success) return (EntryTitles.Clean(text), "");
        var keep = text[end.Index] is '?' or '!' ? 1 : 0;
        if (keep == 1 && SubtitleAfterQuestion(text[(end.Index + end.Length)..], marked, dated) is { } subtitle)
            return (EntryTitles.Clean(text[..(end.Index + 1)] + " " + subtitle.Title), subtitle.After);
        return (EntryTitles.Clean(text[..(end.Index + keep)]), text[(end.Index + end.Length)..]);
    }

    /// <summary>
    /// "Title of the Work, *Some University*, Supervisor: …", "Title words, **Journal**, Submitted. (Q2)": a marked run
    /// set off by a comma after an unmarked title, with no sentence ended before it, is where the work appeared; the
    /// title ends at that comma, whatever comma parts (a status, a bracketed ranking) follow the venue.
    /// </summary>
    private static (string Title, string After)? TitleBeforeMarkedVenue(string text, string? marked)
    {
        // "‘Title,’ special issue, _Journal_": a quoted title says itself where it ends; the quote reading comes first.
        if (marked is null || Quoted().IsMatch(text)) return null;
        var at = text.IndexOf(marked, StringComparison.Ordinal);
        if (at <= 3) return null;
        var head = text[..at].TrimEnd();
        if (!head.EndsWith(',') || SentenceEnd().IsMatch(head) || head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        return (EntryTitles.Clean(head.TrimEnd(',')), text[at..]);
    }

    /// <summary>
    /// "When do people rely on exemplars? A modelling analysis. *Journal*": after a question mark, a sentence that
    /// is not the (marked) venue and is followed by more text is the title's subtitle.
    /// </summary>
    private static (string Title, string After)? SubtitleAfterQuestion(string after, string? marked, bool dated)
    {
        var next = SentenceEnd().Match(after);
        if (!next.Success || next.Index == 0) return null;
        var candidate = after[..next.Index].Trim();
        var rest = after[(next.Index + next.Length)..];
        if (candidate.Length == 0 || !char.IsUpper(candidate[0]) || rest.Trim().Length == 0) return null;
        // "Title? In *Book Title*. Publisher.": the sentence holding the marked venue is no subtitle.
        if (marked is not null && (candidate.Contains(marked.TrimEnd('.'), StringComparison.Ordinal) || marked.StartsWith(candidate, StringComparison.Ordinal))) return null;
        // "Another Riddle? A Reply to Roe (2001). *Journal*": with the entry dated by its names' slot, the year in brackets
        // after a name is the work the subtitle answers, not the venue's year.
        // Only a phrase ("A Reply to Roe") cites so; a bare name with a year ("Nature (2019)") stays a venue.
        var probe = dated && LowerWord().IsMatch(candidate) ? CitedWorkYear().Replace(candidate, "") : candidate;
        if (VenueText.NamesVenueOrYear(probe) || candidate.StartsWith("In ", StringComparison.Ordinal)) return null;
        // "Sur le Spectre, 1, 15": a name followed by volume and pages is the journal, not a subtitle.
        if (VolumePages().IsMatch(candidate)) return null;
        return (candidate, rest);
    }

    /// <summary>The year slot closing an APA name list: "(2023).", "(2019a),".</summary>
    // "(2019)." or, for work not yet out, the status standing where the year goes: "(Forthcoming).", "[In press.]".
    // "(2020, in press)." and "(2017).Title" (no space after the stop) as well.
    [GeneratedRegex(@"^\s*(?:\((?:19|20)\d{2}[a-z]?(?:,\s*[\p{L} ]{2,20})?\)|(?:19|20)\d{2}[a-z]?\\?(?=[.,:])|[(\[](?i:" + PublicationStatus.YearSlotWords + @")\.?[)\]])(?:[.,:]?(?:\s|$)|[.:](?=\p{Lu}\p{Ll}))")]
    private static partial Regex DatedNames();

    [GeneratedRegex(@"(?:^|\s)\p{Lu}\.(?:\s|-|\p{Lu}\.)")]
    private static partial Regex Initial();

    /// <summary>"Morel, R", "Díaz, A.-B.": a surname, a comma and initials only.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s*(?:\p{Lu}\.?[\s-]?){1,3}$")]
    private static partial Regex InvertedName();

    /// <summary>APA's date slot: "(2020)", "2020a.", "(2023, March)", or where the paper stands, "(under review)".</summary>
    // "(eds.) (2022):" the editors' mark before the year; "(2020, in press)"; "(submitted to *Journal*)".
    // "(2025+)": the year a forthcoming paper is counted under.
    // A word after "2019, " is a month only inside the brackets or when it names one: in "Doe, J., 2019, Did plants …"
    // (USGS style) it is the title's first word.
    // "(September 2021)": the month written before the year, inside the brackets only (bare, "May 2020" opens titles).
    [GeneratedRegex(@"^(?:\((?i:eds?|hrsg)\.?\)\s*)?[(\[]?\s*(?:(?<=[(\[]\s*)(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}(?=\s*[)\]])|(?:19|20)\d{2}(?:[a-z]|\+)?(?:,\s*(?:(?i:" + PublicationStatus.AfterYearWords + @")|\p{L}+\.?(?:\s+\d{1,2})?(?=\s*[)\]])|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?=[.,:)\]]?\s)))?|(?i:submitted\s+to\s+[^()\[\]]{3,120}|(?:" + PublicationStatus.YearSlotWords + @")\.?(?<!n\.\s?d)))\s*[)\]]?[.,:]?\s*")]
    private static partial Regex LeadingYear();

    /// <summary>"17(5), 2035–2062", "pp. 1999-2004": pages after a volume or page mark, whose numbers can pass for years.</summary>
    [GeneratedRegex(@"(?:\)\s*[,:]\s*|\bpp?\.\s*)\d+\s*[–—-]\s*\d+")]
    private static partial Regex PageRange();

    [GeneratedRegex(@"^\s*(?i:(?:re)?submitted\s+to|accepted\s+(?:for\s+publication\s+)?(?:in|at|by)|(?:under|in)\s+review\s+(?:at|in|for|with))\s+\p{L}")]
    private static partial Regex StatusToVenue();

    [GeneratedRegex(@"^\s*\((?i:submitted|under review)\s+(?:to|at)\s+(?<v>[^()]{3,120})\)")]
    private static partial Regex SubmittedTo();

    // "Title (Hebrew)": the language named alone, which only a language's own name can be told from a title's last word by.
    [GeneratedRegex(@"\s*[(\[](?:(?i:in|em|en|auf)\s+\p{Lu}\p{Ll}{3,}|(?:Arabic|Chinese|Czech|Danish|Dutch|Finnish|French|German|Greek|Hebrew|Hungarian|Italian|Japanese|Korean|Latin|Norwegian|Persian|Polish|Portuguese|Russian|Spanish|Swedish|Turkish|Ukrainian))[)\]]$")]
    private static partial Regex LanguageNote();

    // Single quotes ('Title'. Journal) close only before punctuation or a space, so "Hartley's" inside stays in.
    // A straight quote may be closed by an opening curly one ("Title“. Journal") where the typist's keyboard turned it.
    [GeneratedRegex(@"^\s*(?:""(?<t>[^”""“]{3,})“(?=[.,;:]?(?:\s|$))|[“""](?<t>[^”""]{3,})[”""]|[‘'](?<t>[^\n]{3,}?)[’'](?=[.,;:]?(?:\s|$)))")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s\p{Ll}+\s")]
    private static partial Regex LowerWord();

    /// <summary>"Roe (2001)": a capitalised name and the year of the work of theirs that is cited.</summary>
    [GeneratedRegex(@"(?<=\b\p{Lu}\p{Ll}+)\s+\((?:19|20)\d{2}[a-z]?\)")]
    private static partial Regex CitedWorkYear();

    [GeneratedRegex(@"^\p{L}[^,]*(?:,\s*\d+(?:\s*\(\d+\))?)?,\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?$")]
    private static partial Regex VolumePages();

    [GeneratedRegex(@"^:\s+\p{L}")]
    private static partial Regex QuotedHead();

    /// <summary>A full stop, question or exclamation mark after a word (not an initial), then a space.</summary>
    /// <remarks>Abbreviations of venue words ("Proc.", "Trans.", "Comput.") do not end a sentence. Text pasted from a
    /// PDF may lose the space after the stop ("… and english.Canadian Journal of …"): a stop between a lower-case word
    /// and a capitalised one ends the sentence all the same. A word closed by a quote or guillemet ("facteur «g»?") may end it too,
    /// and so may APA's bracketed description ("Survey Dataset [Data set]. Zenodo"); "No. 2022-13" numbers, ending nothing.
    /// A title that closes on a quotation ("Response to “Comment on ‘Title.’” *Journal*") ends after the closing quotes
    /// its stop stands inside; the sentence end is then the empty place before the space, the quotes kept in the title.</remarks>
    [GeneratedRegex(@"(?<=\p{L}{2}[.?!][’”""]{1,2})(?=\s)|(?<=\p{L}{2}|\d|\)|\]|\p{L}[»”])(?<!\bNo(?=\.\s+\d))(?<!\b(?:Proc|Trans|Conf|Int|Intl|Symp|Comput|Commun|Syst|Eng|Sci|Res|Rev|Lett|Ann|Annu|Assoc|Natl|Acad|Mach|Learn|Inf|Inform|Process|Stat|Math|Phys|Chem|Biol|Biophys|Biochem|Mol|Appl|Theor|Adv|Netw|Softw|Technol|Eur|Amer|Soc|Geophys|Astron|Astrophys|Geol|Geosci|Oceanogr|Atmos|Environ|Ecol|Evol|Psychol|Neurosci|Physiol|Mater|Mech|Vol|vol|no|pp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))[.?!](?=\s)|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll}{2,}\s)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}’'\-]+$")]
    private static partial Regex SingleWord();

    [GeneratedRegex(@"^(?:et\s+al\.?\s*)?[,.:]?\s*[""“]\S")]
    private static partial Regex QuoteAfterName();

    [GeneratedRegex(@",\s*\p{Lu}$")]
    private static partial Regex TrailingInitial();

    [GeneratedRegex(@"^\s*,?\s*et\s+al\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingEtAl();

    /// <summary>"et al. [including Roe, K.]", "et al. (incl. K. Roe)": the names a cut-short list still prints (the names
    /// reader may have taken the "et al." already).</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:et\s+al\b\.?\s*)?[\[(]\s*(?:including|incl\.|among\s+them)\s+(?<n>[^\[\]()]+?)\s*[\])]", RegexOptions.IgnoreCase)]
    private static partial Regex IncludedAfterEtAl();

    /// <summary>A comma part that is a printed DOI: "doi:10.5555/x", "DOI: 10.5555/x", "https://doi.org/10.5555/x".</summary>
    [GeneratedRegex(@"^\s*(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PrintedDoi();
}
