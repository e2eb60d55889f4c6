using System.Globalization;
using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Hand-written news lists may open every item with a short numeric date ("• 08-07-25 Ana joins us"). Alone, such a
/// date is ambiguous; a page prints all of them one way, so they are read together: day first unless some second number
/// exceeds 12 and no first one does (then month first), and only where several items open that way and every one of
/// them is a real date in that order. Those dates are set out again as ISO dates, which every later step reads.
/// </summary>
internal static partial class TwoDigitYearDates
{
    private const int MinimumItems = 3;

    public static List<PageLine> Rewrite(List<PageLine> lines)
    {
        var found = lines.Select((l, i) => (Index: i, Match: l.Kind == LineKind.Text ? ShortDate().Match(l.Text) : Match.Empty))
            .Where(x => x.Match.Success).ToList();
        if (found.Count < MinimumItems) return lines;
        var parts = found.Select(x => (A: Number(x.Match, "a"), B: Number(x.Match, "b"), Y: Number(x.Match, "y"))).ToList();
        var monthFirst = parts.Any(p => p.B > 12) && parts.All(p => p.A <= 12);
        var dates = parts.Select(p => monthFirst ? Date(p.Y, p.A, p.B) : Date(p.Y, p.B, p.A)).ToList();
        if (dates.Any(d => d is null)) return lines;

        var result = lines.ToList();
        for (var k = 0; k < found.Count; k++)
        {
            var (index, match) = found[k];
            var group = match.Groups["date"];
            var text = lines[index].Text;
            result[index] = lines[index] with { Text = text[..group.Index] + dates[k] + text[(group.Index + group.Length)..] };
        }
        return result;
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>The ISO date, or null when the numbers make no date (a day 31 in April, a 13th month).</summary>
    private static string? Date(int yy, int month, int day)
    {
        var year = yy < 70 ? 2000 + yy : 1900 + yy;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>"08-07-25 ...", "• 8.7.25: ...": the same mark between the parts, text (not another number) after.</summary>
    [GeneratedRegex(@"^\s*(?:[•*·▪‣◦-]\s+)?[\[(]?(?<date>(?<a>\d{1,2})(?<sep>[-./])(?<b>\d{1,2})\k<sep>(?<y>\d{2}))(?![\d./-])[\])]?(?:\s*[:—–|-])?\s+\S")]
    private static partial Regex ShortDate();
}
