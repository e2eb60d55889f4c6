using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>One citation as printed in a paragraph of its own, read by its parts.</summary>
internal sealed record CitedWork(IReadOnlyList<string> Authors, int? Year, string Title, string? Venue, string? Doi, RecordKind Kind)
{
    /// <summary>The record for this work, the owner among its authors.</summary>
    public Item ToItem(string? owner) => new()
    {
        Kind = Kind,
        Title = Title,
        Authors = AuthorLists.WithOwner(AuthorLists.Tidy(Authors), owner),
        Published = Year is { } y ? PartialDate.OfYear(y) : null,
        Year = Year,
        Venue = Venue,
        Identifiers = Doi is null ? Identifiers.None : new Identifiers { Doi = Doi },
    };
}

/// <summary>
/// A listing printed as plain citations, one paragraph each (a site's "Publications" page as extracted text):
/// "Ruiz AB, de la Peña C. 2021. Title. Journal, 4(2):1–9." or "Ana Ruiz, Bo Chen. Title. Meeting, Place, 2020 (Poster)."
/// A paragraph is a citation when it opens with a list of names, then (optionally) the year, a title sentence and
/// the venue; menus, headings and prose around the list are not.
/// </summary>
internal static partial class CitationParagraphs
{
    /// <summary>
    /// Paragraphs separated by blank lines, their wrapped lines joined. A bibtex2html-style list prints its entries
    /// one after another with no blank line, each closed by its bracketed links ("[ abstract | bib | http ]"): a
    /// paragraph holding two or more such trailers is that many entries, cut after each trailer (dropped).
    /// </summary>
    public static List<string> Paragraphs(string text)
    {
        var result = new List<string>();
        var current = new List<string>();
        void Flush()
        {
            if (current.Count > 0) result.AddRange(SplitAtTrailers(string.Join(" ", current)));
            current = [];
        }
        foreach (var block in ListingLines.Blocks(text))
        {
            foreach (var line in block)
            {
                // A rendered list prints its items one after another with no blank line, each opened by its bullet
                // (wrapped lines are indented, never bulleted): each bullet starts a paragraph.
                if (Bullet().Match(line) is { Success: true } bullet)
                {
                    Flush();
                    current.Add(line[bullet.Length..]);
                }
                // A URL or a date wrapped at its slash ("https://doi.org/10.1016/" + "j.x.2022.1", "5/" + "21/2019") goes on unbroken.
                else if (current.Count > 0 && current[^1].EndsWith('/')) current[^1] += line;
                else current.Add(line);
            }
            Flush();
        }
        return result;
    }

    private static IEnumerable<string> SplitAtTrailers(string paragraph)
    {
        var trailers = LinkTrailer().Matches(paragraph);
        if (trailers.Count < 2)
        {
            yield return paragraph;
            yield break;
        }
        var from = 0;
        foreach (Match m in trailers)
        {
            var piece = paragraph[from..m.Index].Trim();
            if (piece.Length > 0) yield return piece;
            from = m.Index + m.Length;
        }
        if (paragraph[from..].Trim() is { Length: > 0 } last) yield return last;
    }

    /// <summary>
    /// The citation a paragraph prints, or null when it is something else (menu, heading, prose). A citation that
    /// prints no year of its own takes <paramref name="sectionYear"/>, the year heading it is listed under.
    /// </summary>
    public static CitedWork? Read(string paragraph, int? sectionYear = null)
    {
        var p = TextKey.CollapseWhitespace(paragraph);
        if (p.Length < 40 || p.Length > 2000) return null;
        return ReadSentences(p, sectionYear) ?? ReadCommaParts(p);
    }

