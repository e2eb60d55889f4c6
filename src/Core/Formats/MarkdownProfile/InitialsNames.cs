using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// "Ana Díaz, Bo Chen, QX" over "[Journal](…), 2024": a page that writes an author (mostly its owner) by bare capitals.
/// Two or three capitals alone read as an acronym, so a venue's ("PRL") unless where they stand says a name: between
/// two names, or closing the names' own line with the venue printed on the line below.
/// </summary>
internal static partial class InitialsNames
{
    /// <summary>"QX", "MKL": capitals with no stop, two or three of them (one is an initial, four an acronym).</summary>
    public static bool IsInitials(string piece) => Capitals().IsMatch(piece.Trim());

    /// <summary>"Bo Chen, QX, Carla Ruiz": a name on either side of the capitals, as no venue stands among the names.</summary>
    public static bool IsBetweenNames(string piece, string? before, string? after) =>
        IsInitials(piece) && before is not null && after is not null && PersonNames.LooksLikeName(before) && PersonNames.LooksLikeName(after.Trim());

    /// <summary>
    /// The capitals that close (or make up) an author line when they are an author's, with what follows them; null when
    /// they are not. Either the line holds nothing after them and the line below prints a year (so it is the venue line,
    /// and these capitals are no venue), or the venue's link follows them on the same line, soft-wrapped onto it, with
    /// the year after it ("Bo Chen, QX [Journal](…), 2024"): a venue's acronym would not stand before another venue.
    /// </summary>
    public static (string Initials, string After)? CloseNameLine(string rest, List<Seg> segs, ProfileEntry entry, int line)
    {
        var trimmed = EntryTitles.TrimSeparators(rest);
        if (IsInitials(trimmed))
            return line + 1 < entry.Lines.Count && LooseDates.FindYear(EntryTitles.Text(entry.Lines[line + 1], null)) is not null ? (trimmed, "") : null;
        var link = segs.FindIndex(s => s.Kind == SegKind.Link);
        if (link <= 0 || segs.Take(link).Any(s => s.Kind != SegKind.Text)) return null;
        var before = EntryTitles.Text(segs.Take(link)).TrimEnd(' ', '[', '(');
        var last = before[(before.LastIndexOfAny([',', ' ']) + 1)..];
        if (!IsInitials(last) || !trimmed.StartsWith(last + " ", StringComparison.Ordinal)) return null;
        var after = trimmed[last.Length..];
        return LooseDates.FindYear(EntryTitles.Text(segs.Skip(link + 1))) is not null ? (last, after) : null;
    }

    [GeneratedRegex(@"^\p{Lu}{2,3}$")]
    private static partial Regex Capitals();
}
