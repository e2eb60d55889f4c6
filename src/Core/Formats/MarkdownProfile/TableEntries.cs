using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// A publication table ("| Year | Title | Venue |"): each body row is one entry. The title is the cell under a
/// "Title" header, or else the row's bold or linked cell; it leads the entry and the other cells follow as its lines,
/// where the usual reading finds the year, the names and the venue.
/// </summary>
internal static partial class TableEntries
{
    public static IEnumerable<ProfileEntry> Read(Table table, int? groupYear)
    {
        var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
        var titleColumn = header is null ? -1 : header.OfType<TableCell>().ToList().FindIndex(c => TitleHeader().IsMatch(CellText(c)));
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(CellSegments).ToList();
            var at = titleColumn >= 0 && titleColumn < cells.Count && cells[titleColumn].Count > 0
                ? titleColumn
                : cells.FindIndex(c => c.Count > 0 && EntryTitles.Split(c).Title is not null);
            if (at < 0) continue;
            var entry = new ProfileEntry { Line = row.Line + 1, GroupYear = groupYear };
            entry.AddParagraph([AsTitle(cells[at]), .. cells.Where((c, k) => k != at && c.Count > 0)]);
            yield return entry;
        }
    }

    /// <summary>A plain cell under a "Title" header is the title all the same; its link, if any, is the paper's.</summary>
    private static List<Seg> AsTitle(List<Seg> cell)
    {
        if (EntryTitles.Split(cell).Title is not null) return cell;
        var url = cell.FirstOrDefault(s => s.Kind == SegKind.Link && !EntryTitles.IsLinkLabel(s.Text))?.Url;
        return [new Seg(SegKind.Strong, EntryTitles.Text(cell), url)];
    }

    private static List<Seg> CellSegments(TableCell cell)
    {
        var segs = new List<Seg>();
        foreach (var p in cell.OfType<ParagraphBlock>())
            foreach (var line in Segments.Lines(Segments.Of(p.Inline)))
            {
                if (segs.Count > 0) segs.Add(new Seg(SegKind.Text, " "));
                segs.AddRange(line);
            }
        return segs.Any(s => s.Text.Trim().Length > 0) ? segs : [];
    }

    private static string CellText(TableCell cell) => EntryTitles.Text(CellSegments(cell)).Trim();

    [GeneratedRegex(@"^(?:title|paper|papers|publication|publications|name|article)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleHeader();
}
