using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>
/// A post's meta line under its title: a date and at most a name, split by a separator
/// ("June 02, 2025 • Dana Levi", "12 March 2025 | by Lucía Fernández", "Ana Souza · Feb 3, 2025").
/// </summary>
public static partial class BylineDates
{
    public static bool TryRead(string? line, out PartialDate date, out string? author)
    {
        date = default;
        author = null;
        if (string.IsNullOrWhiteSpace(line)) return false;
        var parts = Separator().Split(TextKey.CollapseWhitespace(line)).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count is < 2 or > 3) return false;
        // A date may close with a full stop before the separator ("Sep 20, 2015. | By: Ana Ruiz").
        var dateAt = parts.FindIndex(p => LooseDates.TryParse(p.TrimEnd('.'), out _));
        if (dateAt < 0) return false;
        string? name = null;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i == dateAt) continue;
            var part = By().Match(parts[i]) is { Success: true } by ? by.Groups["name"].Value.Trim() : parts[i];
            // Only a name may share the line: "3 min read" or a category word makes it something else.
            var words = part.Split(' ');
            if (part.Any(char.IsDigit) || words.Length is < 2 or > 5 || !words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || w.Length <= 3))) return false;
            name ??= part;
        }
        LooseDates.TryParse(parts[dateAt].TrimEnd('.'), out date);
        // Press items print the outlet where a blog prints its writer ("Science Weekly | Feb 2, 2026"): dated, but nobody's byline.
        author = name is not null && Outlet().IsMatch(name) ? null : name;
        return true;
    }

    /// <summary>
    /// A meta line of a date and a label or two ("2025-10-21 · Publication", "Mar 3, 2025 · Talks · 4 min"): the post's date beside
    /// its category, which the theme prints where a byline would go. Labels are short and never a sentence.
    /// </summary>
    /// <param name="maxLabelWords">How many words a label may hold; a category may be a phrase ("admittedly not on prosody").</param>
    public static bool TryReadTagged(string? line, out PartialDate date, int maxLabelWords = 3)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(line) || TextKey.CollapseWhitespace(line) is not { Length: <= 80 } text) return false;
        var parts = Separator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count is < 2 or > 3 || !LooseDates.TryParse(parts[0].TrimEnd('.'), out date)) return false;
        return parts.Skip(1).All(p => p.Length <= 30 && p.Split(' ').Length <= maxLabelWords && !p.Any(c => c is '.' or '!' or '?' or ':' or ';' or ','));
    }

    /// <summary>True when the text names an organisation or a publication ("Harbour University", "Science Weekly") rather than a person or a work.</summary>
    public static bool NamesOrganisation(string text) => Outlet().IsMatch(text);

    /// <summary>Words that name an organisation or a publication rather than a person.</summary>
    [GeneratedRegex(@"\b(?:College|Institute|School|Cent(?:er|re)|Foundation|Agency|Society|Council|Hospital|Ministry|Department|Laborator(?:y|ies)|News|Magazine|Journal|Radio|Television|TV|Times|Post|Press|Daily|Weekly|Review|Gazette|Herald|Tribune|Telegraph|Guardian|Observer|Chronicle|Network|Media|Broadcasting|Universit(?:ät|é|à|ad|y)|Zeitung)\b")]
    private static partial Regex Outlet();

    [GeneratedRegex(@"\s+[•·|–—]\s+|\s*[•·|]\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:(?:posted|written)\s+)?by:?\s+(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex By();
}
