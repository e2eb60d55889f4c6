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

        var rows = new List<List<(string Text, int Width)>>(dates.Count);
        for (var k = 0; k < dates.Count; k++)
        {
            var start = dates[k] - above[k];
            var end = dates[k] + 3 + below[k];
            if (k > 0 && start < dates[k - 1] + 3 + below[k - 1]) return lines;
            rows.Add(Enumerable.Range(start, end - start)
                .Select(i => (i >= dates[k] && i < dates[k] + 3 ? Cell(lines[i].Text).Text : lines[i].Text.Trim(), DisplayWidth(lines[i].Text.TrimEnd())))
                .Where(t => t.Item1.Length > 0).ToList());
        }
        var width = rows.SelectMany(r => r).Select(l => l.Width).DefaultIfEmpty(0).Max();
        var titles = rows.Select(r => TitleLines(r, width)).ToList();
        // Rows open with their headline only where most of them do: one short first line is no sign of a title.
        if (titles.Count(t => t > 0) * 3 < rows.Count * 2) titles = titles.Select(_ => 0).ToList();

        var result = new List<PageLine>(lines.Count);
        var at = 0;
        for (var k = 0; k < dates.Count; k++)
        {
            var start = dates[k] - above[k];
            var end = dates[k] + 3 + below[k];
            result.AddRange(lines.Skip(at).Take(start - at));
            var cells = Enumerable.Range(0, 3).Select(j => Cell(lines[dates[k] + j].Text)).ToList();
            var date = $"{cells[0].Date} {cells[1].Date} {cells[2].Date}";
            var text = rows[k].Select(l => l.Text).ToList();
            if (titles[k] > 0)
            {
                // The headline keeps its own lines and the summary below it becomes a paragraph of its own; each printed
                // line keeps a number of its own (posts are told apart by their lines' numbers).
                var summary = Math.Min(start + titles[k], end - 1);
                result.Add(new PageLine(lines[start].Number, date + " — " + text[0], LineKind.Text));
                result.AddRange(text.Skip(1).Take(titles[k] - 1).Select((t, j) => new PageLine(lines[start + 1 + j].Number, t, LineKind.Text)));
                result.Add(new PageLine(lines[summary].Number, "", LineKind.Blank));
                result.Add(new PageLine(lines[summary].Number, OpenBracket().Replace(string.Join(" ", text.Skip(titles[k])), "["), LineKind.Text));
            }
            else result.Add(new PageLine(lines[start].Number, date + " — " + OpenBracket().Replace(string.Join(" ", text), "["), LineKind.Text));
            // A gap after each row, so a row's last line is not read as a title over the next one.
            result.Add(new PageLine(lines[end - 1].Number, "", LineKind.Blank));
            at = end;
        }
        result.AddRange(lines.Skip(at));
        return result;
    }

    /// <summary>
    /// How many of a row's first lines are its headline: a line (or two, the first wrapped into the second) that stops short
    /// of the column's width with text still below it, not closing a sentence. 0 where the row opens with running text.
    /// </summary>
    private static int TitleLines(List<(string Text, int Width)> row, int width)
    {
        for (var n = 1; n <= 2 && n < row.Count; n++)
        {
            var word = row[n].Text.Split(' ', 2)[0];
            if (row[n - 1].Width + 1 + DisplayWidth(word) > width) continue;
            return SentenceClose().IsMatch(row[n - 1].Text) ? 0 : n;
        }
        return 0;
    }

    /// <summary>Columns a line takes in a terminal dump: wide (CJK, Hangul, full-width) characters take two.</summary>
    private static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
            width += c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1;
        return width;
    }

    private static (string Date, string Text) Cell(string line)
    {
        var m = CellSplit().Match(line.TrimStart());
        return (m.Groups["date"].Value, m.Groups["text"].Value.Trim());
    }

    /// <summary>A link's bracket wrapped away from its text ("[" / "article]").</summary>
    [GeneratedRegex(@"\[\s+(?=\S)")]
    private static partial Regex OpenBracket();

    [GeneratedRegex(@"^(?<date>\S+)(?:\s+(?<text>.*))?$")]
    private static partial Regex CellSplit();

    [GeneratedRegex(@"^ ?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s{2,}\S.*)?$")]
    private static partial Regex MonthCell();

    [GeneratedRegex(@"^ ?\d{1,2},(?:\s{2,}\S.*)?$")]
    private static partial Regex DayCell();

    [GeneratedRegex(@"^(?:19|20)\d{2}(?:\s+\S.*)?$")]
    private static partial Regex YearCell();

    [GeneratedRegex(@"[.!?\]”"")]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.!?…:;,]\s*$")]
    private static partial Regex SentenceClose();
}
