using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Aggregator.Core.Normalising;

/// <summary>Keys for matching text: case, accents, punctuation, LaTeX markup and spacing ignored.</summary>
public static partial class TextKey
{
    /// <summary>"Attention Is {All} You Need!" and "attention is all you need" give the same key.</summary>
    public static string ForTitle(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var s = LatexCommand().Replace(text, " ");
        s = RemoveDiacritics(s).ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            sb.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        return Spaces().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>Removes combining marks and maps letters NFD leaves alone (ł, ø, ß, æ, đ, ı).</summary>
    public static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(ch switch
            {
                'ł' => "l", 'Ł' => "L", 'ø' => "o", 'Ø' => "O", 'ß' => "ss", 'æ' => "ae", 'Æ' => "AE",
                'œ' => "oe", 'Œ' => "OE", 'đ' => "d", 'Đ' => "D", 'ı' => "i", 'þ' => "th", 'ð' => "d",
                _ => ch.ToString(),
            });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Collapses runs of white space (including non-breaking) to one space and trims.</summary>
    public static string CollapseWhitespace(string text) => Spaces().Replace(text.Replace('\u00a0', ' '), " ").Trim();

    [GeneratedRegex(@"\\[a-zA-Z]+\*?|[{}$\\]")]
    private static partial Regex LatexCommand();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
