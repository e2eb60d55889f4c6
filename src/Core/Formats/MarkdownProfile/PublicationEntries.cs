using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// A publication entry: bold/linked title, then in any order a date, an author line, a venue line, label links,
/// "TL;DR" lines and abstract paragraphs.
/// </summary>
internal static partial class PublicationEntries
{
    private const int MaxVenueWords = 30;

    public static Item? Read(ProfileEntry entry, string? owner)
    {
        if (entry.Container is { } container && entry.HeadingTitle is { } headword) return Contribution(headword, container, entry.GroupYear, owner);
        if (entry.HeadingTitle is null && entry.Lines.Count == 0) return null;
        if (entry.Lines.Count > 0) entry.Lines[0] = EntryTitles.WithoutNumberLabel(entry.Lines[0]);
        // "\*_equal contribution_", "† corresponding author": the legend of the list's marks, not an entry.
        if (entry.HeadingTitle is null && entry.Lines.Count == 1 && MarkLegend().IsMatch(EntryTitles.Text(entry.Lines[0]))) return null;
        TitleSplit split;
        string? headingVenue = null;
        // "2022. Title. (with Bo Chen.) *Journal* 53(3)": the owner's list names only co-authors, after "with"; the
        // rest of the line is the venue and its volume, never names or an abstract.
        var dated = false;
        if (entry.HeadingTitle is { } heading)
        {
            // "### Title (Venue, 2020)": the parenthesis is the venue line.
            var paren = HeadingVenue().Match(heading);
            if (paren.Success) headingVenue = paren.Groups["v"].Value;
            split = new TitleSplit(EntryTitles.Clean(QuotedHeadings.Unquote(paren.Success ? heading[..paren.Index] : heading)), entry.HeadingUrl, entry.Lines.FirstOrDefault() ?? []);
        }
        else
        {
            // "Second Place, Best Student Paper Competition, 2022 …" under a paper is the paper's prize, not a paper.
            if (AwardNotice().IsMatch(EntryTitles.Text(entry.Lines[0]).TrimStart())) return null;
            split = EntryTitles.Split(entry.Lines[0]);
            if (split.Title is null && PlainTitleLine(entry) is { } plain) split = plain;
            else if (split.Title is null && PlainTitleBeforeItalic(entry.Lines[0]) is { } unmarked) split = unmarked;
            else if (split.Title is null && PlainTitleBeforeContainer(entry.Lines[0]) is { } chapter) split = chapter;
            else if (split.Title is null && DatedLeadTitles.Split(entry.Lines[0]) is { } yearFirst) (split, dated) = (yearFirst, true);
            else if (split.Title is null && UnsignedTitles.Split(entry.Lines[0]) is { } unsigned) (split, dated) = (unsigned, true);
            else if (CitationEntries.Applies(split, CitationEntries.OpeningLine(entry)) || CitationEntries.NamesOverTitle(split, entry))
            {
                // "Plain Title - [Venue 2021](…)": no names, so not a citation, but a title and venue all the same.
                if (CitationEntries.Read(entry, owner) is { } cited) return cited;
                if (split.Title is null && EntryTitles.TitleBeforeDash(entry.Lines[0]) is { } dashed) split = dashed;
                else return null;
            }
        }
        // "(**\***: Equal contribution)": a bold mark with no word in it is a legend, not a title.
        if (split.Title is null || !split.Title.Any(char.IsLetterOrDigit)) return null;
        // "[ORCID | orcid.org/0000-…](https://orcid.org/0000-…)": a label that prints its own address points to a site, not a work.
        if (split.Url is not null && Uri.TryCreate(split.Url, UriKind.Absolute, out var address) && address.Host.Length > 0
            && split.Title.Contains(address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host, StringComparison.OrdinalIgnoreCase))
            return null;

        var links = new List<Link>();
        if (split.Url is not null) links.Add(new Link(LinkRel.Alternate, split.Url));
        List<string> authors = [];
        PartialDate? published = null;
        string? venueLine = null, tldr = null;
        var summary = new List<string>();
        var metaText = new List<string>();
        var tags = new List<string>();
        var withOwner = false;
        var venueIsItalic = false;

        if (headingVenue is not null) { venueLine = headingVenue; metaText.Add(headingVenue); }
        for (var i = 0; i < entry.Lines.Count; i++)
        {
            if (i > 0 && entry.ParagraphStarts.Contains(i))
            {
                // A later paragraph is judged whole: a hard-wrapped abstract must not lend its first line to the venue.
                var end = i + 1;
                while (end < entry.Lines.Count && !entry.ParagraphStarts.Contains(end)) end++;
                var paragraph = string.Join(" ", entry.Lines.Skip(i).Take(end - i).Select(l => EntryTitles.Text(l, null)));
                // "Names<br>Journal 51 2021" under a linked title: a paragraph whose first line is nothing but names is the
                // author line over the venue line, however many names make it longer than a venue.
                if (IsAbstract(TextKey.CollapseWhitespace(paragraph), laterParagraph: true)
                    && !(authors.Count == 0 && (AuthorText.IsNamesOnly(TextKey.CollapseWhitespace(paragraph))
                        || end - i > 1 && IsNameList(TextKey.CollapseWhitespace(EntryTitles.Text(entry.Lines[i], null))))))
                {
                    for (var k = i; k < end; k++) EntryTitles.Text(entry.Lines[k], links);
                    summary.Add(AbstractLabel().Replace(TextKey.CollapseWhitespace(paragraph), ""));
                    i = end - 1;
                    continue;
                }
            }
            var segs = i == 0 ? split.Rest : entry.Lines[i];
            var text = EntryTitles.TrimSeparators(EntryTitles.Text(segs, links));
            // "[Abstract | [Draft][paper]]": label links whose references the page never defines leave only brackets.
            // "[paper_ref]:" alone: a reference definition whose address was a template tag.
            if (!ReferenceIds().Replace(UnresolvedLabels().Replace(text, ""), "").Any(char.IsLetterOrDigit) || IsLinkBar(segs)) continue;
            if (TlDr().IsMatch(text)) { tldr ??= TlDr().Replace(text, "").Trim(); continue; }
            if (Keywords().IsMatch(text))
            {
                tags.AddRange(Keywords().Replace(text, "").Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                continue;
            }
            var laterParagraph = i > 0 && entry.ParagraphStarts.Contains(i);
            // Eighteen names run longer than any venue line, but a line of nothing but names is the author list;
            // "[Title](…), Ana Díaz, Bo Chen, … & Carla Ruiz, **Venue**": a long author list on the title line is not an abstract either.
            if (IsAbstract(text, laterParagraph) && !(dated && i == 0) && !(authors.Count == 0 && (AuthorText.IsNamesOnly(text) || i == 0 && AuthorText.Consume(text).Names.Count >= 3))
                && !(i == 0 && MlaTails.Container(entry.Lines[0], segs) is not null && MlaTails.IsCitationTail(segs)))
            {
                summary.Add(text);
                continue;
            }
            metaText.Add(text);
            if (LabelledFields.IsBareLabel(EntryTitles.Text(segs, null).Trim())) continue;
            if (LabelledFields.Read(text) is { } fields)
            {
                if (fields.Authors is not null && authors.Count == 0) authors = AuthorText.Consume(fields.Authors).Names;
                // "Authors: A Smith, …, B Jones." : the sentence's full stop is not part of the last name.
                if (fields.Authors is not null && authors.Count == 0) authors = AuthorText.Consume(fields.Authors.TrimEnd('.', ' ')).Names;
                if (fields.Venue is not null) venueLine ??= fields.Venue;
                if (fields.Year is not null && LooseDates.TryParse(fields.Year, out var fy)) published ??= fy;
                continue;
            }
            if (LooseDates.TryParse(text, out var d))
            {
                published ??= d;
                if (IsArxivSlot(segs)) venueLine ??= "arXiv";
                continue;
            }
            if (authors.Count == 0 && MlaTails.CoauthorSentence(text) is { } sentence)
            {
                withOwner = true;
                authors = sentence.Names;
                text = sentence.Remainder;
                if (text.Length == 0) continue;
            }
            // "**Title** (2018), joint with Ana Díaz. *Journal*": the year slot after the title, then the co-authors.
            if (authors.Count == 0 && YearSlotBeforeNames().Match(text) is { Success: true } yearSlot && WithCoauthors().IsMatch(text[yearSlot.Length..])
                && LooseDates.TryParse(yearSlot.Groups["y"].Value, out var wy))
            {
                published ??= wy;
                text = text[yearSlot.Length..];
            }
            if (authors.Count == 0 && WithCoauthors().Match(text) is { Success: true } with)
            {
                // "(with Bo Chen and Carla Ruiz)": the owner's co-authors; the owner wrote it too.
                // "(with Bo Chen (co-first author), and C. Ruiz. BC: corresponding author)": the notes on the names are not names.
                var (coauthors, left) = AuthorText.Consume(CoauthorNotes().Replace(NoteAfterNames().Replace(with.Groups["n"].Value, ""), ""));
                if (coauthors.Count > 0)
                {
                    withOwner = true;
                    authors = coauthors;
                    // "joint with Bo Chen, *Handbook of X*": unbracketed, what follows the names is the rest of the line.
                    text = EntryTitles.TrimSeparators((with.Value.StartsWith('(') ? "" : left + " ") + text[with.Length..]);
                    if (text.Length == 0) continue;
                }
            }
            // "*Journal* 6.2 (2012) [with Ana Díaz]. [PDF](…)": co-authors set in brackets after the venue; the owner wrote it too.
            if (authors.Count == 0 && BracketedCoauthors().Match(text) is { Success: true, Index: > 0 } joint
                && AuthorText.Consume(joint.Groups["n"].Value) is { Names.Count: > 0 } bracketed && EntryTitles.TrimSeparators(bracketed.Remainder).Length == 0)
            {
                withOwner = true;
                authors = bracketed.Names;
                text = EntryTitles.TrimSeparators(text.Remove(joint.Index, joint.Length));
                if (text.Length == 0) continue;
            }
            if (authors.Count == 0 && EmptyCoauthorSlot().Match(text) is { Success: true, Index: > 0 } empty)
            {
                text = text[..empty.Index];
                if (EntryTitles.TrimSeparators(text).Length == 0) continue;
            }
            // "Updated 2025. Forthcoming at …": the date the draft was last revised, then the rest of the line.
            if (DraftDate().Match(text) is { Success: true } draft && LooseDates.TryParse(draft.Groups["d"].Value, out var dd))
            {
                published ??= dd;
                text = EntryTitles.TrimSeparators(text[draft.Length..]);
                if (text.Length == 0) continue;
            }
            // "“Title”, with Bo Chen. 2025. *Journal* 54: 775-793.": a bare year opening what is left is the entry's
            // date, set before the venue it dates; it is no part of the venue's name.
            if (BareYearBeforeVenue().Match(text) is { Success: true } bare && LooseDates.TryParse(bare.Groups["y"].Value, out var by))
            {
                published ??= by;
                text = text[bare.Length..];
            }
            // "[Title](…) (2021). <u>B Nowak</u>, G Marliac. *Journal*.": the year slot after the title, then the names.
            if (authors.Count == 0 && YearSlotBeforeNames().Match(text) is { Success: true } slot
                && AuthorText.Consume(text[slot.Length..]).Names.Count > 0 && LooseDates.TryParse(slot.Groups["y"].Value, out var sy))
            {
                published ??= sy;
                text = text[slot.Length..];
            }
            // "Ana Díaz, Bo Chen [Journal, 2020](…)" under the title: the names end where the marked venue begins.
            if (authors.Count == 0 && !dated && NamesThenVenue.Read(segs) is { } credited)
            {
                authors = credited.Names;
                venueLine ??= credited.Venue;
                // "**Journal**, 06/2022": the date printed after the venue dates the work.
                var after = EntryTitles.Text(credited.After);
                published ??= VenueText.TrailingMonthYear(after) ?? (LooseDates.TryFind(after, out var afterDate) ? afterDate : null);
                continue;
            }
            var mlaContainer = i == 0 && entry.HeadingTitle is null ? MlaTails.Container(entry.Lines[0], segs) : null;
            if (authors.Count == 0 && mlaContainer is null && !dated)
            {
                // "edited by Ana Díaz and Bo Chen": the editors of a book are the names the page credits.
                var (names, remainder) = AuthorText.Consume(EditedBy().Replace(text, ""));
                // "Ana Díaz, Bo Chen, QX" (or "QX" alone) over "[Journal](…), 2024": the capitals closing the author line are
                // the last author's initials, as the venue is the line below (or its link straight after them).
                if (InitialsNames.CloseNameLine(remainder, segs, entry, i) is { } initials) (names, remainder) = ([.. names, initials.Initials], initials.After);
                // "S Han, **W Choi**, I Youn, *Brain Sciences*, **10 (7)**, 409": an italic run read as the last name,
                // with a volume straight after it, is the journal; a two-word name looks like a person's, but no
                // person's name is followed by a volume.
                if (names.Count > 1 && segs.Any(s => s.Kind == SegKind.Emph && EntryTitles.Clean(s.Text) == names[^1])
                    && VolumeOpening().IsMatch(EntryTitles.TrimSeparators(remainder)))
                    (names, remainder) = (names[..^1], names[^1] + ", " + remainder);
                // "_Computational Statistics and Data Analysis_ 56(6): 1795-1807": names read from inside the italic run the
                // line opens with are a journal's name that "and" cut in two, as are names filling that run before a volume.
                else if (names.Count > 0 && NamesFromItalicLead(segs, remainder) && !names.Any(n => owner is not null && PersonNames.SamePerson(n, owner)))
                    names = [];
                // "*Econometric Theory, 2011*": one name-like pair of words and a year is a journal and its year,
                // unless that name is the owner's.
                // "*Computers & Chemical Engineering* - 2024": an italic opening before a bare year, with a lone word among
                // its "names", is a journal whose name holds an ampersand.
                var journalYear = LooseDates.TryParse(EntryTitles.TrimSeparators(remainder), out _)
                    && (names.Count == 1 && !(owner is not null && PersonNames.SamePerson(names[0], owner))
                        || names.Count > 1 && segs.FirstOrDefault(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0)?.Kind == SegKind.Emph
                            && names.Any(n => !PersonNames.LooksLikeName(n)));
                // "*Philosophers’ Imprint*, Vol. 11, no. 15": one name-like pair in italics before a volume is a journal
                // and its volume, unless that name is the owner's; so is one before its year and links ("*OSF Preprints*
                // (2021) <https://…> (open access)").
                var journalVolume = names.Count == 1 && !(owner is not null && PersonNames.SamePerson(names[0], owner))
                    && segs.FirstOrDefault(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0)?.Kind == SegKind.Emph
                    && (VolumeOpening().IsMatch(EntryTitles.TrimSeparators(remainder)) || LeadingYear().IsMatch(EntryTitles.TrimSeparators(remainder)));
                if (names.Count > 0 && !journalYear && !journalVolume)
                {
                    authors = names;
                    text = EntryTitles.TrimSeparators(remainder);
                    if (text.Length == 0) continue;
                    if (LooseDates.TryParse(text, out d))
                    {
                        published ??= d;
                        if (IsArxivSlot(segs)) venueLine ??= "arXiv";
                        continue;
                    }
                }
            }
            // "Eastbrook University, Harbour Institute of Technology" under the names says where the authors work.
            if (authors.Count > 0 && venueLine is null && VenueText.IsAffiliations(text)) continue;
            // The container is one italic span: a colon in it opens its subtitle ("*Prairie Letters: A Journal of Place*"), no city.
            if (venueLine is null && mlaContainer is not null) { venueLine = mlaContainer; venueIsItalic = true; }
            else if (venueLine is null)
            {
                var headed = HeadedVenueLine(entry, i, authors, text);
                var marked = MarkedVenue(segs, authors.Count > 0 && i > 0) ?? (dated && i == 0 || headed ? ItalicVenue(segs) : null);
                // "[Title](…), my simulations fed into section 2.4": the owner's remark on the work where a venue would go.
                // Its figures ("TOI-2025 b", "section 2.4") date nothing, so it leaves the metadata for the summary.
                if (marked is null && OwnerRemarks.IsRemark(text))
                {
                    metaText.RemoveAt(metaText.Count - 1);
                    ScholarlyText.AddIdentifierLinks(text, links);
                    summary.Add(text);
                    continue;
                }
                venueLine = marked ?? text;
                // "_Journal_ 27 (1982), 255-75; French version, tr. …, _Revue_ 4 (1989)": the clauses after the first cite
                // reprints and translations; the work's year is the first clause's.
                if (headed && venueLine != text && LooseDates.FindYear(text.Split(';')[0]) is { } firstYear) published ??= PartialDate.OfYear(firstYear);
            }
            else summary.Add(text);
        }

        venueLine ??= split.Badge ?? entry.Badge;
        published ??= EntryTitles.LeadDate(split);
        foreach (var t in metaText) ScholarlyText.AddIdentifierLinks(t, links);
        published ??= VenueText.TrailingMonthYear(venueLine);
        if (published is null && venueLine is not null && LooseDates.TryFind(venueLine, out var vd) && vd.Month is not null) published = vd;
        var year = published?.Year ?? LooseDates.FindYear(venueLine) ?? VenueText.ShortYear(venueLine) ?? metaText.Select(LooseDates.FindYear).FirstOrDefault(y => y is not null) ?? entry.GroupYear;
        var tidy = AuthorLists.Tidy(authors);
        return new Item
        {
            // "[Title](…), my thesis and the defence slides": the owner's remark after the title may say what the work is.
            Kind = VenueText.IsThesis(venueLine) || OwnerRemarks.NamesOwnThesis(EntryTitles.Text(split.Rest)) ? RecordKind.Thesis
                : VenueText.IsTalk(venueLine) ? RecordKind.Talk : RecordKind.Publication,
            Title = split.Title,
            Url = split.Url,
            Authors = tidy.Count == 0 || withOwner ? AuthorLists.WithOwner(tidy, owner) : tidy,
            Published = published ?? (year is { } y ? PartialDate.OfYear(y) : null),
            Year = year,
            Venue = VenueText.Clean(venueLine, italicWhole: venueIsItalic),
            Summary = summary.Count > 0 ? string.Join(" ", summary) : tldr,
            Links = links,
            Tags = tags,
            Identifiers = new Identifiers { Doi = metaText.Select(ScholarlyText.LabelledDoi).FirstOrDefault(d => d is not null) },
        };
    }

    /// <summary>
    /// A headword the owner wrote for a reference work: the work (its italic title when it opens the line, else the
    /// line cleaned as a venue) is the venue and dates the entry; the editors named there are the work's, not authors.
    /// </summary>
    private static Item Contribution(string headword, List<Seg> container, int? groupYear, string? owner)
    {
        var text = TextKey.CollapseWhitespace(EntryTitles.Text(container)).Trim();
        var lead = container.FirstOrDefault(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0);
        var venue = lead is { Kind: SegKind.Emph } ? EntryTitles.Clean(lead.Text) : VenueText.Clean(text);
        var year = LooseDates.FindYear(text) ?? groupYear;
        return new Item
        {
            Kind = RecordKind.Publication,
            Title = EntryTitles.Clean(headword),
            Authors = AuthorLists.WithOwner([], owner),
            Published = year is { } y ? PartialDate.OfYear(y) : null,
            Year = year,
            Venue = venue,
        };
    }

    /// <summary>
    /// Whether the names read from the line all lie in the italic run it opens with: they end inside it (its last
    /// words, "and Data Analysis", are left over before what follows it), or fill it and a volume follows.
    /// </summary>
    private static bool NamesFromItalicLead(List<Seg> segs, string remainder)
    {
        var lead = segs.FindIndex(s => s.Kind != SegKind.Text || EntryTitles.TrimSeparators(s.Text).Length > 0);
        if (lead < 0 || segs[lead].Kind != SegKind.Emph) return false;
        var after = EntryTitles.TrimSeparators(TextKey.CollapseWhitespace(EntryTitles.Text(segs.Skip(lead + 1))));
        var left = EntryTitles.TrimSeparators(TextKey.CollapseWhitespace(remainder));
        if (left.Length > after.Length + 2) return char.IsLetter(left[0]) && !left.StartsWith('(');
        return VolumeOpening().IsMatch(left);
    }

    /// <summary>
    /// "[Abstract | Draft | [Data][data_ref]]": links opening on a label word, set apart by bars, with no words of their
    /// own between them (reference links the page never defines count as links): the entry's link row.
    /// </summary>
    /// <summary>
    /// "[arXiv](https://arxiv.org/abs/…), 2025." where other entries print "[Journal](…), 2024": a line that is nothing
    /// but a date once its label links are gone, the first of them to arXiv, names the preprint server as the venue.
    /// </summary>
    private static bool IsArxivSlot(List<Seg> segs) =>
        segs.FirstOrDefault(s => s.Kind == SegKind.Link) is { } first && first.Text.Trim().Equals("arXiv", StringComparison.OrdinalIgnoreCase)
        && Uri.TryCreate(first.Url, UriKind.Absolute, out var address) && address.Host.EndsWith("arxiv.org", StringComparison.OrdinalIgnoreCase);

    private static bool IsLinkBar(List<Seg> segs)
    {
        var first = segs.FirstOrDefault(s => s.Kind == SegKind.Link);
        if (first is null || !EntryTitles.IsLinkLabel(first.Text)) return false;
        var between = string.Concat(segs.Where(s => s.Kind != SegKind.Link).Select(s => s.Text));
        // "[Draft](…) | [Code](…)", "[Draft](…), [GitHub](…)": labels set apart by bars, or by commas when every link is a label.
        var labels = segs.Count(s => s.Kind == SegKind.Link) >= 2 && segs.Where(s => s.Kind == SegKind.Link).All(s => EntryTitles.IsLinkLabel(s.Text));
        return (between.Contains('|') || labels) && !ReferenceIds().Replace(UnresolvedLabels().Replace(between, ""), "").Any(char.IsLetterOrDigit);
    }

    [GeneratedRegex(@"\[[^\s\[\]]{1,40}\]")]
    private static partial Regex ReferenceIds();

    /// <summary>
    /// An unmarked title on a line of its own, with the names on the next line ("Title&lt;br&gt;Ana Díaz, Bo Chen&lt;br&gt;Venue"):
    /// the line layout marks the title when no markup does.
    /// </summary>
    /// <summary>
    /// "Book review of "X", *Journal of Y*, forthcoming": an unmarked title with no names before it, then the italic
    /// venue after a comma. A single-author page prints its own works this way.
    /// </summary>
    internal static TitleSplit? PlainTitleBeforeItalic(List<Seg> line)
    {
        if (line.Count < 2 || line[0].Kind != SegKind.Text || line[1].Kind != SegKind.Emph) return null;
        var lead = line[0].Text.Trim();
        if (!lead.EndsWith(',')) return null;
        var title = EntryTitles.Clean(lead.TrimEnd(',').Trim());
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || AuthorText.IsNamesOnly(title)
            || LooseDates.FindYear(title) is not null || AuthorText.Consume(title).Names.Count > 0) return null;
        // What follows the venue is a year, a status and label links, never a paragraph's worth of words.
        if (EntryTitles.Text(line.Skip(2)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12) return null;
        return new TitleSplit(title, null, line.Skip(1).ToList());
    }

    /// <summary>
    /// "2022. Title of the Chapter. Pp. 221-250 in [*Book*](…). Press." or "Title. In *Book*, edited by …": an unmarked
    /// title, then the pages and "in" before the marked book that holds it, as chapter citations in the social sciences
    /// print them. The book is the venue; a year opening the line dates the entry.
    /// </summary>
    internal static TitleSplit? PlainTitleBeforeContainer(List<Seg> line)
    {
        if (line.Count < 2 || line[0].Kind != SegKind.Text || line[1].Kind is not (SegKind.Emph or SegKind.Link)) return null;
        if (ChapterOpening().Match(line[0].Text) is not { Success: true } m) return null;
        var title = EntryTitles.Clean(m.Groups["t"].Value);
        // "Ana Díaz and Bo Chen. Title. In *Book*": names before a stop, or a year inside, make it a citation, not a title.
        // A title's own words may read as a name ("Informal Oversight and …"), so only names closed by a stop count.
        // "A. Díaz, B. Chen. Title. In *Book*": an initial's stop is no sentence end, so every stop is tried as the names' end.
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || AuthorText.IsNamesOnly(title)
            || StopsIn(title).Any(stop => AuthorText.IsNamesOnly(title[..stop])) || LooseDates.FindYear(title) is not null) return null;
        return new TitleSplit(title, null, line.Skip(1).ToList(), m.Groups["y"].Success ? m.Groups["y"].Value : null);
    }

