using System.Text.RegularExpressions;

namespace Aggregator.Core.Normalising;

/// <summary>Display names and matching keys for people.</summary>
public static partial class PersonNames
{
    /// <summary>
    /// A display name in "First Last" order with tidy spacing: "Dumoulin, V." gives "V. Dumoulin",
    /// "  Jane   Doe* " gives "Jane Doe" (equal-contribution marks dropped). The spelling is kept.
    /// </summary>
    public static string Display(string raw)
    {
        var s = TextKey.CollapseWhitespace(raw);
        s = ContributionMarks().Replace(s, "").Trim().Trim(',', ';').Trim();
        var comma = s.IndexOf(',');
        if (comma > 0)
        {
            var last = s[..comma].Trim();
            var rest = s[(comma + 1)..].Trim();
            // "Last, Jr., First" -> "First Last Jr."
            var parts = rest.Split(',', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && SuffixPattern().IsMatch(parts[0]))
                s = $"{parts[1]} {last} {parts[0]}";
            else if (rest.Length > 0 && !SuffixPattern().IsMatch(rest))
                s = $"{rest} {last}";
            else if (rest.Length > 0)
                s = $"{last} {rest}";
            else
                s = last;
        }
        // "J.R.R. Tolkien" -> "J. R. R. Tolkien"
        s = GluedInitials().Replace(s, "$1 ");
        return TextKey.CollapseWhitespace(s);
    }

    /// <summary>
    /// A key for deciding whether two spellings name the same person: accents, case, punctuation and
    /// initial-vs-full first names ignored ("Stanisław Jastrzębski" = "Stanislaw Jastrzebski" = "S. Jastrzebski").
    /// </summary>
    public static string MatchKey(string name)
    {
        var words = TextKey.ForTitle(Display(name)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "";
        var last = words[^1];
        return $"{words[0][0]} {last}";
    }

    /// <summary>True when the two names denote the same person by <see cref="MatchKey"/>.</summary>
    public static bool SamePerson(string a, string b) => MatchKey(a) == MatchKey(b) && MatchKey(a).Length > 0;

    [GeneratedRegex(@"[*†‡§¶#⋆★☆♠♣♥♦✝∗]+|\^\{?[*†‡0-9,]+\}?|\\(?:dagger|ddagger|ast|star)\b")]
    private static partial Regex ContributionMarks();

    [GeneratedRegex(@"^(Jr\.?|Sr\.?|II|III|IV)$", RegexOptions.IgnoreCase)]
    private static partial Regex SuffixPattern();

    [GeneratedRegex(@"(\b\p{Lu}\.)(?=\p{Lu})")]
    private static partial Regex GluedInitials();
}
