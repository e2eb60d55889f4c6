using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>
/// A date line whose month is misspelt by hand ("18 Feburay 2025", "Setpember 3, 2024"): read with the month it
/// is nearest to. Only long month names are mended (two slips at most), so short words are never taken for months.
/// </summary>
public static partial class MisspeltMonths
{
    public static bool TryRead(string text, out PartialDate date)
    {
        date = default;
        var mended = Mend(text);
        return mended != text.Trim() && LooseDates.TryParse(mended, out date);
    }

    /// <summary>The text with each misspelt month name put right.</summary>
    public static string Mend(string text) => Word().Replace(text.Trim(), m => Nearest(m.Value) ?? m.Value);

    private static string? Nearest(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 6) return null;
        var near = LooseDates.EnglishMonthNames.Where(n => n.Length >= 7 && n[0] == w[0] && Distance(w, n) <= 2).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    /// <summary>Edit distance counting a swap of neighbouring letters as one slip.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"\p{L}{6,}")]
    private static partial Regex Word();
}
