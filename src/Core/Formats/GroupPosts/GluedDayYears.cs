using System.Globalization;
using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// A date whose day and year sit in elements of their own (a calendar badge: month, day, year) comes out of w3m with the
/// two numbers run together: "Oct 232017" for October 23, 2017. A month's name followed by five or six digits is no
/// other spelling, so where the last four digits are a year and the first one or two a day of that month, the date is
/// set out again with the day and year apart ("Oct 23, 2017"), which every later step reads.
/// </summary>
internal static partial class GluedDayYears
{
    public static List<PageLine> Rewrite(List<PageLine> lines)
    {
        List<PageLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text || Glued().Match(lines[i].Text) is not { Success: true } m) continue;
            if (LooseDates.Month(m.Groups["mon"].Value) is not { } month) continue;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            result ??= [.. lines];
            var text = lines[i].Text;
            var mended = $"{m.Groups["mon"].Value} {day}, {year}";
            result[i] = lines[i] with { Text = text[..m.Groups["date"].Index] + mended + text[(m.Groups["date"].Index + m.Groups["date"].Length)..] };
        }
        return result ?? lines;
    }

    /// <summary>"□ Oct 232017", "Mar 52019": a month's name, then a day and a year of this or the last century run together.</summary>
    [GeneratedRegex(@"^\s*(?:(?:[•*·▪‣◦-]|\p{So})\s+)?(?<date>(?<mon>\p{L}{3,9})\.?\s+(?<d>\d{1,2})(?<y>(?:19|20)\d{2}))(?!\d)")]
    private static partial Regex Glued();
}
