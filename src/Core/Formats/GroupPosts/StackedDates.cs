using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// A date printed as a calendar badge, its parts in elements of their own, comes out of w3m stacked on lines of its own:
/// "Thu" / "Feb 11" / "1999" (the weekday may be missing, the day may come before the month). Read line by line, the
/// weekday looks like a title and the date is lost, so where a page sets out two or more such badges, each standing
/// alone between gaps or rules, each is set out again as one line ("Thu Feb 11 1999") that every later step reads as a date.
/// </summary>
internal static partial class StackedDates
{
    public static List<PageLine> Merge(List<PageLine> lines)
    {
        var badges = new List<(int Start, int Length)>();
        for (var i = 0; i < lines.Count; i++)
            if (BadgeAt(lines, i) is { } length)
            {
                badges.Add((i, length));
                i += length - 1;
            }
        if (badges.Count < 2) return lines;

        var result = new List<PageLine>(lines.Count);
        var at = 0;
        foreach (var (start, length) in badges)
        {
            result.AddRange(lines.Skip(at).Take(start - at));
            var text = string.Join(" ", lines.Skip(start).Take(length).Select(l => l.Text.Trim()));
            result.Add(new PageLine(lines[start].Number, text, LineKind.Text));
            at = start + length;
        }
        result.AddRange(lines.Skip(at));
        return result;
    }

    /// <summary>How many lines the badge opening at line <paramref name="i"/> takes (2 or 3), or null when none opens there.</summary>
    private static int? BadgeAt(List<PageLine> lines, int i)
    {
        bool Text(int j) => j < lines.Count && lines[j].Kind == LineKind.Text;
        string At(int j) => lines[j].Text.Trim();
        if (!Text(i) || (i > 0 && lines[i - 1].Kind == LineKind.Text)) return null;
        var from = Weekday().IsMatch(At(i)) ? i + 1 : i;
        if (!Text(from) || !Text(from + 1) || Text(from + 2)) return null;
        if (!MonthDay().IsMatch(At(from)) || !Year().IsMatch(At(from + 1))) return null;
        if (LooseDates.Month(MonthName().Match(At(from)).Value) is null) return null;
        return LooseDates.TryParse(At(from) + " " + At(from + 1), out var date) && date.Day is not null ? from + 2 - i : null;
    }

    [GeneratedRegex(@"^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?$", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    /// <summary>"Feb 11", "11 Feb", "February 11,": a month's name and a day, nothing else.</summary>
    [GeneratedRegex(@"^(?:\p{L}{3,9}\.?\s+\d{1,2},?|\d{1,2}\.?\s+\p{L}{3,9}\.?,?)$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\p{L}{3,9}")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex Year();
}
