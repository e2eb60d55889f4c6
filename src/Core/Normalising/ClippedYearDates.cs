using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>
/// Short numeric dates with a two-digit year ("08-07-25", "21.09.22"). Alone such a date is ambiguous; a page prints all
/// of them one way, so they are read together: day first unless some second number exceeds 12 and no first one does
/// (then month first), and only when every one of them is a real date in that order.
/// </summary>
public static class ClippedYearDates
{
    /// <summary>The dates in the order printed, or null when some numbers make no date in the order the set reads.</summary>
    public static List<PartialDate>? ReadTogether(IReadOnlyList<(int A, int B, int Year)> printed)
    {
        var monthFirst = printed.Any(p => p.B > 12) && printed.All(p => p.A <= 12);
        var dates = new List<PartialDate>(printed.Count);
        foreach (var (a, b, yy) in printed)
        {
            var (month, day) = monthFirst ? (a, b) : (b, a);
            var year = LooseDates.FullYear(yy.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            dates.Add(PartialDate.OfDay(year, month, day));
        }
        return dates;
    }
}
