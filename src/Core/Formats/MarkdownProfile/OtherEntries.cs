using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>Talks, service, events and theses: a title (printed, or the entry's own words), a year, links, a description.</summary>
internal static partial class OtherEntries
{
    /// <summary>"European Aerosol Congress - Lyon, France": the place after a spaced dash is where, not which meeting.</summary>
    [GeneratedRegex(@"\s[-–]\s\p{Lu}[\p{L} .'-]{1,40},\s*\p{Lu}[\p{L} .'-]{1,40}\.?$")]
    private static partial Regex DashedPlace();

    /// <summary>
    /// "Annual Meeting of X (Boston, MA; October 15, 2015)." and any note after it: the bracket that parts place from
    /// date with a semicolon says where and when the talk was given, not which meeting.
    /// </summary>
    [GeneratedRegex(@"\s*\([^();]{2,80};[^()]*\b(?:19|20)\d{2}\)[\s\S]*$")]
    private static partial Regex PlaceDateBracket();

    /// <summary>Names, then a bold or italic title ("Schulz, H. *Talk title* (2023)"); null when the line opens otherwise.</summary>
    internal static TitleSplit? SpeakerThenMarkedTitle(List<Seg> line)
    {
        for (var k = 1; k < line.Count; k++)
        {
            if (line[k].Kind is not (SegKind.Emph or SegKind.Strong) || EntryTitles.IsLinkLabel(line[k].Text)) continue;
            // "Roe, A., **Kellen, J.** & Lim, B. Title.": a bold name among the names is the owner, not the title.
            if (AuthorText.IsNamesOnly(EntryTitles.TrimSeparators(line[k].Text))) continue;
            var (names, rest) = AuthorText.Consume(EntryTitles.TrimSeparators(EntryTitles.Text(line.Take(k))));
            if (names.Count == 0 || EntryTitles.TrimSeparators(rest).Length > 0) return null;
            return new TitleSplit(EntryTitles.Clean(line[k].Text), line[k].Url, line.Skip(k + 1).ToList());
        }
        return null;
    }

    public static Item? Read(ProfileEntry entry, RecordKind kind, string? owner)
    {
        var links = new List<Link>();
        string? title, url = null;
        string? rest = null;
        var start = 0;
        TitleSplit? split = null;
        PartialDate? givenOn = null;
        if (entry.HeadingTitle is not null) title = EntryTitles.Clean(entry.HeadingTitle);
        else if (entry.Lines.Count == 0) return null;
        else
        {
            split = EntryTitles.Split(entry.Lines[0]);
            // "**Kellen, J.** (2023, March). *Talk title.* Talk at …": an APA reference whose bold run is the speaker
            // Any APA reference ("Roe, A. & **Kellen, J.** (2023). *Title.* Talk presented at …") reads the same way.
            if (kind == RecordKind.Talk && ProfileOutline.OpensWithNamesAndYear(entry.Lines[0]) && CitationEntries.Read(entry, owner) is { Title: not null } reference)
                return reference with { Kind = RecordKind.Talk, Authors = [] };
            if (kind == RecordKind.Talk && split.Title is { } speaker && PersonNames.LooksLikeName(speaker)
                && (SpeakerThenCitation().IsMatch(EntryTitles.Text(split.Rest)) || CitationEntries.Applies(split, entry.Lines[0])) && CitationEntries.Read(entry, owner) is { } cited)
                return cited with { Kind = RecordKind.Talk, Authors = [] };
            // "Roe, A., Lim, B., & **Kellen, J.** Talk title. Paper presented at …": names, then the title as a sentence.
            if (kind == RecordKind.Talk && split.Title is null && SpeakerThenMarkedTitle(entry.Lines[0]) is null
                && ProfileOutline.OpensWithNameList(entry.Lines[0]) && CitationEntries.Read(entry, owner) is { Title: not null } listed)
                return listed with { Kind = RecordKind.Talk, Authors = [] };
            // "- *Serving Long Contexts Cheaply*, Systems Seminar, Ann Arbor, March 2025": a talk list has no author
            // lists, so an opening italic run set off by a comma is the title whatever its words look like.
            if (kind == RecordKind.Talk && split.Title is null && ItalicOpening(entry.Lines[0]) is { } italic)
                split = italic;
            // "Schulz, H. *Talk title* (2023). Congress - Place": the speaker's name, then the marked title.
            if (kind == RecordKind.Talk && split.Title is null && SpeakerThenMarkedTitle(entry.Lines[0]) is { } spoken)
                split = spoken;
            // "**Heidelberg University**, PhD thesis: *Title*": the bold school heads the entry, the other marked words are the title.
            if (kind == RecordKind.Thesis && split.Title is { } bold && Institution().IsMatch(bold) && OtherMarkedTitle(entry, bold) is { } other)
                split = other;
            // "Master of Science thesis: *Title*", "**Some Institute** Invited talk titled *Title*": the marked words a label
            // introduces are the title, whatever is marked before them (the place, in bold).
            string? place = null;
            if (kind is RecordKind.Talk or RecordKind.Thesis && (split.Title is null || kind == RecordKind.Talk)
                && (LabelledMarkedTitle(entry.Lines[0]) ?? (split.Title is { } heading && kind == RecordKind.Talk && !heading.Contains(':') && (Institution().IsMatch(heading) || VenueText.HasVenueWord(heading)) ? OtherMarkedTitle(entry, heading) : null)) is { } introduced
                && introduced.Title != split.Title)
            {
                place = split.Title;
                split = introduced with { Lead = split.Lead };
            }
            // "[Meeting 2025](…), Some University. Session on X. "Talk title," April 2025.": where it was given (linked
            // or not), then the quoted title, then nothing but the date; the quote is the title, what precedes it the place.
            if (kind == RecordKind.Talk && PlaceThenQuotedTitle(EntryTitles.Text(entry.Lines[0])) is { } quotedLast)
            {
                split = null;
                EntryTitles.Text(entry.Lines[0], links);
                (title, rest, givenOn) = quotedLast;
            }
            else if (split.Title is not null)
            {
                title = split.Title;
                url = split.Url;
                rest = place ?? EntryTitles.TrimSeparators(EntryTitles.Text(split.Rest, links));
            }
            else if (kind == RecordKind.Thesis && QuotedInSentence(EntryTitles.Text(entry.Lines[0], links)) is { } quoted)
                (title, rest) = quoted;
            // "Title of the Thesis. University of Somewhere, 2021.": unmarked and unquoted, the title is the sentence before
            // the closing one that names the school and the year.
            else if (kind == RecordKind.Thesis && TitleThenSchoolYear().Match(EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0], links))) is { Success: true } schooled)
                (title, rest) = (EntryTitles.Clean(schooled.Groups["t"].Value), schooled.Groups["s"].Value.Trim() + ", " + schooled.Groups["y"].Value);
            // "Title of the Thesis.  November 2011.  PhD Thesis, University of Somewhere.": unmarked and unquoted, the title is
            // the sentence before one that is only a date; the sentences after the date say what and where.
            else if (kind == RecordKind.Thesis && TitleThenDateSentence().Match(EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0], links))) is { Success: true } thesisDate)
                (title, rest) = (EntryTitles.Clean(thesisDate.Groups["t"].Value), (thesisDate.Groups["rest"].Value.Trim() + " " + thesisDate.Groups["d"].Value).Trim());
            // 'Invited talk: "Title", Meeting, Place (Nov 2024)': a quoted title, alone or after a short label, then where.
            else if (kind == RecordKind.Talk && LabelledQuote().Match(EntryTitles.Text(entry.Lines[0], links)) is { Success: true } labelled)
                (title, rest) = (EntryTitles.Clean(labelled.Groups["t"].Value), EntryTitles.TrimSeparators(labelled.Groups["rest"].Value));
            // "University of Somewhere. Talk Title. March 2014.": where (a school or institute), the title, then the
            // month it was given, each a sentence of its own.
            else if (kind == RecordKind.Talk && PlaceTitleDateSentences(EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0], links))) is { } placed)
                (title, rest, givenOn) = placed;
            // "Talk Title, 2 October 2019, Seminar Series, City": an unmarked talk line whose date follows the title as
            // a part of its own (or after the title's full stop); what comes after the date says where.
            else if (kind == RecordKind.Talk && TitleThenDateTalkLine(EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0], links))) is { } titleDated)
                (title, rest, givenOn) = titleDated;
            // "Talk Title, Seminar Series, City, Country, Nov. 2022": an unmarked talk line of comma parts closing on its
            // date; the first part is the title, the others say where and when.
            else if (kind == RecordKind.Talk && PlainTalkLine(EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0], links))) is { } plain)
                (title, rest) = plain;
            // "MSU Topology Seminar. April 2025.": a talk that prints no title is named by its event; its date is no part of that name.
            else if (kind == RecordKind.Talk && EventThenDate(EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0], links))) is { } evented)
                (title, givenOn) = evented;
            else title = EntryTitles.Clean(EntryTitles.TrimSeparators(EntryTitles.Text(entry.Lines[0], links)));
            start = 1;
        }
        if (string.IsNullOrWhiteSpace(title)) return null;
        int? venueYear = null;
        // "POPL'20 Poster - Title": the meeting and its year lead; the words after the dash are the talk's title.
        if (kind == RecordKind.Talk && VenueYearLead().Match(title) is { Success: true } venueLead && venueLead.Length < title.Length)
        {
            venueYear = VenueText.ShortYear(venueLead.Value);
            title = title[venueLead.Length..].Trim();
        }
        PartialDate? numericLead = null;
        // "*2024.11*, Talk title, Venue.": a numeric date, then the title, then where it was given (the last part).
        if (kind == RecordKind.Talk && split?.Title is null && NumericDateLead().Match(title) is { Success: true } dated)
        {
            var y = int.Parse(dated.Groups["y"].Value);
            numericLead = dated.Groups["m"].Success && int.Parse(dated.Groups["m"].Value) is >= 1 and <= 12 and var mo ? PartialDate.OfMonth(y, mo) : PartialDate.OfYear(y);
            var parts = title[dated.Length..].Split(", ");
            if (parts.Length >= 2)
            {
                // The venue may name its place too ("Reading Group, Zhejiang University"); a part opening in lower case
                // ("Point clouds, fast and slow") still belongs to the title.
                var k = 1;
                while (k < parts.Length - 1 && parts[k].Length > 0 && char.IsLower(parts[k][0])) k++;
                title = EntryTitles.Clean(string.Join(", ", parts[..k]));
                rest = string.Join(", ", parts[k..]);
            }
            else title = EntryTitles.Clean(title[dated.Length..]);
        }

        var description = entry.Lines.Skip(start).Select(l => EntryTitles.TrimSeparators(EntryTitles.Text(l, links))).Where(t => t.Length > 0).ToList();
        var year = VenueText.TrailingMonthYear(rest)?.Year ?? LooseDates.FindYear(rest) ?? LooseDates.FindYear(title) ?? description.Select(LooseDates.FindYear).FirstOrDefault(y => y is not null)
            ?? LooseDates.FindYear(split?.Badge) ?? venueYear;
        PartialDate? published = null;
        if (numericLead is not null) published = numericLead;
        else if (givenOn is not null) published = givenOn;
        else if (split is not null && EntryTitles.LeadDate(split) is { } lead) published = lead;
        else if (rest is not null && LooseDates.TryFind(rest, out var d)) published = d;
        else if (VenueText.TrailingMonthYear(rest) is { } slashDate) published = slashDate;
        else if (year is { } y) published = PartialDate.OfYear(y);
        if (url is not null) links.Insert(0, new Link(LinkRel.Alternate, url));
        return new Item
        {
            Kind = kind,
            Title = title,
            Url = url,
            Authors = kind == RecordKind.Thesis && owner is not null ? [owner] : [],
            Published = published,
            Year = published?.Year ?? year,
            Venue = kind == RecordKind.Talk && !string.IsNullOrEmpty(rest) ? VenueText.Clean(DashedPlace().Replace(PlaceDateBracket().Replace(rest, ""), "")) : null,
            Summary = description.Count > 0 ? string.Join(" ", description) : null,
            Links = links,
        };
    }

    private static (string Title, string Where)? PlainTalkLine(string line)
    {
        var parts = line.Split(", ");
        if (parts.Length < 3 || LooseDates.FindYear(parts[^1]) is null || LooseDates.FindYear(parts[0]) is not null) return null;
        // A part opening in lower case ("Point clouds, fast and slow") still belongs to the title.
        var k = 1;
        while (k < parts.Length - 1 && parts[k].Length > 0 && char.IsLower(parts[k][0])) k++;
        var title = EntryTitles.Clean(string.Join(", ", parts[..k]));
        return title.Length < 8 ? null : (title, string.Join(", ", parts[k..]));
    }

    /// <summary>
    /// "Title, 8 March 2019, Seminar, University" or "Title. 2 October 2019, Meeting, City": the title, then a part that is
    /// a date to the month or day and nothing else, then where. The title may go on in parts opening in lower case
    /// ("Point clouds, fast and slow"). Null when no such date follows the title or nothing follows the date.
    /// </summary>
    private static (string Title, string Where, PartialDate? On)? TitleThenDateTalkLine(string line)
    {
        var parts = line.Split(", ");
        var k = 1;
        while (k < parts.Length - 1 && parts[k].Length > 0 && char.IsLower(parts[k][0])) k++;
        if (k >= parts.Length - 1) return null;
        string head;
        PartialDate on;
        if (IsDayOrMonthDate(parts[k], out on)) head = string.Join(", ", parts[..k]);
        // "Title. 2 October 2019": the title's own full stop before the date.
        else if (k == 1 && parts[0].LastIndexOf(". ", StringComparison.Ordinal) is > 0 and var stop && IsDayOrMonthDate(parts[0][(stop + 2)..], out on))
        {
            head = parts[0][..stop];
            k = 0;
        }
        else return null;
        var title = EntryTitles.Clean(head);
        return title.Length < 8 || LooseDates.TryParse(title, out _) ? null : (title, string.Join(", ", parts[(k + 1)..]), on);
    }

    /// <summary>
    /// "Meeting, City. "Talk title," March 2025.": text saying where, a quoted title of two words or more, then only a
    /// date to the month. Null when nothing precedes the quote or anything but the date follows it.
    /// </summary>
    private static (string Title, string Where, PartialDate? On)? PlaceThenQuotedTitle(string line)
    {
        var m = QuotedTitleThenDate().Match(line);
        if (!m.Success || !IsDayOrMonthDate(m.Groups["d"].Value.Trim().TrimEnd('.'), out var on)) return null;
        var where = EntryTitles.TrimSeparators(line[..m.Index]);
        var title = EntryTitles.Clean(m.Groups["t"].Value.Trim().TrimEnd(',', '.'));
        return where.Length == 0 || title.Split(' ').Length < 2 ? null : (title, where, on);
    }

    [GeneratedRegex(@"[“""](?<t>[^”""]{8,})[”""]\s*,?\s*(?<d>[^“”""]{3,40})$")]
    private static partial Regex QuotedTitleThenDate();

    /// <summary>"Topology Seminar. April 2025": the event's name, then a sentence that is only a date to the month.</summary>
    private static (string Title, PartialDate On)? EventThenDate(string line)
    {
        var stop = line.TrimEnd('.').LastIndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0 || !IsDayOrMonthDate(line[(stop + 2)..].TrimEnd('.'), out var on)) return null;
        var name = EntryTitles.Clean(line[..stop]);
        return name.Length < 4 || name.Contains(". ") ? null : (name, on);
    }

    private static (string Title, string Where, PartialDate? On)? PlaceTitleDateSentences(string line)
    {
        var sentences = line.TrimEnd('.').Split(". ");
        if (sentences.Length < 3 || !IsDayOrMonthDate(sentences[^1], out var on)) return null;
        var place = sentences[0];
        if (!Institution().IsMatch(place) || place.Split(' ').Length > 8) return null;
        var title = EntryTitles.Clean(string.Join(". ", sentences[1..^1]));
        return title.Length < 8 ? null : (title, place, on);
    }

    private static bool IsDayOrMonthDate(string text, out PartialDate date) =>
        LooseDates.TryParse(text, out date) && date.Month is not null && !LooseDates.IsYearOnly(text.Trim());

    /// <summary>The first marked run of the entry (bold, italic, a linked or quoted title) other than the school's name.</summary>
    private static TitleSplit? OtherMarkedTitle(ProfileEntry entry, string school)
    {
        foreach (var line in entry.Lines)
            foreach (var seg in line)
            {
                if (seg.Kind is not (SegKind.Strong or SegKind.Emph or SegKind.Link) || EntryTitles.IsLinkLabel(seg.Text)) continue;
                var text = EntryTitles.Clean(seg.Text);
                if (text == school || text.Split(' ').Length < 2 || Institution().IsMatch(text) || LooseDates.FindYear(text) is not null && text.Split(' ').Length < 4) continue;
                var rest = EntryTitles.Text(entry.Lines[0]).Replace(seg.Text, "");
                return new TitleSplit(text, seg.Kind == SegKind.Link || seg.Url is not null ? seg.Url : null, [new Seg(SegKind.Text, rest)]);
            }
        return null;
    }

    /// <summary>
    /// "Bachelor thesis on "Title", University, 2019. Parts of it …": the quoted words are the title and the rest of
    /// their sentence says where and when; later sentences tell its story.
    /// </summary>
    private static (string Title, string Where)? QuotedInSentence(string text)
    {
        var q = QuotedTitle().Match(text);
        if (!q.Success) return null;
        var after = text[(q.Index + q.Length)..];
        var end = SentenceEnd().Match(after);
        return (EntryTitles.Clean(q.Groups["t"].Value), EntryTitles.TrimSeparators(end.Success ? after[..end.Index] : after));
    }

    /// <summary>A bold or italic run of three words or more straight after a label ending in ":" or "titled".</summary>
    private static TitleSplit? LabelledMarkedTitle(List<Seg> line)
    {
        for (var k = 1; k < line.Count; k++)
        {
            if (line[k].Kind is not (SegKind.Emph or SegKind.Strong) || line[k].Text.Trim().Split(' ').Length < 3) continue;
            if (line[k - 1].Kind != SegKind.Text || !TitleLabel().IsMatch(line[k - 1].Text)) continue;
            return new TitleSplit(EntryTitles.Clean(line[k].Text), line[k].Url, line.Skip(k + 1).ToList());
        }
        return null;
    }

    // A short label of its own ("Master of Science thesis:", "| Invited talk titled"), not the end of a sentence.
    [GeneratedRegex(@"(?:^|[|;–—]\s*)[^|;.:]{0,40}(?:\p{L}{3,}:|(?i:titled|entitled))\s*$")]
    private static partial Regex TitleLabel();

    private static TitleSplit? ItalicOpening(List<Seg> line)
    {
        var i = line.FindIndex(seg => seg.Kind != SegKind.Text || seg.Text.Trim().Length > 0);
        if (i < 0 || i + 1 >= line.Count || line[i].Kind != SegKind.Emph || line[i].Text.Trim().Split(' ').Length < 2) return null;
        var next = line[i + 1];
        if (next.Kind != SegKind.Text || next.Text.TrimStart() is not [',' or '.' or ';' or '–' or '—' or '-', ..]) return null;
        return new TitleSplit(EntryTitles.Clean(line[i].Text), null, line.Skip(i + 1).ToList());
    }

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})(?:[./-](?<m>\d{1,2}))?\s*,\s*(?=\S)")]
    private static partial Regex NumericDateLead();

    [GeneratedRegex(@"^\s*(?:,|&|and\s|\(\s*(?:19|20)\d{2})")]
    private static partial Regex SpeakerThenCitation();

    [GeneratedRegex(@"[“""](?<t>[^”""]{8,})[”""]")]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"^\s*(?:[^:""“”\n]{1,40}:\s*)?[“""](?<t>[^”""]{8,})[”""](?<rest>.*)$")]
    private static partial Regex LabelledQuote();

    [GeneratedRegex(@"^\s*[“""](?<t>[^”""]{3,})[”""]")]
    private static partial Regex LeadingQuote();

    // "B.Tech. Thesis, …": the stop of a dotted degree abbreviation ends no sentence.
    [GeneratedRegex(@"(?<=\p{L}{2}|\d)(?<!\b\p{Lu}\.\p{L}+)\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// A thesis written as fields ("Title - ...", "Supervisor - ...", "University of Leeds, 2020."): one record for the
    /// whole section. Null when the section is not written that way.
    /// </summary>
    public static Item? ReadThesisFields(ProfileSection section, string? owner)
    {
        var lines = section.Entries.Where(e => e.HeadingTitle is null).SelectMany(e => e.Lines).Select(l => EntryTitles.Text(l)).ToList();
        var fields = lines.Select(l => Field().Match(l)).Where(m => m.Success).ToList();
        var titleField = fields.FirstOrDefault(m => m.Groups["key"].Value.Trim().Equals("title", StringComparison.OrdinalIgnoreCase));
        if (titleField is null) return null;
        var title = EntryTitles.Clean(titleField.Groups["value"].Value);
        int? year = null;
        string? venue = null;
        foreach (var line in lines)
        {
            var m = Field().Match(line);
            var key = m.Success ? m.Groups["key"].Value.Trim().ToLowerInvariant() : "";
            if (key.StartsWith("supervis") || key.StartsWith("advis") || key == "title") continue;
            year ??= LooseDates.FindYear(line);
            if (venue is null && Institution().IsMatch(line)) venue = VenueText.Clean(m.Success ? m.Groups["value"].Value : line);
        }
        return new Item
        {
            Kind = RecordKind.Thesis,
            Title = title,
            Authors = owner is not null ? [owner] : [],
            Published = year is { } y ? PartialDate.OfYear(y) : null,
            Year = year,
            Venue = venue,
        };
    }

    /// <summary>
    /// "Dissertation: Title", "Master Thesis: Title" anywhere on the page (often under Education): on the entry's
    /// first line, or under the degree it earned ("**Ph.D., Ecology**, University, 2021" then "Dissertation: *Title*"),
    /// whose year it shares when its own line prints none.
    /// </summary>
    /// <summary>"[MSc Thesis: *Title*](url), University" among papers: the label opens the entry, so it is a thesis.</summary>
    public static Item? ReadLeadingThesis(ProfileEntry entry, string? owner) =>
        entry.HeadingTitle is null && entry.Lines.Count > 0 && ThesisLabel().IsMatch(EntryTitles.Text(entry.Lines[0])) ? ReadLabelledThesis(entry, owner) : null;

    /// <summary>A line opening with a thesis label ("Dissertation:", "Subject of Thesis:", "MSc Thesis –").</summary>
    public static bool OpensWithThesisLabel(List<Seg> line) => ThesisLabel().IsMatch(EntryTitles.Text(line));

    public static Item? ReadLabelledThesis(ProfileEntry entry, string? owner)
    {
        if (entry.HeadingTitle is not null || entry.Lines.Count == 0) return null;
        var at = entry.Lines.FindIndex(l => ThesisLabel().IsMatch(EntryTitles.Text(l)));
        if (at < 0) return null;
        var line = entry.Lines[at];
        var text = EntryTitles.Text(line);
        var label = ThesisLabel().Match(text);
        // On its own line the label is followed by the title, bold or italic; on the first line only bold marks it.
        var marked = line.FirstOrDefault(s => s.Kind == SegKind.Strong || at > 0 && s.Kind == SegKind.Emph);
        // "[MSc Thesis: *Title*](url), University": the link's words after the label are the title, the rest is where.
        var linked = marked is null && line.FirstOrDefault(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0) is { Kind: SegKind.Link } first
            && ThesisLabel().Match(first.Text) is { Success: true } inLink && inLink.Length < first.Text.Length ? first with { Text = first.Text[inLink.Length..] } : null;
        marked ??= linked;
        var rest = text[label.Length..];
        // 'Thesis: "Title". Advisors: …': unmarked but quoted, the title is the quotation; the sentences after it are not.
        var quoted = marked is null ? LeadingQuote().Match(rest) : Match.Empty;
        // "Thesis title: Plain words. Supervisor: Dr. …": unmarked, the title ends where the next labelled field begins.
        var plain = marked is null && !quoted.Success && NextField().Match(rest) is { Success: true } field ? rest[..field.Index] : rest;
        var title = EntryTitles.Clean(marked?.Text ?? (quoted.Success ? quoted.Groups["t"].Value : plain));
        if (title.Length == 0 || Placeholder().IsMatch(title)) return null;
        if (quoted.Success) rest = rest[quoted.Length..] is var tail && tail.IndexOf(". ", StringComparison.Ordinal) is >= 0 and var end ? tail[..end] : tail;
        var year = LooseDates.FindYear(marked is { Text.Length: > 0 } ? rest.Replace(marked.Text, "") : rest)
            ?? (at > 0 ? entry.Lines.Take(at).Select(l => LooseDates.FindYear(EntryTitles.Text(l))).FirstOrDefault(y => y is not null) : null)
            ?? entry.GroupYear;
        return new Item
        {
            Kind = RecordKind.Thesis,
            Title = title,
            Url = marked?.Url,
            Authors = owner is not null ? [owner] : [],
            Published = year is { } y ? PartialDate.OfYear(y) : null,
            Year = year,
        };
    }

    /// <summary>"MSc. Thesis: Title" → "Title": the label before a thesis's title, when a title of two words or more follows it.</summary>
    public static string WithoutThesisLabel(string title) =>
        ThesisLabel().Match(title) is { Success: true, Length: > 0 } label && title[label.Length..].Trim() is var rest && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
            ? rest
            : title;

    /// <summary>"Ph.D. Thesis", "Honours Thesis", "Master's Dissertation": a label naming the degree and nothing else.</summary>
    public static bool IsThesisLabelOnly(string text) =>
        EntryTitles.Clean(text).TrimEnd('.', ':').Trim() + ":" is var label && ThesisLabel().Match(label) is { Success: true } m && m.Length == label.Length;

    /// <summary>
    /// Under "Conferences", an entry with its own title over a line of nothing but names (the authors, the owner
    /// among them) is a contribution to a meeting, a talk or poster; a bare meeting name is an event attended.
    /// </summary>
    public static bool IsContribution(ProfileEntry entry)
    {
        var start = entry.HeadingTitle is null ? 1 : 0;
        if (entry.HeadingTitle is null && (entry.Lines.Count < 2 || EntryTitles.Split(entry.Lines[0]) is not { Title: { } title } || title.Split(' ').Length < 3 || VenueText.HasVenueWord(title))) return false;
        return entry.Lines.Skip(start).Take(2).Any(l => EntryTitles.TrimSeparators(EntryTitles.Text(l)) is { Length: > 0 } names && AuthorText.IsNamesOnly(names));
    }

    [GeneratedRegex(@"^(?<key>[\p{L} ]{2,24}?)\s+[-–—:]\s+(?<value>.+)$|^(?<key>[\p{L} ]{2,24}?):\s*(?<value>.+)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"\b(?:Universi\p{L}*|Institut\p{L}*|College|Col·legi|École|School|ETH|EPFL|MIT|Lab(?:oratory)?)\b")]
    private static partial Regex Institution();

    /// <summary>"Title words. University of Somewhere, 2021.": a title of three words or more, then a last sentence that is a school and a year.</summary>
    [GeneratedRegex(@"^(?<t>\S+(?:\s+\S+){2,}?)\.\s+(?<s>[^.]*\b(?:Universi\p{L}*|Institut\p{L}*|College|École|School)\b[^.]*?),?\s+(?<y>(?:19|20)\d{2})\.?$")]
    private static partial Regex TitleThenSchoolYear();

    /// <summary>"Title words.  November 2011.  PhD Thesis, …": a title of three words or more, then a sentence that is only a (month and) year.</summary>
    [GeneratedRegex(@"^(?<t>[^.]+?(?:\s+[^.\s]+){2,})\.\s+(?<d>(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+)?(?:19|20)\d{2})\.(?:\s+(?<rest>.*))?$")]
    private static partial Regex TitleThenDateSentence();

    [GeneratedRegex(@"^\s*(?:(?:Ph\.?\s?D\.?|M\.?\s?Sc\.?|B\.?\s?Sc\.?|M\.?\s?A\.?|B\.?\s?A\.?|Master['’]?s?|Bachelor['’]?s?|Doctoral|Diploma|Undergraduate|Senior|Honours|Honors)\s+)?(?:(?:Subject|Title|Topic)\s+of\s+(?:the\s+)?)?(?:Thesis|Dissertation)(?:\s+(?:Title|Topic))?\s*[:–—-]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ThesisLabel();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}&]{1,10}\s?['’]\s?\d{2}(?:\s+(?:Poster|Talk|Presentation|Keynote|Tutorial|Demo)s?)?\s+[-–—:]\s+")]
    private static partial Regex VenueYearLead();

    [GeneratedRegex(@"^(?:to be added|tba|tbd|forthcoming|coming soon|n/?a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<=\p{L}{2}[.?!])\s+(?=\p{Lu}\p{L}+(?:\s\p{L}+){0,2}\s?:\s)")]
    private static partial Regex NextField();
}
