using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// News that heads each item with its title and its date on one line ("Welcome to Ana Ruiz! September 19, 2023": a
/// heading with the date set inline after it, wrapped where the title runs long), set apart by blank lines, then the
/// item's paragraphs. Such a page has no line that opens with a date, so without these heads it reads as undated text.
/// </summary>
internal static partial class TitledDateHeads
{
    public static List<RawPost>? Split(List<PageLine> lines)
    {
        var blocks = PostSplitter.Blocks(lines, 0);
        var heads = new List<(int Block, string Title, DateLead Lead)>();
        for (var b = 0; b + 1 < blocks.Count; b++)
            if (Head(blocks[b]) is { } head) heads.Add((b, head.Title, head.Lead));
        if (heads.Count < 3) return null;
        // Each head has text of its own below it before the next one: a run of heads is a list of dated links, another shape.
        for (var k = 0; k + 1 < heads.Count; k++)
            if (heads[k + 1].Block == heads[k].Block + 1) return null;

        var posts = new List<RawPost>();
        for (var k = 0; k < heads.Count; k++)
        {
            var end = k + 1 < heads.Count ? heads[k + 1].Block : blocks.Count;
            var paragraphs = blocks.Skip(heads[k].Block + 1).Take(end - heads[k].Block - 1).Select(b => b.Lines).ToList();
            // After the last item the page's own links ("News Archive", "Older posts") are short lines that are no sentences.
            if (k == heads.Count - 1)
                while (paragraphs.Count >= 2 && paragraphs[^1] is [var lone] && lone.Length < 60 && !PageLines.EndsLikeSentence(lone))
                    paragraphs.RemoveAt(paragraphs.Count - 1);
            posts.Add(new RawPost(blocks[heads[k].Block].Number, heads[k].Lead, paragraphs, heads[k].Title));
        }
        return posts;
    }

    /// <summary>A block of one to three lines whose last line closes with a date to the day or month, after the title's words.</summary>
    private static (string Title, DateLead Lead)? Head(PostSplitter.Block block)
    {
        if (block.Lines.Count > 3 || !TrailingDate(block.Lines[^1], out var at, out var date)) return null;
        var title = string.Join(" ", block.Lines.SkipLast(1).Append(block.Lines[^1][..at])).Trim();
        if (title.Length is < 3 or > 250 || TitleStop().IsMatch(title) || SentenceBreak().IsMatch(title) || title.Split(' ').Length < 2) return null;
        return (title, new DateLead(date, block.Lines[^1][at..].Trim(), ""));
    }

    /// <summary>The line's last two or three words read as a date with its month ("April 10, 2024", "3 March 2025").</summary>
    private static bool TrailingDate(string line, out int at, out PartialDate date)
    {
        at = 0;
        date = default;
        var words = WordStart().Matches(line);
        for (var n = 3; n >= 2; n--)
        {
            if (words.Count <= n) continue;
            var from = words[^n].Index;
            var candidate = line[from..].Trim();
            // A date that closes a sentence ("... close on May 1, 2024.") is the text's, not a heading's.
            if (candidate.EndsWith('.')) return false;
            if (candidate.Any(char.IsLetter) && LooseDates.TryParse(candidate, out date) && date.Month is not null)
            {
                at = from;
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?<=^|\s)\S")]
    private static partial Regex WordStart();

    /// <summary>Before its date a heading ends bare, or with "!" or "?"; a sentence or a lead-in is text that mentions a date.</summary>
    [GeneratedRegex(@"[.:;,(\[–—-]\s*$")]
    private static partial Regex TitleStop();

    /// <summary>A heading is one phrase: a sentence that ends and another that begins ("... is out. We find ...") is text.</summary>
    [GeneratedRegex(@"\b\p{Ll}{3,}\.\s+\p{Lu}")]
    private static partial Regex SentenceBreak();
}
