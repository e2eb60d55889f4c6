using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// Paper cards printed one under another with nothing between them (a theme's loop over a data file, rendered as text):
/// per paper a title (wrapped over a line or two), the names (wrapped too, a name cut over the line end: "E. da" /
/// "Veiga Beltrame"), a venue line with the year, and perhaps link labels and a DOI under it. No blank line, bullet or
/// closing stop parts them: a card opens at each title over a run of names, once the card above has printed its year.
/// </summary>
internal static partial class StackedCards
{
    /// <summary>How long a line runs when the text was wrapped after it (w3m's and most extractors' widths are 72–100).</summary>
    private const int WrapWidth = 60;

    /// <summary>One card's span in the run: where its title, its names and what follows them start.</summary>
    public sealed record Card(int Title, int Names, int After);

    /// <summary>
    /// The cards of a run of lines (trimmed), or an empty list when the run is no such cards: every card after the
    /// first must open after a line that printed the year of the card above.
    /// </summary>
    public static List<Card> Read(IReadOnlyList<string> lines)
    {
        var cards = new List<Card>();
        for (var k = 1; k < lines.Count; k++)
        {
            if (cards.Count > 0 && k < cards[^1].After) continue;
            if (NamesEnd(lines, k) is not { } after) continue;
            var title = k - 1;
            // A title wrapped over lines: the line above ran to the wrap width and did not close a sentence.
            var floor = cards.Count > 0 ? cards[^1].After : 0;
            while (title - 1 >= floor && IsWrappedTitleStart(lines[title - 1])) title--;
            if (!IsTitle(string.Join(" ", lines.Skip(title).Take(k - title)))) continue;
            if (cards.Count > 0 && !lines.Skip(cards[^1].After).Take(title - cards[^1].After).Any(l => ListingLines.FindYear(l) is not null))
                return [];
            // Above the first card only a heading may stand.
            if (cards.Count == 0 && title > 1) return [];
            cards.Add(new Card(title, k, after));
            k = after - 1;
        }
        // One card alone (a year with one paper) only in its plainest shape: opening the run, its venue and year straight
        // under the names.
        var lone = cards.Count == 1 && cards[0].Title == 0 && cards[0].After < lines.Count && ListingLines.FindYear(lines[cards[0].After]) is not null;
        return cards.Count >= 2 || lone ? cards : [];
    }

    /// <summary>
    /// The card's lines made whole: the title on one line, the names on one line (a name cut at the line end joined
    /// again), then the lines after the names as printed up to the one with the year. Below it the card prints only
    /// its link labels ("GitHub", "bioRxiv preprint"), of which its identifiers (a DOI, a URL) are kept; under the
    /// last card the page's footer goes the same way.
    /// </summary>
    public static List<string> Parts(IReadOnlyList<string> lines, Card card, int end)
    {
        var after = lines.Skip(card.After).Take(end - card.After).ToList();
        var dated = after.FindIndex(l => ListingLines.FindYear(l) is not null);
        return
        [
            TextKey.CollapseWhitespace(string.Join(" ", lines.Skip(card.Title).Take(card.Names - card.Title))),
            NamesText(lines.Skip(card.Names).Take(card.After - card.Names)),
            .. dated < 0 ? after : after.Take(dated + 1).Concat(after.Skip(dated + 1).Where(IsIdentifier)),
        ];
    }

    /// <summary>
    /// Where the names that open at <paramref name="at"/> end (the index after their last line), or null when no list
    /// of two or more names opens there. The list runs on over lines wrapped at the wrap width or cut after a comma.
    /// </summary>
    private static int? NamesEnd(IReadOnlyList<string> lines, int at)
    {
        var wrapped = 1;
        while (at + wrapped < lines.Count && wrapped < 6
               && (lines[at + wrapped - 1].Length >= WrapWidth || lines[at + wrapped - 1].TrimEnd().EndsWith(',')))
            wrapped++;
        for (var count = wrapped; count >= 1; count--)
        {
            var text = NamesText(lines.Skip(at).Take(count)).TrimEnd('.');
            if (ListingLines.FindYear(text) is null && EntryShape.NameCount(text) >= 2 && MarkdownProfile.AuthorText.IsNamesOnly(text))
                return at + count;
        }
        return null;
    }

    /// <summary>The names' lines as one list; "MI .Worley", a stop typed before the space instead of after it, made "MI. Worley".</summary>
    private static string NamesText(IEnumerable<string> lines) =>
        StrayStop().Replace(TextKey.CollapseWhitespace(string.Join(" ", lines)), ". ");

    /// <summary>A line that is only an identifier (DOI, URL, "arXiv:…"): read off the card, never a part of its text.</summary>
    public static bool IsIdentifier(string line) => Identifier().IsMatch(line) && !line.Trim().Contains(' ');

    private static bool IsTitle(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !Identifier().IsMatch(line)
        && !MarkdownProfile.AuthorText.IsNamesOnly(line.TrimEnd('.'));

    private static bool IsWrappedTitleStart(string line) =>
        line.Length >= WrapWidth && !line.EndsWith('.') && ListingLines.FindYear(line) is null && IsTitle(line);

    [GeneratedRegex(@"(?<=(?:^|\s)\p{Lu}{1,3})\s\.(?=\p{Lu}\p{Ll})")]
    private static partial Regex StrayStop();

    [GeneratedRegex(@"^(?:\p{L}+:\S|https?://|www\.|10\.\d{4,9}/)")]
    private static partial Regex Identifier();
}
