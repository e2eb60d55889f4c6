using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// News tables (a date cell beside a text cell) that text extraction lays out in two columns, the date wrapped over three
/// short lines ("Sep" / "24," / "2026") at the left of the item's text lines and centred on them:
/// each row is set out again as one line, "Sep 24, 2026 — text", so it splits like any dated news.
/// </summary>
internal static partial class DateColumn
{
    public static List<PageLine> Merge(List<PageLine> lines)
    {
        var dates = new List<int>();
        for (var i = 0; i + 2 < lines.Count; i++)
            if (MonthCell().IsMatch(lines[i].Text) && DayCell().IsMatch(lines[i + 1].Text) && YearCell().IsMatch(lines[i + 2].Text))
                dates.Add(i);
        if (dates.Count < 2) return lines;

        // Text taller than its date has lines above and below it (as many below, or one more); shorter text sits beside it.
        var above = new int[dates.Count];
        var below = new int[dates.Count];
        bool Full(int k) => Enumerable.Range(0, 3).All(j => Cell(lines[dates[k] + j].Text).Text.Length > 0);
        bool Indented(int i) => i >= 0 && i < lines.Count && lines[i].Kind == LineKind.Text && lines[i].Text.StartsWith("   ", StringComparison.Ordinal);
        if (Full(0)) while (Indented(dates[0] - above[0] - 1)) above[0]++;
        for (var k = 0; k < dates.Count; k++)
        {
            var from = dates[k] + 3;
            var gap = 0;
            while (Indented(from + gap) && (k + 1 == dates.Count || from + gap < dates[k + 1])) gap++;
            if (k + 1 == dates.Count || from + gap != dates[k + 1])
            {
                below[k] = Full(k) ? Math.Min(gap, above[k] + 1) : 0;
                continue;
            }
            if (!Full(k + 1)) below[k] = gap;
            else if (!Full(k)) below[k] = 0;
            else
            {
                // Where the centring leaves a choice, the row ends where a sentence (or a link) does.
                var options = new[] { above[k], above[k] + 1 }.Where(b => b <= gap).ToList();
                below[k] = options.FirstOrDefault(b => SentenceEnd().IsMatch(lines[from + b - 1].Text), options.Count > 0 ? options[0] : gap);
            }
            above[k + 1] = gap - below[k];
        }

        var result = new List<PageLine>(lines.Count);
        var at = 0;
        for (var k = 0; k < dates.Count; k++)
        {
            var start = dates[k] - above[k];
            var end = dates[k] + 3 + below[k];
            if (start < at) return lines;
            result.AddRange(lines.Skip(at).Take(start - at));
            var cells = Enumerable.Range(0, 3).Select(j => Cell(lines[dates[k] + j].Text)).ToList();
            var text = Enumerable.Range(start, end - start)
                .Select(i => i >= dates[k] && i < dates[k] + 3 ? cells[i - dates[k]].Text : lines[i].Text.Trim())
                .Where(t => t.Length > 0);
            var date = $"{cells[0].Date} {cells[1].Date} {cells[2].Date}";
            result.Add(new PageLine(lines[start].Number, date + " — " + OpenBracket().Replace(string.Join(" ", text), "["), LineKind.Text));
            // A gap after each row, so a row's last line is not read as a title over the next one.
            result.Add(new PageLine(lines[end - 1].Number, "", LineKind.Blank));
            at = end;
        }
        result.AddRange(lines.Skip(at));
        return result;
    }

    private static (string Date, string Text) Cell(string line)
    {
        var m = CellSplit().Match(line);
        return (m.Groups["date"].Value, m.Groups["text"].Value.Trim());
    }

    /// <summary>A link's bracket wrapped away from its text ("[" / "article]").</summary>
    [GeneratedRegex(@"\[\s+(?=\S)")]
    private static partial Regex OpenBracket();

    [GeneratedRegex(@"^(?<date>\S+)(?:\s+(?<text>.*))?$")]
    private static partial Regex CellSplit();

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s{2,}\S.*)?$")]
    private static partial Regex MonthCell();

    [GeneratedRegex(@"^\d{1,2},(?:\s{2,}\S.*)?$")]
    private static partial Regex DayCell();

    [GeneratedRegex(@"^(?:19|20)\d{2}(?:\s+\S.*)?$")]
    private static partial Regex YearCell();

    [GeneratedRegex(@"[.!?\]”"")]\s*$")]
    private static partial Regex SentenceEnd();
}
