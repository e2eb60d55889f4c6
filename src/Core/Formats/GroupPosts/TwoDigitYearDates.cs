using System.Globalization;
using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Hand-written news lists may open every item with a short numeric date ("• 08-07-25 Ana joins us"). Where several
/// items open that way, their dates are read together (<see cref="ClippedYearDates"/>) and set out again as ISO dates,
/// which every later step reads.
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
        if (ClippedYearDates.ReadTogether(parts) is not { } read) return lines;
        var dates = read.Select(d => d.ToString()).ToList();

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

    /// <summary>"08-07-25 ...", "• 8.7.25: ...": the same mark between the parts, text (not another number) after.</summary>
    [GeneratedRegex(@"^\s*(?:[•*·▪‣◦-]\s+)?[\[(]?(?<date>(?<a>\d{1,2})(?<sep>[-./])(?<b>\d{1,2})\k<sep>(?<y>\d{2}))(?![\d./-])[\])]?(?:\s*[:—–|-])?\s+\S")]
    private static partial Regex ShortDate();
}