    /// <summary>Names, year, title and venue as sentences ("Doe, J. (2020). Title. Venue, 4(2), 1–9.").</summary>
    private static CitedWork? ReadSentences(string p, int? sectionYear)
    {
        if (ReadNames(p) is not var (names, afterNames) || names.Count == 0) return null;

        var rest = afterNames;
        int? year = null;
        var leadingYear = LeadingYear().Match(rest);
        if (leadingYear.Success)
        {
            year = int.Parse(leadingYear.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            rest = rest[leadingYear.Length..];
        }

        // "Critical comments on Doe et al. (2025).", "[Review of X. Y by Z (ed.)].": an abbreviation's stop or one
        // inside brackets does not end the title.
        Match Stop(Match m)
        {
            while (m.Success && m.Value[0] == '.' && (Abbreviation().IsMatch(rest[..m.Index]) || Unclosed(rest[..m.Index])))
                m = m.NextMatch();
            return m;
        }
        // "“Title.” Journal, 19, Pp. 1–9.": a quoted title ends at its closing quote, whatever it holds.
        if (QuotedTitle().Match(rest) is { Success: true } quoted)
        {
            var qTail = rest[quoted.Length..].Trim();
            year ??= LooseDates.FindYear(qTail) ?? sectionYear;
            if (year is null) return null;
            var qVenue = QuotedTitleVenueEnd().Split(qTail, 2)[0].Trim().TrimEnd('.', ',', ';', ':').Trim();
            return new CitedWork(names, year, quoted.Groups["t"].Value.Trim().TrimEnd('.', ',').Trim(), qVenue.Length == 0 ? null : qVenue, null, RecordKind.Publication);
        }
        var end = Stop(TitleEnd().Match(rest));
        // "(2016) Title, Meeting, 1-4 August, Place, 652-667": a citation of comma parts may close without a stop.
        if (!end.Success && leadingYear.Success && CommaSentence(rest.TrimEnd()) is not null) end = Stop(TitleEnd().Match(rest = rest.TrimEnd() + "."));
        if (!end.Success) return null;
        // "Title, 1997–2007. Subtitle question? Journal, 66(8), 1–9.": a question after the first sentence, with
        // the venue and its volume after it, is the title's subtitle.
        if (end.Value[0] == '.' && QuestionSubtitle().Match(rest, end.Index + end.Length) is { Success: true } subtitle)
            end = TitleEnd().Match(rest, rest.LastIndexOf('?', subtitle.Index + subtitle.Length - 1));
        // "Do wages travel? Evidence from two counties. Journal, 18, 77–102.": after a question the title runs on
        // to the next stop when that part is a plain phrase and the venue with its numbers still follows.
        // A subtitle may cite other work by "Doe et al. (2025)".
        if (end.Value[0] is '?' or '!' && Stop(end.NextMatch()) is { Success: true } next && next.Value[0] == '.'
            && rest[(end.Index + end.Length)..next.Index] is var part
            && (!part.Any(c => char.IsDigit(c) || c == ',') && rest[(next.Index + next.Length)..].Any(char.IsDigit)
                // "Populists? The link between knowledge, status and attitudes. Journal , 38(1), 43–60.": the venue
                // with its volume follows the next stop, and the part has none of its own.
                || !VolumeAfterComma().IsMatch(part) && VenueWithVolume().IsMatch(rest[(next.Index + next.Length)..])
                || CitedWorkReference().IsMatch(part) && !CitedWorkReference().Replace(part, "").Any(c => char.IsDigit(c) || c == ',')))
            end = next;
        var title = rest[..(end.Index + (end.Value.StartsWith('?') || end.Value.StartsWith('!') ? 1 : 0))].Trim();
        var tail = rest[(end.Index + end.Length)..].Trim();
        // A title of a word or two is most often a heading or menu read as one; "Doe J. (2017). Noise. Encyclopedia
        // of X. (DOI:10.…)": after names and the year in its slot, with an identifier after it, it is the paper's.
        var titleWords = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (titleWords < 3 && !(titleWords == 2 && leadingYear.Success && Doi().IsMatch(tail))) return null;

        var doi = Doi().Match(tail) is { Success: true } d ? ScholarlyIds.TrimDoiEnd(d.Value) : null;
        if (doi is not null) tail = DoiLabel().Replace(tail, "").Trim();
        var role = Role().Match(tail);
        var kind = role.Success && TalkRole().IsMatch(role.Groups["r"].Value) ? RecordKind.Talk : RecordKind.Publication;
        if (role.Success) tail = tail[..role.Index].Trim();
        year ??= LooseDates.FindYear(tail) ?? (LooseDates.FindYear(title) is null ? sectionYear : null);
        if (year is null && tail.Length == 0 && CommaVenue(title) is { } comma)
        {
            // "Title, Venue, 7(3), 2020.": one sentence whose comma-separated end is the venue, volume and year.
            (title, tail, year) = comma;
        }
        // "Names, Title, Journal (ABBR), 21(3), June 2014, 48 pages. http://…": the sentence holds title, venue and year set
        // apart by commas, the year not last; what follows its stop, if anything, is only the link.
        string? placed = null;
        if (year is null && LinkOnly().IsMatch(tail) && TitleThenVenue(title) is (var commaTitle, var commaVenue, var commaYear))
            (title, placed, tail, year) = (commaTitle, commaVenue, "", commaYear);
        if (year is null) return null;
        // "(2021) Title, Journal, 255, 112915.": a citation with no stop after its title sets its parts apart by commas.
        if (tail.Length == 0 && leadingYear.Success && CommaSentence(title) is { } parts) (title, tail) = parts;

        // "Fribourg, Switzerland: Institute of Multilingualism.": a report printed by its place and publisher.
        if (PlacePublisher().Match(tail) is { Success: true } published) tail = published.Groups["p"].Value;
        var venue = placed ?? VenueEnd().Split(VenueLead().Replace(tail, ""), 2)[0].Trim().TrimEnd('.', ',', ';', ':', '(').Trim();
        if (venue.Length == 0 || ListingLines.IsYearOnly(venue)) venue = null;
        if (MarkdownProfile.VenueText.IsThesis(venue)) kind = RecordKind.Thesis;
        return new CitedWork(names, year, title, venue, doi, kind);
    }

    /// <summary>
    /// A citation whose parts are set apart by a colon and commas, not sentences: "Doe, J., A.B. Roe: Title, Journal,
    /// 6, e123, 2020." or "Doe, J., A.B. Roe, and C. Poe, Title, submitted to Journal, 2020.". The names end at the
    /// colon, or (all printed with initials) at the first part that is not one; the rest is read from its end: the
    /// year, then numbers, statuses and links, then the venue; what is before the venue is the title.
    /// </summary>
    private static CitedWork? ReadCommaParts(string p)
    {
        p = TrailingLinks().Replace(p, "").Trim().TrimEnd('.').Trim();
        var doi = Doi().Match(p) is { Success: true } d ? ScholarlyIds.TrimDoiEnd(d.Value) : null;
        List<string>? names = null;
        string body;
        var colon = p.IndexOf(": ", StringComparison.Ordinal);
        // "Koh, E., Kerne, A., I Keep Collecting: College Students …": among names printed with dotted initials, a piece
        // opened by a capital with no stop is the title's first word ("I", "A"), not a name: the colon is the title's.
        if (colon > 0 && colon < 700 && Names(Separator().Split(p[..colon]).Select(t => t.Trim()).Where(t => t.Length > 0).ToList()) is { Count: > 0 } listed
            && !(listed.Any(n => InitialWord().IsMatch(n)) && listed.Any(n => UndottedLoneCapital().IsMatch(n))))
        {
            names = listed;
            body = p[(colon + 2)..];
        }
        else
        {
            var parts = p.Split(", ");
            names = [];
            var k = 0;
            for (; k < parts.Length; k++)
            {
                // "Webb., A.": a stop typed after the surname before its comma.
                var t = StrayStopAfterSurname().Replace(LeadingAnd().Replace(parts[k], "").Trim(), "");
                // "Webb, A.M. and Kerne, A.": "and" joins two names inside one comma part: the initials close the first,
                // the surname after "and" opens the next, paired with the part after it.
                if (k + 1 < parts.Length && Surname().IsMatch(t) && InitialsAndSurname().Match(parts[k + 1].Trim()) is { Success: true } joined)
                {
                    names.Add($"{joined.Groups["i"].Value} {t}");
                    parts[++k] = joined.Groups["s"].Value;
                    k--;
                    continue;
                }
                if (k + 1 < parts.Length && Surname().IsMatch(t) && Initials().IsMatch(LeadingAnd().Replace(parts[k + 1], "").Trim()))
                    names.Add($"{LeadingAnd().Replace(parts[++k], "").Trim()} {t}");
                else if (InitialWord().IsMatch(t) && PersonNames.LooksLikeName(t)) names.Add(t);
                else break;
            }
            if (names.Count < 2 || k >= parts.Length) return null;
            body = string.Join(", ", parts[k..]);
        }

        // After the venue come numbers, statuses, links and article numbers; a status around the venue's name goes.
        var read = FromTheEnd(body.Split(", "),
            part => NumericPart().IsMatch(part.Trim()) || StatusPart().IsMatch(part.Trim()) || part.Contains("://", StringComparison.Ordinal)
                || Doi().IsMatch(part) || ArticleNumber().IsMatch(part.Trim()),
            venue => StatusAround().Replace(venue, "").Trim());
        // "…, Title, Journal (ABBR), 21(3), June 2014, 48 pages. http://…": the year is not last; the venue is the first part
        // that names one or prints the year.
        read ??= TitleThenVenue(TrailingUrl().Replace(body, "").Trim().TrimEnd('.'));
        return read is (var title, var venue, var year) ? new CitedWork(names, year, title, venue, doi, RecordKind.Publication) : null;
    }

    /// <summary>
    /// One sentence of comma parts: the title (three words at least), then the first part that names a venue or prints
    /// the year ("Proc. CHI 2014", "ACM Transactions on X (TX)") is the venue, and the year is printed in it or after
    /// it ("…, 21(3), June 2014, 48 pages"). Null when no part after the title does, or no year follows.
    /// </summary>
    private static (string Title, string Venue, int Year)? TitleThenVenue(string sentence)
    {
        // A quoted title is read by its quotes, not by its commas.
        if (sentence.IndexOfAny(['"', '“']) >= 0) return null;
        var parts = sentence.Split(", ");
        for (var k = 1; k < parts.Length; k++)
        {
            if (!MarkdownProfile.VenueText.NamesVenueOrYear(parts[k]) && !EntryShape.HasVenue(parts[k])) continue;
            var title = string.Join(", ", parts[..k]).Trim();
            var venue = parts[k].Trim();
            var year = LooseDates.FindYear(string.Join(", ", parts[k..]));
            // A year alone or a volume is no venue, and a title holds no volume or pages.
            if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || year is null || ListingLines.IsYearOnly(venue)
                || NumericPart().IsMatch(venue) || parts[..k].Any(p => NumericPart().IsMatch(p.Trim())))
                return null;
            return (title, venue, year.Value);
        }
        return null;
    }

