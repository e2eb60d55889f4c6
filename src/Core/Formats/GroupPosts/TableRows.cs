using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Schedules laid out as a table (date | who | what | links) that text extraction prints as column-aligned lines: a
/// squeezed date cell wraps ("Aug." / "17") and every other cell wraps beside it, so the lines interleave. Each row is
/// set out again as one line, "Aug. 17, 2021 — cell · cell", so it splits like any dated news. Columns are found from the
/// rows themselves (where text starts after a gap), not from the header, which extraction centres over its column.
/// </summary>
internal static partial class TableRows
{
    public static List<PageLine> Merge(List<PageLine> lines)
    {
        List<PageLine>? result = null;
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && lines[end].Kind != LineKind.Blank) end++;
            var rows = end - i >= 4 ? Rows(lines, i, end) : null;
            if (rows is null)
            {
                result?.AddRange(lines.Skip(i).Take(Math.Max(1, end - i)));
                i = Math.Max(end, i + 1);
                continue;
            }
            result ??= lines.Take(i).ToList();
            var year = HeadingYear(lines, i);
            foreach (var (number, date, text) in rows)
            {
                if (result.Count > 0 && result[^1].Kind != LineKind.Blank) result.Add(new PageLine(number, "", LineKind.Blank));
                var dated = year is { } y && !YearIn().IsMatch(date) ? $"{date}, {y}" : date;
                result.Add(new PageLine(number, dated + " — " + text, LineKind.Text));
            }
            i = end;
        }
        return result ?? lines;
    }

    /// <summary>The rows of a block of lines when it is such a table (three dated rows or more), else null.</summary>
    private static List<(int Number, string Date, string Text)>? Rows(List<PageLine> lines, int from, int to)
    {
        var block = lines.Skip(from).Take(to - from).ToList();
        // A header line (its cells centred, so its columns do not line up) opens the table; the rows follow.
        var first = RowStart().IsMatch(block[0].Text) ? 0 : 1;
        var body = block.Skip(first).ToList();
        if (body.Count < 3 || !RowStart().IsMatch(body[0].Text)) return null;
        var columns = Columns(body);
        if (columns.Count < 2) return null;
        // Every line's first cell is empty or a piece of a date.
        var firstCells = body.Select(l => Cell(l.Text, columns, 0)).ToList();
        if (!firstCells.All(c => c.Length == 0 || DatePiece().IsMatch(c))) return null;

        var rows = new List<(int, string, string)>();
        var starts = Enumerable.Range(0, body.Count).Where(k => RowStart().IsMatch(firstCells[k])).ToList();
        if (starts.Count < 3) return null;
        for (var r = 0; r < starts.Count; r++)
        {
            var end = r + 1 < starts.Count ? starts[r + 1] : body.Count;
            var date = string.Join(" ", firstCells.Skip(starts[r]).Take(end - starts[r]).Where(c => c.Length > 0));
            var cells = Enumerable.Range(1, columns.Count - 1)
                .Select(c => string.Join(" ", body.Skip(starts[r]).Take(end - starts[r]).Select(l => Cell(l.Text, columns, c)).Where(t => t.Length > 0)))
                .Where(t => t.Length > 0).ToList();
            // A row with nothing decided yet ("TBD", "—") announces no session.
            if (cells.All(t => Placeholder().IsMatch(t))) continue;
            rows.Add((body[starts[r]].Number, date, string.Join(" · ", cells)));
        }
        return rows.Count >= 3 ? rows : null;
    }

    /// <summary>
    /// Where cells begin: column 0; the widest cut that leaves only date pieces on its left (a squeezed date cell may be
    /// followed by a single space); and every later position where text follows two spaces on at least two lines.
    /// </summary>
    private static List<int> Columns(List<PageLine> body)
    {
        // A cut never parts a date that runs on along its line ("Dec" | "3, 2025").
        bool Cuts(int p) => body.All(l => (p >= l.Text.Length || l.Text[p - 1] == ' ')
            && l.Text[..Math.Min(p, l.Text.Length)].Trim() is var left && (left.Length == 0 || DatePiece().IsMatch(left)
                && !(p < l.Text.Length && l.Text[p..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var next, ..] && DatePiece().IsMatch(left + " " + next))));
        var date = Enumerable.Range(2, 30).Where(Cuts).DefaultIfEmpty(0).Max();
        if (date == 0) return [0];
        var counts = new Dictionary<int, int>();
        foreach (var line in body)
            foreach (Match m in CellStart().Matches(line.Text))
                counts[m.Index] = counts.GetValueOrDefault(m.Index) + 1;
        return [0, date, .. counts.Where(kv => kv.Value >= 2 && kv.Key > date).Select(kv => kv.Key).Order()];
    }

    private static string Cell(string line, List<int> columns, int c)
    {
        var from = columns[c];
        if (from >= line.Length) return "";
        var to = c + 1 < columns.Count ? Math.Min(columns[c + 1], line.Length) : line.Length;
        return Regex.Replace(line[from..to], @"\s+", " ").Trim();
    }

    /// <summary>The year of the section the table sits in ("Summer 2021", "Fall term 2024"): a short heading above it.</summary>
    private static int? HeadingYear(List<PageLine> lines, int tableStart)
    {
        for (var i = tableStart - 1; i >= 0; i--)
        {
            if (lines[i].Kind != LineKind.Text) continue;
            var text = lines[i].Text.Trim();
            if (text.Length <= 40 && !text.EndsWith('.') && YearIn().Match(text) is { Success: true } m) return int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>A month's name or abbreviation, whole: "Marek" or "Junior" opening a row's text is a word, not a month.</summary>
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![a-z])";

    /// <summary>A line whose first cell opens a date: a month, a day before a month, or an ISO date.</summary>
    [GeneratedRegex(@"^(?:" + Month + @"(?:\s|$)|\d{1,2}(?:st|nd|rd|th)?\s+" + Month + @"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s|$))", RegexOptions.IgnoreCase)]
    private static partial Regex RowStart();

    [GeneratedRegex(@"^(?:" + Month + @"|\d{1,4}(?:st|nd|rd|th)?,?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?:\s+(?:" + Month + @"|\d{1,4}(?:st|nd|rd|th)?,?))*$", RegexOptions.IgnoreCase)]
    private static partial Regex DatePiece();

    [GeneratedRegex(@"(?<=\S\s{2,})\S")]
    private static partial Regex CellStart();

    [GeneratedRegex(@"^(?:tbd|tba|tbc|n/?a|[-–—?]+|to be (?:announced|determined|confirmed))$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex YearIn();
}
