using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// A schedule table whose date column prints its dates with a clipped year ("21.09.22 | Ana Ruiz | Sparse networks"):
/// no date alone says which number is the day, but the column does, read together (<see cref="ClippedYearDates"/>).
/// Only a column where every row's cell is such a date, and nothing else, is read so.
/// </summary>
internal static partial class ClippedDateColumn
{
    private const int MinimumRows = 3;

    /// <summary>The row's date cell (in the post's copy) and its date, when the post is one table row of such a table.</summary>
    public static (IElement Cell, PartialDate Date)? Read(IReadOnlyList<INode> nodes, IElement post)
    {
        if (nodes.OfType<IElement>().ToList() is not [{ LocalName: "tr" } row] || row.Closest("table") is not { } table) return null;
        var index = Cells(row).FindIndex(c => ClippedDate().IsMatch(c.TextContent));
        if (index < 0) return null;
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table && !ScheduleRows.IsHeader(r)).ToList();
        if (rows.Count < MinimumRows) return null;
        var printed = new List<(int A, int B, int Year)>();
        foreach (var r in rows)
        {
            if (Cells(r) is not { } cells || cells.Count <= index || ClippedDate().Match(cells[index].TextContent) is not { Success: true } m) return null;
            printed.Add((Number(m, "a"), Number(m, "b"), Number(m, "y")));
        }
        if (ClippedYearDates.ReadTogether(printed) is not { } dates) return null;
        var date = dates[rows.IndexOf(row)];
        return post.QuerySelector("tr") is { } copy && Cells(copy) is { } copied && copied.Count > index ? (copied[index], date) : null;
    }

    private static List<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th").ToList();

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>A cell that is a clipped date and nothing else: "21.09.22", "8-7-25", "03/11/24".</summary>
    [GeneratedRegex(@"^\s*(?<a>\d{1,2})(?<sep>[-./])(?<b>\d{1,2})\k<sep>(?<y>\d{2})\s*$")]
    private static partial Regex ClippedDate();
}
