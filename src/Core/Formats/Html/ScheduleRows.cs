using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// A seminar schedule set as a table ("Date | Speaker | Affiliation | Title") is a list of talks, one row each. Its header row
/// and the rows that hold no talk ("March 20 | Spring Break", "12.00 | | | Lunch", "April 17 | TBD") are the table's furniture.
/// </summary>
internal static class ScheduleRows
{
    /// <summary>The runs with a table's header and furniture rows dropped; runs that are not table rows pass unchanged.</summary>
    public static List<List<INode>> Talks(List<List<INode>> runs)
    {
        var rows = runs.Select(r => r is [IElement { LocalName: "tr" } tr] ? tr : null).ToList();
        if (rows.Count(r => r is not null) < 3) return runs;
        var kept = runs.Where((run, i) => rows[i] is not { } row || !IsHeader(row) && !IsFurniture(row)).ToList();
        // A table of nothing but breaks is no schedule to thin out.
        return kept.Count >= 2 ? kept : runs;
    }

    private static List<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th").ToList();

    /// <summary>The table's column labels: a row in &lt;thead&gt;, all &lt;th&gt;, or the first row whose every filled cell is a short label all in bold.</summary>
    public static bool IsHeader(IElement row)
    {
        if (row.Closest("thead") is not null) return true;
        var cells = Cells(row).Where(c => c.TextContent.Trim().Length > 0).ToList();
        if (cells.Count < 2) return false;
        if (cells.All(c => c.LocalName == "th")) return true;
        return row.ParentElement?.Children.FirstOrDefault(c => c.LocalName == "tr") == row
            && cells.All(c => c.QuerySelector("strong,b") is { } bold && TextKey.CollapseWhitespace(bold.TextContent).Length is > 0 and <= 30
                && TextKey.CollapseWhitespace(c.TextContent).Length <= 60 && c.QuerySelector("a") is null);
    }

    /// <summary>
    /// A row that fills no more than half the table's columns ("Spring Break" beside its date, "Lunch" beside its time) in a
    /// table whose other rows are mostly full: a pause in the schedule, not a talk.
    /// </summary>
    private static bool IsFurniture(IElement row)
    {
        var width = Cells(row).Count;
        if (width < 3 || row.Closest("table") is not { } table) return false;
        var filled = Filled(row);
        if (filled * 2 > width) return false;
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table && !IsHeader(r)).ToList();
        return rows.Count(r => Filled(r) * 2 > Cells(r).Count) * 2 >= rows.Count;
    }

    private static int Filled(IElement row) => Cells(row).Count(c => c.TextContent.Trim().Length > 0);
}
