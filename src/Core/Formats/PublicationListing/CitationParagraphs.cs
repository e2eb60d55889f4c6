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
    /// <summary>Paragraphs separated by blank lines, their wrapped lines joined.</summary>
    public static List<string> Paragraphs(string text)
    {
        var result = new List<string>();
        var current = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = raw.Replace('\u00a0', ' ').Trim();
            if (line.Length == 0)
            {
                if (current.Count > 0) result.Add(string.Join(" ", current));
                current = [];
            }
            else current.Add(line);
        }
        if (current.Count > 0) result.Add(string.Join(" ", current));
        return result;
    }

    /// <summary>The citation a paragraph prints, or null when it is something else (menu, heading, prose).</summary>
    public static CitedWork? Read(string paragraph)
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

        var end = TitleEnd().Match(rest);
        if (!end.Success) return null;
        // "Do wages travel? Evidence from two counties. Journal, 18, 77–102.": after a question the title runs on
        // to the next stop when that part is a plain phrase and the venue with its numbers still follows.
        if (end.Value[0] is '?' or '!' && end.NextMatch() is { Success: true } next && next.Value[0] == '.'
            && rest[(end.Index + end.Length)..next.Index] is var part && !part.Any(c => char.IsDigit(c) || c == ',')
            && rest[(next.Index + next.Length)..].Any(char.IsDigit))
            end = next;
        var title = rest[..(end.Index + (end.Value.StartsWith('?') || end.Value.StartsWith('!') ? 1 : 0))].Trim();
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        var tail = rest[(end.Index + end.Length)..].Trim();

        var doi = Doi().Match(tail) is { Success: true } d ? d.Value.TrimEnd('.', ',', ';') : null;
        if (doi is not null) tail = DoiLabel().Replace(tail, "").Trim();
        var role = Role().Match(tail);
        var kind = role.Success && TalkRole().IsMatch(role.Groups["r"].Value) ? RecordKind.Talk : RecordKind.Publication;
        if (role.Success) tail = tail[..role.Index].Trim();
        year ??= LooseDates.FindYear(tail);
        if (year is null) return null;

        var venue = VenueEnd().Split(VenueLead().Replace(tail, ""), 2)[0].Trim().TrimEnd('.', ',', ';', ':').Trim();
        if (venue.Length == 0 || ListingLines.IsYearOnly(venue)) venue = null;
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
            var names = Names(tokens);
            if (names is null) return null;
            return (names, rest);
        }
        return null;
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

    [GeneratedRegex(@"\s*(?:,\s*(?:and|&)\s+|,|\s+and\s+|\s+&\s+)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:^|[\s.])\p{Lu}$")]
    private static partial Regex LoneInitialEnd();

    [GeneratedRegex(@"[\s,]*\(?(?<y>(?:19|20)\d{2})[a-z]?\)?$")]
    private static partial Regex HeadYear();

    /// <summary>"d’Ávila Luz J", "Vilas-Boas D", "van der Berg JW", "O’Neil S": surname words, then one to three capital initials.</summary>
    [GeneratedRegex(@"^(?<s>(?:(?:\p{Ll}{1,4}|\p{Ll}[’'])\s?){0,2}\p{Lu}[\p{Ll}’'\-]*(?:\p{Lu}[\p{Ll}’'\-]+)?(?:[\s\-](?:\p{Ll}{1,4}\s)?\p{Lu}[\p{Ll}’'\-]+){0,3})\s(?<i>\p{Lu}{1,3})$")]
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

    /// <summary>The venue's name ends at the volume, pages ("(pp. 9-30)"), place or year that follows it.</summary>
    [GeneratedRegex(@",|\.\s|:\s*\d|\s\d+\s*\(\d|\s\(pp?\.")]
    private static partial Regex VenueEnd();

}
