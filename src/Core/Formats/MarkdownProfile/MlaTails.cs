using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// What follows the title in a humanities (MLA-style) citation of a single-author page, where the owner's name is never
/// printed: "“Title.” *Container*. Eds. Ana Díaz and Bo Chen. Press, 2019: 75–98." — the italic after the quoted title is
/// the book or journal the work appeared in, the names there are its editors, and co-authors get a sentence of their
/// own ("With Ana Díaz and Bo Chen.") wherever the writer put it.
/// </summary>
internal static partial class MlaTails
{
    /// <summary>
    /// The container — the book or journal the work appeared in — when the title line opens with a quoted title and what
    /// follows it opens with an italic that is not a list of people ("*Traditions and Change*", "*New Letters* XI"):
    /// no name reader may take it for authors, and it is the venue without the volume, editors and pages after it.
    /// </summary>
    public static string? Container(List<Seg> titleLine, List<Seg> rest)
    {
        var opening = titleLine.FirstOrDefault(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0);
        if (opening is not { Kind: SegKind.Text } || !opening.Text.TrimStart().StartsWith('“')) return null;
        var lead = rest.FirstOrDefault(s => s.Kind != SegKind.Text || EntryTitles.TrimSeparators(s.Text).Length > 0);
        if (lead is not { Kind: SegKind.Emph }) return null;
        var italic = EntryTitles.TrimSeparators(EntryTitles.Clean(lead.Text));
        // "*In*: …", "*forthcoming*": a word set in italics for emphasis, not a title.
        if (italic.Length == 0 || !char.IsUpper(italic[0]) && !char.IsDigit(italic[0]) || PublicationStatus.IsStatusOnly(italic)) return null;
        // Two capitalised words ("*New Letters*") pass for a name; only a list of names, or a name with an initial,
        // reads as people rather than a title.
        if (!AuthorText.IsNamesOnly(italic) || AuthorText.Consume(italic).Names is not { Count: > 0 } names) return italic;
        return names.Count >= 2 && names.All(PersonNames.LooksLikeName) || names.Count == 1 && Initial().IsMatch(names[0]) ? null : italic;
    }

    [GeneratedRegex(@"\b\p{Lu}\.")]
    private static partial Regex Initial();

    /// <summary>
    /// True when a title line's tail is a citation's (an italic container and a year), not an abstract, however many
    /// words its container, editors and publisher run to.
    /// </summary>
    public static bool IsCitationTail(List<Seg> rest) =>
        rest.Any(s => s.Kind == SegKind.Emph) && LooseDates.FindYear(EntryTitles.Text(rest)) is not null;

    /// <summary>
    /// "… de Gruyter, 2019. With Ana Díaz and Bo Chen. [Print](…)", "Co-authored with Ana Díaz and Bo Chen. In *Book*":
    /// a sentence naming the owner's co-authors, set among the venue's parts; returns the names and the text without
    /// that sentence.
    /// </summary>
    public static (List<string> Names, string Remainder)? CoauthorSentence(string text)
    {
        foreach (Match m in WithSentence().Matches(text))
        {
            var read = AuthorText.Consume(m.Groups["n"].Value);
            if (read.Names.Count == 0 || EntryTitles.TrimSeparators(read.Remainder).Length > 0 || !read.Names.All(PersonNames.LooksLikeName)) continue;
            return (read.Names, EntryTitles.TrimSeparators(text.Remove(m.Index, m.Length).Trim()));
        }
        return null;
    }

    // A sentence of its own: after a full stop (or opening the text), "With" capitalised, names (initials may carry their
    // stops), its own full stop. "Co-authored with …" and "Chapter co-authored with … in *Book*" say the same; the
    // latter's names end where "in" opens the book that holds the work.
    [GeneratedRegex(@"(?:^|(?<=\.\s+))(?:With|(?:\p{Lu}\p{Ll}+\s+)?[Cc]o-?(?:authored|written)\s+with)\s+(?<n>(?:\b\p{Lu}\.|[^.;()\[\]])+?)(?:\.(?=\s|$)|\s+in(?=\s+\p{Lu}))")]
    private static partial Regex WithSentence();
}
