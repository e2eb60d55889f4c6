using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// The lab's postal address printed after the last post ("Smith Lab" / "Centre for Cell Biology" / "12 King Street, Room 4"
/// / "Springfield, ON"): a contact block closing the page, which extraction runs on into the last post when no blank line
/// sets it apart.
/// </summary>
internal static partial class FooterAddress
{
    /// <summary>
    /// The first line of the address block: a street line of its own past <paramref name="from"/>, with no dated line and no prose
    /// after it (an address inside a post's text is followed by more posts), backed up over the names above it (the lab's, the
    /// building's: up to three short lines that are no sentences). -1 when there is none.
    /// </summary>
    public static int Start(List<PageLine> lines, int from)
    {
        for (var i = Math.Max(from, 1); i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text || !StreetLine().IsMatch(lines[i].Text.Trim())) continue;
            if (lines.Skip(i + 1).Any(l => l.Kind == LineKind.Text && (DateLeads.TryRead(l.Text, out _, loose: true) || l.Text.Trim().Length > 100))) return -1;
            var top = i;
            while (top > from && i - top < 3 && lines[top - 1].Kind == LineKind.Text && NameLine(lines[top - 1].Text.Trim())) top--;
            return ContactEntry(lines, from, i) is >= 0 and var entry && entry < top ? entry : top;
        }
        return -1;
    }

    /// <summary>
    /// A footer's contact list may print the address as one entry ("• Dr. Ana Ruiz," / "    Professor and Chair, Department of
    /// ..." / "    12 King Street, Room 4"): the entry's bullet, when the street line is one of its wrapped lines, its first line
    /// closes with a comma (a name, the address going on under it) and none of its lines ends a sentence. -1 otherwise.
    /// </summary>
    private static int ContactEntry(List<PageLine> lines, int from, int street)
    {
        var column = PageLines.Indent(lines[street].Text);
        // (A short name's bullet reads as a menu entry, noise; it still opens the entry.)
        for (var j = street - 1; j >= from && street - j <= 4 && lines[j].Kind is LineKind.Text or LineKind.Noise; j--)
        {
            var text = lines[j].Text.Trim();
            if (PageLines.EndsLikeSentence(text)) return -1;
            if (PostSplitter.ListItem().IsMatch(text))
                return PageLines.Indent(lines[j].Text) < column && text.EndsWith(',') ? j : -1;
            if (lines[j].Kind != LineKind.Text || PageLines.Indent(lines[j].Text) != column) return -1;
        }
        return -1;
    }

    private static bool NameLine(string text) =>
        text.Length <= 60 && char.IsUpper(text[0]) && !PageLines.EndsLikeText(text) && !DateLeads.TryRead(text, out _, loose: true);

    /// <summary>A street line: house number, capitalised street name and its kind, then maybe a room or suite after a comma.</summary>
    [GeneratedRegex(@"^\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Way|Place|Square|Parkway|Court|Terrace|Crescent|Highway)\.?(?:\s*,\s*[^.!?]{1,60})?$")]
    private static partial Regex StreetLine();
}
