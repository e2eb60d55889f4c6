using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Markdig.Syntax;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Paragraphs wholly in italics in which the page speaks of itself rather than cites a work: when it was last updated
/// ("*Last updated 26 Sept 2019*"), a note to the reader ("*Note: some links are placeholders.*"), or a sentence
/// introducing the list straight under it ("*White papers that fit none of the sections above*"). Read as entries they
/// would become papers titled by the note.
/// </summary>
internal static partial class PageNotes
{
    public static bool IsNote(ParagraphBlock paragraph, List<List<Seg>> lines)
    {
        var segs = lines.SelectMany(l => l).Where(s => s.Kind is not (SegKind.HardBreak or SegKind.SoftBreak) && !string.IsNullOrWhiteSpace(s.Text)).ToList();
        if (segs.Count == 0) return false;
        if (IsMarksKey(TextKey.CollapseWhitespace(EntryTitles.Text(lines.SelectMany(l => l).ToList())).Trim())) return true;
        if (segs.Any(s => s.Kind != SegKind.Emph)) return false;
        var text = TextKey.CollapseWhitespace(string.Join(" ", segs.Select(s => s.Text))).Trim();
        if (UpdateStamp().IsMatch(text)) return true;
        // A dated italic line may be a work's venue or an italic citation; only undated ones are taken for notes.
        if (LooseDates.FindYear(text) is not null) return false;
        return NoteLabel().IsMatch(text) || IntroducesList(paragraph, text);
    }

    /// <summary>
    /// A sentence (several words, not a title's few) straight over a list whose first item is a work of its own, not a
    /// field ("- Authors: …") of a title the italic line would then be.
    /// </summary>
    private static bool IntroducesList(ParagraphBlock paragraph, string text)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 8) return false;
        if (paragraph.Parent is not { } parent || parent.IndexOf(paragraph) + 1 is var next && next >= parent.Count) return false;
        return parent[next] is ListBlock list && list.OfType<ListItemBlock>().FirstOrDefault()?.FirstOrDefault() is ParagraphBlock first
            && Segments.Lines(Segments.Of(first.Inline)) is [var line, ..]
            && LabelledFields.Read(EntryTitles.Text(line).Trim()) is null;
    }

    /// <summary>
    /// "**My name is highlighted in bold; an asterisk (\*) indicates a corresponding author.**", "Students I supervised
    /// are underlined.": the key to how the page marks names, in any markup. Its opening clause names a mark, what the
    /// mark stands for and the verb between; a citation's own "(*: corresponding author)" comes after its title and year.
    /// </summary>
    private static bool IsMarksKey(string text)
    {
        if (LooseDates.FindYear(text) is not null) return false;
        var clause = ClauseEnd().Split(text, 2)[0];
        return MarkWord().IsMatch(clause) && MarkedRole().IsMatch(clause) && MarkingVerb().IsMatch(clause);
    }

    [GeneratedRegex(@"[;:]\s|\.(?:\s|$)")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(?:bold(?:ed|face)?|underlin\w*|highlight\w*|asterisks?|daggers?|italics?|superscript\w*)\b|[*†‡§]", RegexOptions.IgnoreCase)]
    private static partial Regex MarkWord();

    [GeneratedRegex(@"\b(?:corresponding\s+authors?|equal(?:ly)?\s+contribut\w*|contributed\s+equally|co-?first|joint\s+first|my\s+name|(?:students?|mentees?|advisees?|trainees?|supervisees?)\b|supervised|mentored)", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedRole();

    [GeneratedRegex(@"\b(?:indicat\w*|denot\w*|marks?|marked|highlighted|underlined|stands?\s+for|shown|signif\w*|set\s+in|in\s+bold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarkingVerb();

    /// <summary>"Last updated 26 Sept 2019", "Updated: March 2024", "Page last modified on 2023-01-05".</summary>
    [GeneratedRegex(@"^(?:(?:this\s+)?page\s+)?(?:last\s+)?(?:updated|modified|revised)(?:\s+(?:on|in))?\s*:?\s*[\p{L}\d ,./-]{0,24}(?:19|20)\d{2}\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateStamp();

    /// <summary>"Note:", "Notes:", "NB:", "N.B.", "Disclaimer:" opening the line: a note to the reader.</summary>
    [GeneratedRegex(@"^(?:notes?|nb|n\.b\.|disclaimer|please note)\s*[:.]", RegexOptions.IgnoreCase)]
    private static partial Regex NoteLabel();
}
