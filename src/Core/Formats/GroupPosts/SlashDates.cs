using System.Globalization;
using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// A page prints its numeric dates in one order throughout. Where some "a/b/yyyy" can only be month first ("2/19/2018")
/// and none can only be day first, the page writes month first, so its "1/9/2018" is January 9, not September 1.
/// </summary>
internal static partial class SlashDates
{
    public static bool MonthFirst(IEnumerable<string> texts)
    {
        bool monthFirst = false, dayFirst = false;
        foreach (var m in texts.SelectMany(t => Slashed().Matches(t)))
        {
            var (a, b) = (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
            if (b > 12 && a <= 12) monthFirst = true;
            if (a > 12 && b <= 12) dayFirst = true;
        }
        return monthFirst && !dayFirst;
    }

    /// <summary>The date read day first from <paramref name="text"/>'s last slashed date, read month first instead.</summary>
    public static PartialDate Ordered(PartialDate date, string text, bool monthFirst)
    {
        if (!monthFirst || date.Month is not { } month || date.Day is not { } day || day > 12 || day == month) return date;
        var found = Slashed().Matches(text);
        if (found.Count == 0) return date;
        var last = found[^1];
        var (a, b) = (int.Parse(last.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(last.Groups["b"].Value, CultureInfo.InvariantCulture));
        return a == day && b == month ? PartialDate.OfDay(date.Year, a, b) : date;
    }

    [GeneratedRegex(@"(?<![\d/])(?<a>\d{1,2})/(?<b>\d{1,2})/\s*(?:\d{4}|\d{2})(?![\d/])")]
    private static partial Regex Slashed();
}
