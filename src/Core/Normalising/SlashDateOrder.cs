using System.Globalization;
using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>
/// "09/05/2023" is read day first unless the second number cannot be a month. A page prints all its dates one way:
/// where some "a/b/y" can only be month first ("2/19/2018") and none can only be day first ("19/2/2018"), every
/// slashed date on it is month first, so its "1/9/2018" is January 9, not September 1.
/// The same holds for dates with a clipped year ("11/30/18", "9/10/18").
/// </summary>
public static partial class SlashDateOrder
{
    /// <summary>True when the texts print their slashed dates month first.</summary>
    public static bool MonthFirst(IEnumerable<string> texts) => MonthFirst(texts.SelectMany(Printed));

    /// <summary>
    /// For a whole page's text: a date read day first is turned month first when the page is month first and prints
    /// that date slashed (same numbers and year) somewhere.
    /// </summary>
    public static Func<PartialDate?, PartialDate?> For(string pageText)
    {
        var dates = Printed(pageText).ToHashSet();
        if (!MonthFirst(dates)) return date => date;
        return date => date is { Month: { } month, Day: { } day, Instant: null } read && dates.Contains((day, month, read.Year))
            ? Swapped(read)
            : date;
    }

    /// <summary>
    /// <paramref name="date"/>, read day first from <paramref name="dateText"/>, read month first instead when the page
    /// is month first and the last slashed date in that text is the one it was read from.
    /// </summary>
    public static PartialDate Ordered(PartialDate date, string dateText, bool monthFirst)
    {
        if (!monthFirst || date.Month is not { } month || date.Day is not { } day) return date;
        return Printed(dateText).LastOrDefault() is var (a, b, _) && a == day && b == month ? Swapped(date) : date;
    }

    private static bool MonthFirst(IEnumerable<(int A, int B, int Year)> dates)
    {
        bool monthFirst = false, dayFirst = false;
        foreach (var (a, b, _) in dates)
        {
            if (b > 12 && a <= 12) monthFirst = true;
            if (a > 12 && b <= 12) dayFirst = true;
        }
        return monthFirst && !dayFirst;
    }

    // Only a day that could be a month is swapped, and swapping equal numbers changes nothing.
    private static PartialDate Swapped(PartialDate read) =>
        read is { Month: { } month, Day: { } day and <= 12 } && day != month ? PartialDate.OfDay(read.Year, day, month) : read;

    /// <summary>The slashed dates in a text as printed: the two numbers in order and the year (a clipped "18" made whole).</summary>
    private static IEnumerable<(int A, int B, int Year)> Printed(string text) =>
        Slashed().Matches(text).Select(m => (Number(m.Groups["a"]), Number(m.Groups["b"]), LooseDates.FullYear(m.Groups["y"].Value)))
            .Where(d => d.Item1 is >= 1 and <= 31 && d.Item2 is >= 1 and <= 31);

    private static int Number(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    // "2/19/" and "2018" on two lines are one date; "2/19/18" prints the year short.
    [GeneratedRegex(@"(?<![\d/])(?<a>\d{1,2})/(?<b>\d{1,2})/\s*(?<y>\d{4}|\d{2})(?![\d/])")]
    private static partial Regex Slashed();
}