    /// <summary>A link printed after the citation's last stop, all that is left of its tail (or nothing at all).</summary>
    [GeneratedRegex(@"^(?:https?://\S+)?$")]
    private static partial Regex LinkOnly();

    [GeneratedRegex(@"\s*https?://\S+$")]
    private static partial Regex TrailingUrl();

    [GeneratedRegex(@"(?:\s*\[[^\[\]]{1,40}\])+$")]
    private static partial Regex TrailingLinks();

    [GeneratedRegex(@"^(?:and|&)\s+")]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"(?<=^\p{Lu}\p{Ll}+)\.$")]
    private static partial Regex StrayStopAfterSurname();

    /// <summary>"A.M. and Kerne": the initials of one name, "and", and the surname of the next.</summary>
    [GeneratedRegex(@"^(?<i>(?:\p{Lu}\.\s?-?){1,3})\s*(?:and|&)\s+(?<s>(?:\p{Ll}{1,4}\s)?\p{Lu}[\p{L}’'\-]+)$")]
    private static partial Regex InitialsAndSurname();

    /// <summary>"I Keep Collecting": a lone capital with no stop opening a piece read as a name.</summary>
    [GeneratedRegex(@"^\p{Lu}\s\p{Lu}")]
    private static partial Regex UndottedLoneCapital();

    /// <summary>A name printed with an initial: "D.J. Jacob", "J.-X. Sheng", "Michael B. McElroy".</summary>
    [GeneratedRegex(@"(?:^|\s)\p{Lu}\.")]
    private static partial Regex InitialWord();

    [GeneratedRegex(@"^(?i:in review|under review|in press|accepted|submitted|forthcoming|to appear|in revision)$")]
    private static partial Regex StatusPart();

    /// <summary>"submitted to Nature Geoscience", "Atmos. Chem. Phys. Discuss. accepted": the status around a venue's name.</summary>
    [GeneratedRegex(@"^(?i:(?:submitted|accepted|in press|under review|in review)\s+(?:to|at|in|for)\s+)|\s+(?i:accepted|in review|under review|in press|submitted)$")]
    private static partial Regex StatusAround();

    /// <summary>An article number in place of pages: "eaaz5120", "e2020GL089035", "102552".</summary>
    [GeneratedRegex(@"^(?:\p{Ll}{0,4}\d[\w\-]*|\p{Lu}{0,2}\d+)$")]
    private static partial Regex ArticleNumber();

    /// <summary>
    /// The names up to the full stop that closes the list: "Surname Initials" (Vancouver, "d’Ávila Luz MC"),
    /// "Surname, I." pairs or "First Last", joined by commas, "and" or "&amp;". The first full stop after which
    /// everything before reads as names ends the list; a full stop after a lone initial does not.
    /// </summary>
    private static (List<string> Names, string After)? ReadNames(string p)
    {
        var limit = Math.Min(p.Length, 700);
        // "A. Ruiz, B. Chen (2021) Title, Venue, 12, 345.": the year in brackets with no stop after it ends the names.
        if (BracketYearAfterNames().Match(p) is { Success: true } bracket && bracket.Index < limit
            && Names(Separator().Split(UngluedNames(p[..bracket.Index])).Select(t => t.Trim()).Where(t => t.Length > 0).ToList()) is { Count: > 0 } opening)
            return (opening, p[bracket.Index..].TrimStart());
        // "Ndlovu, S. Field notes on erosion. Venue …": the stop after a lone author's initial, read on in case more
        // names follow, ends the names when what follows is no name list.
        (List<string> Names, string After)? afterInitial = null;
        for (var i = p.IndexOf('.'); i > 0 && i < limit; i = p.IndexOf('.', i + 1))
        {
            if (i + 1 < p.Length && p[i + 1] != ' ') continue;
            var head = p[..i];
            var rest = p[(i + 1)..].Trim();
            // "Doe, J., & Roe, A. (2019). Title": the year printed with the names is not one of them.
            var dated = HeadYear().Match(head);
            if (dated.Success)
            {
                head = head[..dated.Index];
                rest = dated.Groups["y"].Value + ". " + rest;
            }
            var tokens = Separator().Split(head).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
            if (tokens.Count == 0) continue;
            // "… Smith, J. A." — a stop after an initial belongs to the name (unless "Curate F" is a whole name); read on.
            // Among "First Last" names, "Michael B" is a first name and a middle initial, not a Vancouver name.
            var vancouverEnd = Vancouver().IsMatch(tokens[^1]) && (tokens.Count == 1 || tokens.SkipLast(1).Any(t => Vancouver().IsMatch(t)));
            if (!dated.Success && tokens[^1].Length <= 2 || !dated.Success && LoneInitialEnd().IsMatch(tokens[^1]) && !vancouverEnd)
            {
                // "Linder, R., Snodgrass, C., and Kerne, A. Everyday Ideation: …": so too after a list of such pairs.
                if (tokens.Count % 2 == 0 && Names([.. tokens[..^1], tokens[^1] + "."]) is { } paired && paired.Count == tokens.Count / 2
                    && TitleOpening().IsMatch(rest) && !NameContinues().IsMatch(rest))
                    afterInitial = (paired, rest);
                continue;
            }
            // "Gregory J. Poarch, Ana Ruiz and …": a surname and a comma right after the stop continue the names.
            if (!dated.Success && NameContinues().IsMatch(rest)) continue;
            var names = Names(tokens);
            if (names is null) return afterInitial;
            return (names, rest);
        }
        return afterInitial;
    }

    /// <summary>Whether a bracket or parenthesis opened before this point is still open.</summary>
    private static bool Unclosed(string text) =>
        text.Count(c => c == '[') > text.Count(c => c == ']') || text.Count(c => c == '(') > text.Count(c => c == ')');

    /// <summary>
    /// "Title, Venue, 11(18): 2108, 2019" read from the end: the numeric parts (volume, pages, the year last), then
    /// the venue, a part with no digits; what comes before is the title, commas and all.
    /// </summary>
    private static (string Title, string Venue, int Year)? CommaVenue(string sentence) =>
        FromTheEnd(sentence.Split(", "), part => NumericPart().IsMatch(part.Trim()), venue => venue);

    /// <summary>
    /// Comma-separated parts read from the end: the year last, then the parts <paramref name="skipped"/> says follow the
    /// venue, then the venue (as <paramref name="venueOf"/> gives it): a capitalised part with no digits. The parts before
    /// it are the title, commas and all, of three words at least.
    /// </summary>
    private static (string Title, string Venue, int Year)? FromTheEnd(string[] parts, Func<string, bool> skipped, Func<string, string> venueOf)
    {
        if (parts.Length < 3 || !ListingLines.IsYearOnly(parts[^1].Trim())) return null;
        var k = parts.Length - 2;
        while (k > 0 && skipped(parts[k])) k--;
        if (k < 1) return null;
        var venue = venueOf(parts[k].Trim());
        if (venue.Length == 0 || !char.IsUpper(venue[0]) || venue.Any(char.IsDigit)) return null;
        var title = string.Join(", ", parts[..k]).Trim();
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        return (title, venue, LooseDates.FindYear(parts[^1])!.Value);
    }

    /// <summary>
    /// One sentence of comma parts after the year: the title (a part opening in lower case still belongs to it), then
    /// the venue and what follows it (volume, pages, the meeting's days and place). Read so only when the venue names
    /// itself as one or numbers follow it; otherwise the commas are the title's own.
    /// </summary>
    private static (string Title, string Tail)? CommaSentence(string sentence)
    {
        var parts = sentence.Split(", ");
        if (parts.Length < 3) return null;
        var k = 1;
        while (k < parts.Length - 1 && parts[k].Length > 0 && !char.IsUpper(parts[k][0]) && !char.IsDigit(parts[k][0])) k++;
        var title = string.Join(", ", parts[..k]);
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || k >= parts.Length - 1) return null;
        if (!EntryShape.HasVenue(parts[k]) && !parts[(k + 1)..].Any(t => t.Any(char.IsDigit))) return null;
        return (title, string.Join(", ", parts[k..]));
    }

    /// <summary>"A.K. RathiS. Sharma": a surname run into the next author's initial where a comma was lost.</summary>
    private static string UngluedNames(string head) => GluedInitial().Replace(head, ", ");

    [GeneratedRegex(@"(?<=\p{Ll}{2})(?=\p{Lu}\.\s?\p{Lu})")]
    private static partial Regex GluedInitial();

    [GeneratedRegex(@"\s\((?:19|20)\d{2}[a-z]?\)\s+(?=[\p{Lu}“""])")]
    private static partial Regex BracketYearAfterNames();

    private static List<string>? Names(List<string> tokens)
    {
        var names = new List<string>();
        for (var k = 0; k < tokens.Count; k++)
        {
            // APA lists of 21+ names print "…" before the last one.
            var t = tokens[k].TrimStart('…', '.', ' ');
            if (t.Length == 0) continue;
            if (Vancouver().Match(t) is { Success: true } v)
                names.Add($"{v.Groups["i"].Value} {v.Groups["s"].Value}");
            // "Doe, J." printed as two comma-separated parts.
            else if (k + 1 < tokens.Count && Surname().IsMatch(t) && Initials().IsMatch(tokens[k + 1]))
                names.Add($"{tokens[++k]} {t}");
            // "Doe. J.": the comma between a surname and its initials typed as a stop.
            else if (StopForComma().Match(t) is { Success: true } typo)
                names.Add($"{typo.Groups["i"].Value} {typo.Groups["s"].Value}");
            // "A. Roe, C., Poe, D. Moss": an initial whose surname a stray comma set apart, taken with it.
            else if (k + 1 < tokens.Count && Initials().IsMatch(t) && Surname().IsMatch(tokens[k + 1]) && !Initials().IsMatch(tokens[k + 1]))
                names.Add($"{t} {tokens[++k]}");
            else if (PersonNames.LooksLikeName(t) && !AuthorLists.IsEtAl(t)) names.Add(t);
            else if (AuthorLists.IsEtAl(t)) continue;
            else return null;
        }
        return names;
    }

    /// <summary>
    /// A capitalised word and a space: a title's first word, not another initial ("M., Okafor"). A lone capital with no
    /// stop before a lower-case word ("Ndlovu, S. A field guide to …") is the article opening the title: an initial
    /// in this style carries its stop.
    /// </summary>
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+\s|\p{Lu}\s+\p{Ll})")]
    private static partial Regex TitleOpening();

    [GeneratedRegex(@"^[“""](?<t>[^”""]{10,400})[”""][.,]?")]
    private static partial Regex QuotedTitle();

    /// <summary>After a quoted title the venue runs to its volume or pages ("Estuarine, Coastal and Shelf Science, 27, Pp. 4"), abbreviations and all.</summary>
    [GeneratedRegex(@",\s*(?=\d|(?i:pp?|vol|no)\b)|\.\s(?!\p{Lu}\p{Ll}*\.)|\.$")]
    private static partial Regex QuotedTitleVenueEnd();

    [GeneratedRegex(@"\G\s*[^.?!]{5,300}\?\s+(?=\p{Lu}[^.,?!]{2,120}?\s*,\s*\d)")]
    private static partial Regex QuestionSubtitle();

    [GeneratedRegex(@",\s*\d")]
    private static partial Regex VolumeAfterComma();

    [GeneratedRegex(@"^\s*\p{Lu}[^.,?!]{2,120}?\s*,\s*\d")]
    private static partial Regex VenueWithVolume();

    [GeneratedRegex(@"^[•▪◦‣]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\bet al\.?\s*\((?:19|20)\d{2}[a-z]?\)")]
    private static partial Regex CitedWorkReference();

    [GeneratedRegex(@"(?:\bet al|\beds?|\bvs|\bcf|\be\.g|\bi\.e|\bno|\bvol|\bpp?|\bproc)$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?,\s*\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,2}:\s+(?<p>\p{Lu}[^.]+)\.?$")]
    private static partial Regex PlacePublisher();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}’'\-]+,\s+\p{Lu}")]
    private static partial Regex NameContinues();

    /// <summary>An entry's bracketed link labels: "[ abstract | bib | http ]", "[ bib | DOI | .pdf ]", "[pdf]".</summary>
    [GeneratedRegex(@"\[\s*(?:(?:\.?\p{L}[\p{L}\d .\-]{0,20}?\s*\|\s*)+\.?\p{L}[\p{L}\d .\-]{0,20}?|pdf|https?|html|doi|bib|bibtex|abstract|url|link|code|data|slides|preprint|arxiv|video|web)\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTrailer();

    /// <summary>Volume, issue, pages or year between the commas after a venue: "7(3)", "11(18): 2108", "1801–1817".</summary>
    [GeneratedRegex(@"^(?:(?:vol|no|pp?)\.?\s*)?[\d\s():–\-.]+$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericPart();

    [GeneratedRegex(@"\s*(?:,\s*(?:and|&)\s+|,|\s+and\s+|\s+&\s+)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:^|[\s.\-])\p{Lu}$")]
    private static partial Regex LoneInitialEnd();

    [GeneratedRegex(@"[\s,]*\(?(?<y>(?:19|20)\d{2})[a-z]?(?:,\s*(?i:" + PublicationStatus.AfterYearWords + @"))?\)?$")]
    private static partial Regex HeadYear();

    /// <summary>"d’Ávila Luz J", "Vilas-Boas D", "van der Berg JW", "O’Neil S": surname words, then one to three capital initials.</summary>
    [GeneratedRegex(@"^(?<s>(?:(?:\p{Ll}{1,4}|\p{Ll}[’'])\s?){0,2}\p{Lu}[\p{Ll}’'\-]*(?:\p{Lu}[\p{Ll}’'\-]+)?(?:[\s\-](?:\p{Ll}{1,4}\s)?\p{Lu}[\p{Ll}’'\-]+){0,3})\s(?<i>" + PersonNames.UndottedInitials + @")$")]
    private static partial Regex Vancouver();

    [GeneratedRegex(@"^(?:\p{Ll}{1,4}\s)?\p{Lu}[\p{L}’'\-]+(?:\s\p{Lu}[\p{L}’'\-]+)?$")]
    private static partial Regex Surname();

    [GeneratedRegex(@"^(?:\p{Lu}\.?\s?-?){1,3}$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(?<s>\p{Lu}\p{Ll}{2,}[\p{L}’'\-]*)\.\s(?<i>(?:\p{Lu}\.\s?-?){1,3})$")]
    private static partial Regex StopForComma();

    [GeneratedRegex(@"^\(?(?:\d{1,2}/){0,2}(?<y>(?:19|20)\d{2})[a-z]?\)?[.,:]?\s+")]
    private static partial Regex LeadingYear();

    /// <summary>Where the title's sentence stops: a full stop, question or exclamation mark before the next part.</summary>
    [GeneratedRegex(@"[.?!]\s+(?=[\p{Lu}\d(“""'‘]|https?://)|[.?!]$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"\b10\.\d{4,9}/\S+")]
    private static partial Regex Doi();

    [GeneratedRegex(@"\s*\.?\s*(?:doi|DOI)\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+|\s*https?://(?:dx\.)?doi\.org/10\.\d{4,9}/\S+")]
    private static partial Regex DoiLabel();

    /// <summary>"(Poster)", "(Podium)", "[Invited talk]" closing the entry: how the work was presented.</summary>
    [GeneratedRegex(@"[\(\[](?<r>[^\)\]]{3,30})[\)\]]\.?$")]
    private static partial Regex Role();

    [GeneratedRegex(@"^(?:podium|oral|talk|invited talk|keynote|invited|presentation|oral presentation|seminar|lecture)$", RegexOptions.IgnoreCase)]
    private static partial Regex TalkRole();

    // "In Ana Díaz & Bo Chen (eds.), Book title": the editors named before a collected volume are not its title.
    [GeneratedRegex(@"^(?:In\s*:\s*|In\s+)(?:[^()]{2,150}?\s\((?i:eds?|hrsg)\.?\),\s*(?=\S))?")]
    private static partial Regex VenueLead();

    /// <summary>The venue's name ends at the volume ("Meta-Science 5."), pages ("(pp. 9-30)"), place or year that follows it.</summary>
    // "Estuarine, Coastal and Shelf Science 249": a comma before a capitalised word and "and" is inside a journal's name.
    // "Marine Letters 18:e0211345", "Cell Reports 3:1-9": the volume before a colon and the pages ends the name.
    // "Aeolian Research 61, 100-112": the volume before the comma and the pages ends the name too.
    [GeneratedRegex(@",(?!\s*\p{Lu}\p{Ll}+\s+(?:and|&)\s)|\.\s|\s\d+\s*:\s*\p{Ll}?\d|:\s*\d|\s\d+\s*\(\d|\s\(pp?\.|\s\d+(?=\.(?:\s|$))|\s(?!(?:19|20)\d{2}\b)\d{1,4}(?=,\s*\p{L}?\d)")]
    private static partial Regex VenueEnd();

}
