using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>One citation as printed in a paragraph of its own, read by its parts.</summary>
internal sealed record CitedWork(IReadOnlyList<string> Authors, int? Year, string Title, string? Venue, string? Doi, RecordKind Kind);

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
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = raw.Replace('\u00a0', ' ').Trim();
            if (line.Length == 0) Flush();
            else current.Add(line);
        }
        Flush();
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
        var end = Stop(TitleEnd().Match(rest));
        if (!end.Success) return null;
        // "Do wages travel? Evidence from two counties. Journal, 18, 77–102.": after a question the title runs on
        // to the next stop when that part is a plain phrase and the venue with its numbers still follows.
        // A subtitle may cite other work by "Doe et al. (2025)".
        if (end.Value[0] is '?' or '!' && Stop(end.NextMatch()) is { Success: true } next && next.Value[0] == '.'
            && rest[(end.Index + end.Length)..next.Index] is var part
            && (!part.Any(c => char.IsDigit(c) || c == ',') && rest[(next.Index + next.Length)..].Any(char.IsDigit)
                || CitedWorkReference().IsMatch(part) && !CitedWorkReference().Replace(part, "").Any(c => char.IsDigit(c) || c == ',')))
            end = next;
        var title = rest[..(end.Index + (end.Value.StartsWith('?') || end.Value.StartsWith('!') ? 1 : 0))].Trim();
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        var tail = rest[(end.Index + end.Length)..].Trim();

        var doi = Doi().Match(tail) is { Success: true } d ? d.Value.TrimEnd('.', ',', ';') : null;
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
        if (year is null) return null;

        // "Fribourg, Switzerland: Institute of Multilingualism.": a report printed by its place and publisher.
        if (PlacePublisher().Match(tail) is { Success: true } published) tail = published.Groups["p"].Value;
        var venue = VenueEnd().Split(VenueLead().Replace(tail, ""), 2)[0].Trim().TrimEnd('.', ',', ';', ':').Trim();
        if (venue.Length == 0 || ListingLines.IsYearOnly(venue)) venue = null;
        if (MarkdownProfile.VenueText.IsThesis(venue)) kind = RecordKind.Thesis;
        return new CitedWork(names, year, title, venue, doi, kind);
    }

    /// <summary>
    /// The names up to the full stop that closes the list: "Surname Initials" (Vancouver, "d’Ávila Luz MC"),
    /// "Surname, I." pairs or "First Last", joined by commas, "and" or "&amp;". The first full stop after which
    /// everything before reads as names ends the list; a full stop after a lone initial does not.
    /// </summary>
    private static (List<string> Names, string After)? ReadNames(string p)
    {
        var limit = Math.Min(p.Length, 700);
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
            if (!dated.Success && tokens[^1].Length <= 2 || !dated.Success && LoneInitialEnd().IsMatch(tokens[^1]) && !Vancouver().IsMatch(tokens[^1])) continue;
            // "Gregory J. Poarch, Ana Ruiz and …": a surname and a comma right after the stop continue the names.
            if (!dated.Success && NameContinues().IsMatch(rest)) continue;
            var names = Names(tokens);
            if (names is null) return null;
            return (names, rest);
        }
        return null;
    }

    /// <summary>Whether a bracket or parenthesis opened before this point is still open.</summary>
    private static bool Unclosed(string text) =>
        text.Count(c => c == '[') > text.Count(c => c == ']') || text.Count(c => c == '(') > text.Count(c => c == ')');

    /// <summary>
    /// "Title, Venue, 11(18): 2108, 2019" read from the end: the numeric parts (volume, pages, the year last), then
    /// the venue, a part with no digits; what comes before is the title, commas and all.
    /// </summary>
    private static (string Title, string Venue, int Year)? CommaVenue(string sentence)
    {
        var parts = sentence.Split(", ");
        if (parts.Length < 3 || !ListingLines.IsYearOnly(parts[^1].Trim())) return null;
        var k = parts.Length - 2;
        while (k > 0 && NumericPart().IsMatch(parts[k].Trim())) k--;
        if (k < 1) return null;
        var venue = parts[k].Trim();
        if (venue.Length == 0 || !char.IsUpper(venue[0]) || venue.Any(char.IsDigit)) return null;
        var title = string.Join(", ", parts[..k]).Trim();
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        return (title, venue, LooseDates.FindYear(parts[^1])!.Value);
    }

    private static List<string>? Names(List<string> tokens)
    {
        var names = new List<string>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (Vancouver().Match(t) is { Success: true } v)
                names.Add($"{v.Groups["i"].Value} {v.Groups["s"].Value}");
            // "Doe, J." printed as two comma-separated parts.
            else if (k + 1 < tokens.Count && Surname().IsMatch(t) && Initials().IsMatch(tokens[k + 1]))
                names.Add($"{tokens[++k]} {t}");
            else if (PersonNames.LooksLikeName(t) && !AuthorLists.IsEtAl(t)) names.Add(t);
            else if (AuthorLists.IsEtAl(t)) continue;
            else return null;
        }
        return names;
    }

    [GeneratedRegex(@"\bet al\.?\s*\((?:19|20)\d{2}[a-z]?\)")]
    private static partial Regex CitedWorkReference();

    [GeneratedRegex(@"(?:\bet al|\beds?|\bvs|\bcf|\be\.g|\bi\.e|\bno|\bvol|\bpp?)$", RegexOptions.IgnoreCase)]
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

    [GeneratedRegex(@"[\s,]*\(?(?<y>(?:19|20)\d{2})[a-z]?\)?$")]
    private static partial Regex HeadYear();

    /// <summary>"d’Ávila Luz J", "Vilas-Boas D", "van der Berg JW", "O’Neil S": surname words, then one to three capital initials.</summary>
    [GeneratedRegex(@"^(?<s>(?:(?:\p{Ll}{1,4}|\p{Ll}[’'])\s?){0,2}\p{Lu}[\p{Ll}’'\-]*(?:\p{Lu}[\p{Ll}’'\-]+)?(?:[\s\-](?:\p{Ll}{1,4}\s)?\p{Lu}[\p{Ll}’'\-]+){0,3})\s(?<i>" + PersonNames.UndottedInitials + @")$")]
    private static partial Regex Vancouver();

    [GeneratedRegex(@"^(?:\p{Ll}{1,4}\s)?\p{Lu}[\p{L}’'\-]+(?:\s\p{Lu}[\p{L}’'\-]+)?$")]
    private static partial Regex Surname();

    [GeneratedRegex(@"^(?:\p{Lu}\.?\s?-?){1,3}$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^\(?(?<y>(?:19|20)\d{2})[a-z]?\)?[.,:]?\s+")]
    private static partial Regex LeadingYear();

    /// <summary>Where the title's sentence stops: a full stop, question or exclamation mark before the next part.</summary>
    [GeneratedRegex(@"[.?!]\s+(?=[\p{Lu}\d(“""'‘])|[.?!]$")]
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
    [GeneratedRegex(@",|\.\s|:\s*\d|\s\d+\s*\(\d|\s\(pp?\.|\s\d+(?=\.(?:\s|$))")]
    private static partial Regex VenueEnd();

}