    private static IEnumerable<int> StopsIn(string text)
    {
        for (var at = text.IndexOf(". ", StringComparison.Ordinal); at > 0; at = text.IndexOf(". ", at + 1, StringComparison.Ordinal)) yield return at;
    }

    [GeneratedRegex(@"^\s*(?:(?<y>(?:19|20)\d{2})[a-z]?[.:]\s+)?(?<t>\S.+?)\.\s+(?:Pp?\.\s*\d+\s*[-–]\s*\d+,?\s+in|In:?)\s*$")]
    private static partial Regex ChapterOpening();

    /// <summary>"…, *Journal*, 2020": a line that prints an italic venue after a comma, as one-line citations do.</summary>
    internal static bool HasItalicVenueAfterComma(List<Seg> line) =>
        line.Skip(1).Select((s, i) => (s, prev: line[i])).Any(p => p.s.Kind == SegKind.Emph && p.prev.Kind == SegKind.Text && p.prev.Text.TrimEnd().EndsWith(','));

    private static TitleSplit? PlainTitleLine(ProfileEntry entry)
    {
        if (entry.Lines.Count < 2 || entry.ParagraphStarts.Contains(1)) return null;
        var first = EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0]));
        var second = EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[1]));
        if (first.Split(' ').Length < 2 || AuthorText.IsNamesOnly(first) || !(AuthorText.IsNamesOnly(second) || OpensWithCoauthors(second)))
            return null;
        var url = entry.Lines[0].FirstOrDefault(s => s.Kind == SegKind.Link && !EntryTitles.IsLinkLabel(s.Text))?.Url;
        return new TitleSplit(EntryTitles.Clean(first), url, []);
    }

    /// <summary>"With Ana Díaz. In preparation.": a line that opens with the owner's co-authors is the author line of an unmarked title above it.</summary>
    private static bool OpensWithCoauthors(string line) =>
        WithCoauthors().Match(line) is { Success: true } with && AuthorText.Consume(with.Groups["n"].Value) is { Names.Count: > 0 } read
        && EntryTitles.TrimSeparators(read.Remainder).Length == 0;

    /// <summary>
    /// Under the author line, a venue line that opens with bold text ("in ***Journal***, doi: …"): the bold part
    /// names the venue, the rest is volume, identifiers and editors.
    /// </summary>
    private static string? MarkedVenue(List<Seg> segs, bool afterAuthors)
    {
        if (!afterAuthors) return null;
        var k = 0;
        while (k < segs.Count && segs[k].Kind == SegKind.Text && VenueLead().IsMatch(segs[k].Text)) k++;
        if (k >= segs.Count || segs[k].Kind != SegKind.Strong) return null;
        var venue = EntryTitles.Clean(segs[k].Text);
        return venue.Length == 0 || PersonNames.LooksLikeName(venue) ? null : venue;
    }

    [GeneratedRegex(@"^\s*(?:(?:in|at|published in|appeared in)\s*)?[:,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex VenueLead();

    /// <summary>"Vol. 11, no. 15", "11(2): 3–9", "no. 4": the volume or issue a journal's name is followed by.</summary>
    [GeneratedRegex(@"^(?:vol(?:ume)?\.?\s*\d|no\.\s*\d|\d{1,4}\s*(?:\(\d|[,:.]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex VolumeOpening();

    /// <summary>
    /// "### ‘Title’" over "in A. Roe (ed.), _Book_ (Leiden 1981), 101-19": a dated line straight under a title heading,
    /// with no names on it, is the work's venue line; its italic run names the venue, around it are editors, place and pages.
    /// </summary>
    private static bool HeadedVenueLine(ProfileEntry entry, int line, List<string> authors, string text) =>
        entry.HeadingTitle is not null && line == 0 && authors.Count == 0 && LooseDates.FindYear(text) is not null;

    /// <summary>
    /// "*Linguistic Inquiry* 53(3): 427–458. DOI: …" after a year-first title: the italic run names the venue (a two-word
    /// journal name may look like a person's, but the names on such a list come only after "with").
    /// </summary>
    private static string? ItalicVenue(List<Seg> segs) =>
        segs.Where(s => s.Kind == SegKind.Emph).Select(s => EntryTitles.Clean(s.Text))
            .FirstOrDefault(v => v.Any(char.IsLetter));

    [GeneratedRegex(@"^(?:(?:last\s+)?(?:updated|revised)(?:\s+(?:on|in))?|this\s+(?:version|draft)|current\s+(?:version|draft))\s*:?\s*(?<d>[^.;,]{0,20}?(?:19|20)\d{2})\s*(?:[.;,]\s*|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DraftDate();

    [GeneratedRegex(@"^\((?<y>(?:19|20)\d{2})[a-z]?\)[.,:]?\s+(?=\S)")]
    private static partial Regex YearSlotBeforeNames();

    /// <summary>"2025. *Journal*": a year standing alone, closed by a full stop or comma, then words (not numbers).</summary>
    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})[.,]\s+(?=\p{L})")]
    private static partial Regex BareYearBeforeVenue();

    [GeneratedRegex(@"\[[^\[\]]{1,40}\]\[[^\[\]]{0,40}\]")]
    private static partial Regex UnresolvedLabels();

    [GeneratedRegex(@"^\s*(?:edited\s+by|eds?\.?:?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex EditedBy();

    /// <summary>Long running text, or a later paragraph that reads as sentences: an abstract, not metadata.</summary>
    /// <summary>A line of several names and nothing else: an author list, never the first line of prose.</summary>
    private static bool IsNameList(string line) => AuthorText.Consume(line).Names.Count >= 2 && AuthorText.IsNamesOnly(line);

    public static bool IsAbstract(string text, bool laterParagraph)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxVenueWords) return true;
        return laterParagraph && words > 6 && text.EndsWith('.') && !TlDr().IsMatch(text)
            && (words > 20 || LooseDates.FindYear(text) is null)
            && !PersonNames.LooksLikeName(TextKey.CollapseWhitespace(text.Split(',', '&')[0].Replace(" and ", ",").Split(',')[0]));
    }

    [GeneratedRegex(@"\s*\((?<v>[^()]*(?:19|20)\d{2}[^()]*)\)\s*$")]
    private static partial Regex HeadingVenue();

    /// <summary>A prize's rank or name, then a comma or colon: "Finalist, …", "Honorable Mention: …", "Best Paper Award, …".</summary>
    [GeneratedRegex(@"^(?:Winner|Finalist|Runner[- ]?up|(?:First|Second|Third|1st|2nd|3rd) Place|Honou?rable Mention|Best(?: [\w-]+){0,4} (?:Award|Prize))\s*[,:–—-]\s", RegexOptions.IgnoreCase)]
    private static partial Regex AwardNotice();

    /// <summary>"(2021) [link] (open access)", "2021. [PDF](…)": a year, bracketed or not, opening what follows a venue.</summary>
    [GeneratedRegex(@"^\(?(?:19|20)\d{2}\b(?!\s*[-–]\s*\d)")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"^Abstract\s*[:.]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractLabel();

    // "(commentary article, with Bo Chen)": a short note on the work may come first inside the brackets; a name's own
    // bracketed note may sit inside them. Unbracketed, the list runs to a full stop that is not an initial's ("joint with
    // H. Weerahandi, L. Li. Under review."). "with co-authors Bo Chen and C. Ruiz.": the label before the names is not one.
    [GeneratedRegex(@"^\(\s*(?:[^(),]{1,40},\s*)?(?:joint\s+(?:work\s+)?)?with\s+(?:co-?authors?:?\s+)?(?<n>(?:[^()]|\([^()]*\))+)\)[.,;]?\s*|^(?:joint\s+(?:work\s+)?)?with\s+(?:co-?authors?:?\s+)?(?<n>[^()]+?)(?:(?<!\b(?-i:\p{Lu}))[.;]\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex WithCoauthors();

    /// <summary>"Bo Chen (co-first author)": a bracketed note on one co-author.</summary>
    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex CoauthorNotes();

    /// <summary>"… and Carla Ruiz. BC and CR: corresponding authors": a note set after the list's closing full stop.</summary>
    [GeneratedRegex(@"(?<!\b\p{Lu})\.\s+\S.*$")]
    private static partial Regex NoteAfterNames();

    // "(Co-authored with Bo Chen)", "(joint with …)" say the same as "[with …]".
    [GeneratedRegex(@"\s*[\[(](?:(?i:co-?authored|joint(?:\s+work)?|written)\s+)?(?i:with)\s+(?<n>\p{Lu}[^\[\]()]{2,200}?)\.?[\])]")]
    private static partial Regex BracketedCoauthors();

    /// <summary>"…, *Journal* 5:36-79 (NA)": the co-author slot of a CV line left empty, ending the line.</summary>
    [GeneratedRegex(@"\s*\((?:NA|N/A|none)\)\s*$")]
    private static partial Regex EmptyCoauthorSlot();

    [GeneratedRegex(@"^(?:Keywords?|Topics|Tags)\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Keywords();

    [GeneratedRegex(@"^(?:TL;?DR|Summary|In short)\s*[:.\-–]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TlDr();

    [GeneratedRegex(@"^\s*\(?[*†‡§]+\s*[:=]?\s*\p{L}[\p{L} -]{0,40}\)?\.?\s*$")]
    private static partial Regex MarkLegend();
}
