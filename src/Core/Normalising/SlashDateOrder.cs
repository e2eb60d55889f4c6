using System.Globalization;
using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>
/// "09/05/2023" is read day first unless the second number cannot be a month. A page prints all its dates one way:
/// where some second number exceeds 12 ("09/19/2023") and no first one does, every slashed date on it is month first.
/// The same holds for dates with a clipped year ("11/30/18", "9/10/18").
/// </summary>
public static partial class SlashDateOrder
{
    public static Func<PartialDate?, PartialDate?> For(string pageText)
    {
        var dates = SlashDate().Matches(pageText)
            .Select(m => (A: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), B: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Y: LooseDates.FullYear(m.Groups[3].Value)))
            .Where(d => d.A is >= 1 and <= 31 && d.B is >= 1 and <= 31)
            .ToHashSet();
        if (!dates.Any(d => d.B > 12 && d.A <= 12) || dates.Any(d => d.A > 12)) return date => date;
        return date => date is { Month: { } month, Day: { } day, Instant: null } read && day <= 12 && day != month && dates.Contains((day, month, read.Year))
            ? PartialDate.OfDay(read.Year, day, month)
            : date;
    }

    [GeneratedRegex(@"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")]
    private static partial Regex SlashDate();
}
