using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Reads a run of author names off the front of a text: "A. Lamb, V. Dumoulin and A. Courville",
/// "Ghiasi, G., Lee, H. and Shlens, J.", "Jane Doe & Li Wei. Venue ...". Stops at the first piece that is not a name.
/// </summary>
internal static partial class AuthorText
{
    public static (List<string> Names, string Remainder) Consume(string text)
    {
        var names = new List<string>();
        text = EtAl().Replace(text, "");
        var cut = SentenceEnd().Match(text);
        var head = cut.Success ? text[..cut.Index] : text;
        var tail = cut.Success ? text[(cut.Index + cut.Length)..] : "";
        // A quoted title or a "(2020)" after the names ends the list too.
        var open = head.IndexOfAny(['"', '“', '(', '[']);
        var dash = SpacedDash().Match(head);
        if (dash.Success && (open < 0 || dash.Index < open)) open = dash.Index;
        if (open >= 0)
        {
            tail = text[open..];
            head = head[..open];
        }

        var pieces = Pieces(head);
        for (var k = 0; k < pieces.Count; k++)
        {
            var (piece, start) = pieces[k];
            if (AuthorLists.IsEtAl(piece)) continue;
            var candidate = piece;
            // "Dumoulin, V." is one name written surname first.
            if (k + 1 < pieces.Count && IsInitials(pieces[k + 1].Text) && !IsInitials(piece) && piece.Split(' ').Length <= 3)
            {
                candidate = piece + ", " + pieces[k + 1].Text;
                if (PersonNames.LooksLikeName(candidate)) { names.Add(candidate); k++; continue; }
            }
            if (!PersonNames.LooksLikeName(candidate))
                return (names, text[start..].Trim());
            names.Add(candidate);
        }
        return (names, tail.Trim());
    }

    private static List<(string Text, int Start)> Pieces(string head)
    {
        var result = new List<(string, int)>();
        var pos = 0;
        foreach (Match sep in Separator().Matches(head))
        {
            Add(result, head, pos, sep.Index);
            pos = sep.Index + sep.Length;
        }
        Add(result, head, pos, head.Length);
        return result;
    }

    private static void Add(List<(string, int)> result, string head, int from, int to)
    {
        var piece = head[from..to].Trim();
        if (piece.Length == 0) return;
        // A trailing full stop after a whole word closes the list; after an initial it belongs to the name.
        if (piece.EndsWith('.') && piece.Split(' ')[^1].TrimEnd('.', '*').Length > 2) piece = piece[..^1].TrimEnd();
        result.Add((piece, from + (head[from..to].Length - head[from..to].TrimStart().Length)));
    }

    [GeneratedRegex(@",?\s*\bet\s+al\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex EtAl();

    [GeneratedRegex(@"\s[—–-]\s")]
    private static partial Regex SpacedDash();

    private static bool IsInitials(string piece) => Initials().IsMatch(piece.Trim());

    [GeneratedRegex(@"\s*[,;]\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:\p{Lu}\.(?:\s*-?\s*)?)+$|^\p{Lu}$")]
    private static partial Regex Initials();

    /// <summary>A full stop after a whole word (not an initial), then more text: the end of the author list.</summary>
    [GeneratedRegex(@"(?<=\p{L}{2}[*†]*)\.\s+(?=\S)")]
    private static partial Regex SentenceEnd();
}
