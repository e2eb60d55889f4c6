using System.Text;
using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// "2022. Title of the paper. (with Ana Díaz.) *Journal* 53(3): 427–458." or "Submitted. Title. (With Bo Chen.)": an
/// owner's list that opens each entry with its year (or, before the paper has one, its status) as a sentence of its
/// own, then the unmarked title as the next sentence; co-authors and the venue follow. The owner's name is never printed.
/// </summary>
internal static partial class DatedLeadTitles
{
    /// <summary>The title after the year or status, what follows it, and the year as the split's lead; null when not so written.</summary>
    public static TitleSplit? Split(List<Seg> line)
    {
        if (line.Count == 0 || line[0].Kind != SegKind.Text || Lead().Match(line[0].Text) is not { Success: true } lead) return null;
        var title = new StringBuilder();
        List<Seg>? rest = null;
        for (var k = 0; k < line.Count && rest is null; k++)
        {
            var seg = k == 0 ? new Seg(SegKind.Text, line[0].Text[lead.Length..]) : line[k];
            if (seg.Kind == SegKind.Text)
            {
                if (SentenceEnd().Match(seg.Text) is { Success: true } end)
                {
                    title.Append(seg.Text[..end.Index]);
                    rest = [new Seg(SegKind.Text, seg.Text[end.Index..]), .. line.Skip(k + 1)];
                }
                else title.Append(seg.Text);
            }
            // "2020. “Wanting” the future: the case of *yao*.": a word set in italics inside the title is part of it;
            // a linked or marked-up title opening the entry is for the readers of marked titles.
            else if (seg.Kind is SegKind.Emph or SegKind.Strong && title.ToString().Trim().Length > 0) title.Append(seg.Text);
            else return null;
        }
        // "Title (commentary article, with Bo Chen).": the bracketed co-authors close the title's sentence but are not its words.
        var raw = title.ToString();
        if (TrailingCoauthors().Match(raw) is { Success: true } with && rest is not null)
        {
            rest = [new Seg(SegKind.Text, with.Value.Trim()), .. rest];
            raw = raw[..with.Index];
        }
        var text = EntryTitles.Clean(raw);
        if (rest is null || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        // "2021. Ana Díaz, B. Chen. Title.": names after the year make it a citation, read as such; but a sentence
        // followed by "(with …)" is the title whatever its words look like ("Tagging Coastal English").
        var coauthorsNext = CoauthorsOpening().IsMatch(EntryTitles.Text(rest));
        if (!coauthorsNext && (AuthorText.IsNamesOnly(text) || AuthorText.Consume(text).Names.Count >= 2)) return null;
        return new TitleSplit(text, null, rest, lead.Groups["y"].Success ? lead.Groups["y"].Value : null);
    }

    /// <summary>"2022. ", "To appear. ", "Accepted (with revisions). ": the year or status sentence an entry opens with.</summary>
    [GeneratedRegex(@"^\s*(?:(?<y>(?:19|20)\d{2})[a-z]?|(?i:to appear|forthcoming|submitted|accepted|under review|under revision|in press|in preparation|revise and resubmit)(?:\s*\([^()]{1,40}\))?)\.\s+(?=\S)")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^[\s.]*\((?i:with)\s+\p{Lu}")]
    private static partial Regex CoauthorsOpening();

    [GeneratedRegex(@"\s*\([^()]*\b(?i:with)\s+\p{Lu}[^()]*\)$")]
    private static partial Regex TrailingCoauthors();

    /// <summary>A full stop that ends a sentence: not an initial's ("A. Díaz"), followed by a space or nothing.</summary>
    [GeneratedRegex(@"(?<!(?:^|[\s.])\p{Lu})\.(?=\s|$)|(?<=[?!])(?=\s)")]
    private static partial Regex SentenceEnd();
}
