using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
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
    /// <param name="papers">True for a table of papers: a lone link in a row is the paper's, where a talk's is its event's.</param>
    public static IEnumerable<ProfileEntry> Read(Table table, int? groupYear, bool papers)
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
            // "Title<br>_Authors_" or "**[Title](…)**<br>Names<br>*Venue*" (a Scholar export): a title cell's first line
            // is the title, its later lines the entry's next lines — kept apart, as joined the last name runs into the venue.
            // A plain title with one link elsewhere in its row ("| Title | [bioRxiv](…) |"): that link is the paper's.
            var rowLinks = cells.Where((c, k) => k != at).SelectMany(c => c).Where(seg => seg.Kind == SegKind.Link && !string.IsNullOrEmpty(seg.Url)).ToList();
            var rowUrl = papers && rowLinks is [var lone] ? lone.Url : null;
            var titleLines = row.OfType<TableCell>().ElementAt(at) is var titleCell && CellLines(titleCell) is [var head, .. var tail] && tail.Count > 0
                ? [AsTitle(head, rowUrl), .. tail]
                : new List<List<Seg>> { AsTitle(cells[at], rowUrl) };
            entry.AddParagraph([.. titleLines, .. row.OfType<TableCell>().Where((c, k) => k != at && cells[k].Count > 0).SelectMany(FieldLines)]);
            yield return entry;
        }
    }

    /// <summary>A plain cell under a "Title" header is the title all the same; its link, if any, is the paper's.</summary>
    private static List<Seg> AsTitle(List<Seg> cell, string? rowUrl)
    {
        if (EntryTitles.Split(cell).Title is not null) return cell;
        var url = cell.FirstOrDefault(s => s.Kind == SegKind.Link && !EntryTitles.IsLinkLabel(s.Text))?.Url
            ?? (cell.Any(s => s.Kind == SegKind.Link) ? null : rowUrl);
        return [new Seg(SegKind.Strong, EntryTitles.Text(cell), url)];
    }

    private static List<Seg> CellSegments(TableCell cell)
    {
        var segs = new List<Seg>();
        foreach (var line in CellLines(cell))
        {
            if (segs.Count > 0) segs.Add(new Seg(SegKind.Text, " "));
            segs.AddRange(line);
        }
        return segs.Any(s => s.Text.Trim().Length > 0) ? segs : [];
    }

    /// <summary>
    /// A cell other than the title's, as the entry's lines. "2024&lt;br&gt;co-1st": a year cell's notes under the year
    /// are the owner's role, not a venue. "[bioRxiv](…)" alone in a cell: the server the paper is on is its venue,
    /// where the same label among [pdf] [code] links only names a link.
    /// </summary>
    private static IEnumerable<List<Seg>> FieldLines(TableCell cell)
    {
        var lines = CellLines(cell);
        if (lines.Count > 1 && LooseDates.IsYearOnly(EntryTitles.Text(lines[0]).Trim())) return lines.Take(1);
        if (lines is [var only] && only.Where(s => s.Text.Trim().Length > 0).ToList() is [{ Kind: SegKind.Link } link] && PreprintServer().IsMatch(link.Text.Trim()))
            return [[new Seg(SegKind.Text, link.Text.Trim())], only];
        return lines;
    }

    [GeneratedRegex(@"^(?:arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|socarxiv|edarxiv|ssrn|hal|techrxiv|research square|preprints\.org|osf preprints)$", RegexOptions.IgnoreCase)]
    private static partial Regex PreprintServer();

    /// <summary>The cell's lines, as its &lt;br&gt; breaks them ("2024&lt;br&gt;1st": a year, then a note).</summary>
    private static List<List<Seg>> CellLines(TableCell cell) =>
        cell.OfType<ParagraphBlock>().SelectMany(p => Segments.Lines(Segments.Of(p.Inline))).ToList();

    private static string CellText(TableCell cell) => EntryTitles.Text(CellSegments(cell)).Trim();

    [GeneratedRegex(@"^(?:title|paper|papers|publication|publications|name|article)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleHeader();
}
