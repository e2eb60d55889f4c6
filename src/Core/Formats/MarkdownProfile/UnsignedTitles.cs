using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// "Plain Title of the Article (November 2020). *Newspaper*. [link](…)": a work printed with no author, as APA writes
/// one (press coverage, an unsigned piece): the title stands where the names would, its date slot straight after it,
/// then the venue. Read as a citation, the title's words would be taken for names or the venue for the title.
/// </summary>
internal static partial class UnsignedTitles
{
    /// <summary>The title, what follows the date slot, and the date as the split's lead; null when not so written.</summary>
    public static TitleSplit? Split(List<Seg> line)
    {
        if (line.Count < 2 || line[0].Kind != SegKind.Text || TitleThenDate().Match(line[0].Text) is not { Success: true } m) return null;
        var title = EntryTitles.Clean(m.Groups["t"].Value);
        // "Ana Díaz and Bo Chen (2020). Title.": names before the slot make it a signed citation, read as such.
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || AuthorText.Consume(title).Names is { Count: > 0 } names && !IsTitleCase(title, names)) return null;
        // The venue follows marked ("*Newspaper*"), as the citation reader's own venue would.
        if (line.Skip(1).FirstOrDefault(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0) is not { Kind: SegKind.Emph or SegKind.Strong }
            || line[0].Text[m.Length..].Trim().Length > 0) return null;
        return new TitleSplit(title, null, [.. line.Skip(1)], m.Groups["d"].Value);
    }

    /// <summary>
    /// "Machines That Read Old Ledgers": words in title case read as one long name; a person's name before a date slot
    /// runs to three words or carries an initial or a comma ("Díaz, A."), so four capitalised words and more are a title.
    /// </summary>
    private static bool IsTitleCase(string title, List<string> names) =>
        names is [var only] && only == title && !title.Contains(',') && !title.Contains('.')
        && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0])) >= 4;

    /// <summary>"Title words (December 2020). ", "Title words (2019): ": a title, then its date in brackets closing the sentence.</summary>
    [GeneratedRegex(@"^\s*(?<t>\p{Lu}[^()\[\]]{2,300}?)\s*\((?<d>(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2})\)[.:,]?\s*$")]
    private static partial Regex TitleThenDate();
}
