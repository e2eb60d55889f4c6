using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// A listing of repeated blocks that print, per paper, a title line and under it a line of names ("Ana Ruiz, Bo
/// Chen and Cy Diaz"), then perhaps link buttons or a "Venue · 2021" line (theme "stream" views, hand-written cards).
/// The name line is what tells a paper: the line above it is its title, even when no venue or year is printed.
/// A year printed alone on the line above the title (year-first cards) dates it.
/// </summary>
internal static partial class TitleAuthorBlocks
{
    private const int WrapWidth = 50;

    public static int Detect(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.Length == 0 || trimmed[0] is '<' or '{' or '@' || trimmed.StartsWith("---", StringComparison.Ordinal)) return 0;
        // A few papers announced on a news page are not a listing: it takes several blocks.
        return Read(text, null).Count >= 4 ? 76 : 0;
    }

    public static List<Item> Read(string text, string? owner)
    {
        var paragraphs = ListingLines.Blocks(text);
        var items = new List<Item>();
        for (var i = 1; i < paragraphs.Count; i++)
        {
            if (ReadNames(paragraphs[i], out var nameLines) is not { } names) continue;
            if (Title(paragraphs[i - 1]) is not { } title) continue;
            var after = paragraphs[i].Skip(nameLines).ToList();
            // "Published: September 15, 2020" under the names is the paper's date, a labelled field, not its venue: the
            // venue is printed after it, and the date's year serves when the venue prints none.
            int? labelledYear = null;
            var venueAt = i + 1;
            if (after.FirstOrDefault(l => !IsButton(l)) is { } firstAfter && DateField(firstAfter) is { } inBlock)
            {
                labelledYear = inBlock;
                after = after.SkipWhile(l => IsButton(l) || DateField(l) is not null).ToList();
            }
            else if (after.Count == 0 && venueAt < paragraphs.Count && paragraphs[venueAt].Count == 1 && DateField(paragraphs[venueAt][0]) is { } alone)
            {
                labelledYear = alone;
                venueAt++;
            }
            var venueLine = after.FirstOrDefault(l => !IsButton(l));
            if (venueLine is null && venueAt < paragraphs.Count && !StartsBlock(paragraphs, venueAt) && IsVenueParagraph(paragraphs[venueAt]))
                venueLine = paragraphs[venueAt][0];
            if (venueLine is not null && (IsButton(venueLine) || ListingLines.IsYearOnly(venueLine) || venueLine.Split(' ').Length > 14))
                venueLine = null;
            var year = ListingLines.FindYear(venueLine) ?? labelledYear ?? YearAbove(paragraphs, i - 1);
            var doi = venueLine is null ? null : ScholarlyIds.FindDoi(venueLine);
            items.Add(new Item
            {
                Kind = RecordKind.Publication,
                Title = title,
                Authors = AuthorLists.WithOwner(AuthorLists.Tidy(names), owner),
                Published = year is { } y ? PartialDate.OfYear(y) : null,
                Year = year,
                Venue = venueLine is null ? null : Venue(venueLine),
                Identifiers = doi is null ? Identifiers.None : new Identifiers { Doi = doi },
            });
        }
        return items;
    }

    /// <summary>
    /// A paragraph after the names that holds the venue: it prints a year or a venue word, is followed by the next
    /// block's year, or is a short phrase (not a sentence, as a footer's "Powered by …." is).
    /// </summary>
    private static bool IsVenueParagraph(List<string> paragraph) =>
        ListingLines.LooksLikeVenue(paragraph[0])
        || paragraph.Count > 1 && ListingLines.IsYearOnly(paragraph[1])
        || paragraph.Count == 1 && paragraph[0].Split(' ').Length <= 8 && !paragraph[0].EndsWith('.');

    /// <summary>The year of a line that is only a labelled date ("Published: September 15, 2020", "Date: 2019").</summary>
    private static int? DateField(string line) =>
        MarkdownProfile.LabelledFields.Read(line) is { Year: { } year, Authors: null, Venue: null } ? LooseDates.FindYear(year) : null;

    /// <summary>Paragraph <paramref name="at"/> is the title of a block whose names follow.</summary>
    private static bool StartsBlock(List<List<string>> paragraphs, int at) =>
        at + 1 < paragraphs.Count && ReadNames(paragraphs[at + 1], out _) is not null;

    /// <summary>The year printed alone on the last line above the title paragraph.</summary>
    private static int? YearAbove(List<List<string>> paragraphs, int titleAt) =>
        titleAt > 0 && paragraphs[titleAt - 1][^1] is var above && ListingLines.IsYearOnly(above) ? LooseDates.FindYear(above) : null;

    /// <summary>
    /// The title a paragraph prints: one line, or a line wrapped over a few (every line but the last runs to the
    /// wrap width). A paragraph of short lines (a badge over the title) gives its last line.
    /// </summary>
    private static string? Title(List<string> paragraph)
    {
        var lines = paragraph.Take(paragraph.Count - 1).All(l => l.Length >= WrapWidth) ? paragraph : [paragraph[^1]];
        var title = TextKey.CollapseWhitespace(string.Join(" ", lines)).Trim();
        var words = title.Split(' ').Length;
        if (words < 2 || words > 45 || ListingLines.IsYearOnly(title) || ListingLines.IsChrome(title) || IsButton(title)) return null;
        if (title.EndsWith(':') || PersonNames.LooksLikeName(title) || ReadNameList(title) is not null) return null;
        return title;
    }

    /// <summary>
    /// The names the paragraph opens with (its first line or first few, a wrapped list), or null. The list may
    /// close with "et al." and a role tag after it ("…, et al. Lead author", "…, Cy Diaz. Co-author").
    /// </summary>
    private static List<string>? ReadNames(List<string> paragraph, out int lineCount)
    {
        // A list runs on to the next line only when wrapped: cut at a comma or "and", or at the wrap width.
        var wrapped = 1;
        while (wrapped < Math.Min(paragraph.Count, 4) && !IsButton(paragraph[wrapped])
               && (paragraph[wrapped - 1].Length >= WrapWidth || ListContinues().IsMatch(paragraph[wrapped - 1])))
            wrapped++;
        for (lineCount = wrapped; lineCount >= 1; lineCount--)
            if (ReadNameList(string.Join(" ", paragraph.Take(lineCount))) is { } names) return names;
        lineCount = 0;
        return null;
    }

    private static List<string>? ReadNameList(string line)
    {
        var parts = NameSeparator().Split(line.Trim()).Select(p => p.Trim()).ToList();
        if (parts.Count < 2) return null;
        var names = new List<string>();
        for (var k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            var last = k == parts.Count - 1;
            if (last && EtAl().Match(part) is { Success: true }) break;
            if (last && part.EndsWith('.') && PersonNames.LooksLikeName(part.TrimEnd('.'))) part = part.TrimEnd('.');
            if (last && RoleTag().Match(part) is { Success: true } tagged && PersonNames.LooksLikeName(tagged.Groups["n"].Value))
                names.Add(tagged.Groups["n"].Value);
            else if (PersonNames.LooksLikeName(part) && !ListingLines.LooksLikeVenue(part)) names.Add(part);
            else return null;
        }
        return names.Count >= 2 ? names : null;
    }

    private static string Venue(string line)
    {
        // "Journal · 2021 ↗Lead author": the venue is what comes before the separator with the year.
        var head = Separator().Split(line)[0];
        var venue = ListingLines.CleanVenue(YearAndAfter().Replace(head, "")).Trim().TrimEnd('.', ',', '↗').Trim();
        return venue.Length == 0 ? line.Trim() : venue;
    }

    private static bool IsButton(string line) => Button().IsMatch(line);

    [GeneratedRegex(@"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"(?:,|\band|&)$")]
    private static partial Regex ListContinues();

    [GeneratedRegex(@"^et\.?\s*al\b", RegexOptions.IgnoreCase)]
    private static partial Regex EtAl();

    [GeneratedRegex(@"^(?<n>.+?)\.\s+(?:\p{L}+-\p{L}+|\p{Lu}\p{Ll}+\s+\p{Ll}[\p{L} ]*)$")]
    private static partial Regex RoleTag();

    [GeneratedRegex(@"\s+[·|•]\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b.*$")]
    private static partial Regex YearAndAfter();

    [GeneratedRegex(@"^(?:(?:PDF|Cite|DOI|Code|Dataset|Project|Poster|Slides|Video|Source Document|URL|Preprint|arXiv|BibTeX|Abstract|HTML|GitHub)\s*↗?\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Button();
}
