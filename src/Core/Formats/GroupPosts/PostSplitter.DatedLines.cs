using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>Which lines of a page open dated posts: posted-on lines, date leads, and the years their sections give them.</summary>
internal static partial class PostSplitter
{
    /// <summary>
    /// Blog archives print a post as title, "Posted on 14 July 2025 by admin" (or "14 July 2025 • Aino"), then its text:
    /// those lines open posts.
    /// </summary>
    internal static List<(int Index, PartialDate Date, string? Author)> PostedLines(List<PageLine> lines)
    {
        var found = new List<(int, PartialDate, string?)>();
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Kind == LineKind.Text && PostedOn().Match(lines[i].Text.Trim()) is { Success: true } m && LooseDates.TryParse(m.Groups["date"].Value, out var date))
                found.Add((i, date, m.Groups["by"].Success && !AccountName().IsMatch(m.Groups["by"].Value.Trim()) ? m.Groups["by"].Value.Trim() : null));
            // "June 2, 2025 • Dana Levi" under a title line (right under it, or set apart by one blank line) says the same.
            else if (lines[i].Kind == LineKind.Text && LoneLineAbove(lines, i) is { } t
                     && BylineDates.TryRead(lines[i].Text, out var byDate, out var byName)
                     && !BylineDates.TryRead(lines[t].Text, out _, out _) && !DateLeads.TryRead(lines[t].Text, out _, loose: true))
                found.Add((i, byDate, byName));
            // "15 Jun 2018 • news • lab notes" under a title line: the date beside the post's categories, where a byline would go.
            else if (lines[i].Kind == LineKind.Text && LoneLineAbove(lines, i) is { } c && CategoryLine(lines[i].Text, out var tagged)
                     && !PageLines.EndsUnlikeTitle(lines[c].Text) && !BylineDates.TryRead(lines[c].Text, out _, out _) && !DateLeads.TryRead(lines[c].Text, out _, loose: true))
                found.Add((i, tagged, null));
        return found;
    }

    /// <summary>
    /// A date, then one or two categories ("15 Jun 2018 • news • lab notes"); a category may be a short phrase, but holds
    /// no number: "3 min read" and "2 comments" beside a date are the platform's counters.
    /// </summary>
    private static bool CategoryLine(string text, out PartialDate date)
    {
        date = default;
        var separator = text.IndexOfAny(['•', '·', '|']);
        return separator > 0 && !text[separator..].Any(char.IsDigit) && BylineDates.TryReadTagged(text, out date, maxLabelWords: 5);
    }

    /// <summary>A one-line block right above line <paramref name="i"/>: directly, or past one blank line.</summary>
    private static int? LoneLineAbove(List<PageLine> lines, int i)
    {
        var t = i - 1;
        if (t >= 1 && lines[t].Kind == LineKind.Blank && lines[t - 1].Kind == LineKind.Text) t--;
        return t >= 0 && lines[t].Kind == LineKind.Text && (t < 1 || lines[t - 1].Kind != LineKind.Text) ? t : null;
    }

    /// <summary>Each "Posted on" line dates the post its title line (the text block right above it) opens.</summary>
    private static List<RawPost> SplitAtPostedLines(List<PageLine> lines, List<(int Index, PartialDate Date, string? Author)> posted)
    {
        int? TitleAbove(int i)
        {
            var t = i - 1;
            while (t >= 0 && lines[t].Kind is LineKind.Blank or LineKind.Noise && t >= i - 2) t--;
            return t >= 0 && lines[t].Kind == LineKind.Text && lines[t].Text.Trim().Length is > 0 and <= 200 && (t == 0 || lines[t - 1].Kind != LineKind.Text) ? t : null;
        }
        var titles = posted.Select(p => TitleAbove(p.Index)).ToList();
        var posts = new List<RawPost>();
        for (var k = 0; k < posted.Count; k++)
        {
            var (i, date, author) = posted[k];
            var end = k + 1 < posted.Count ? titles[k + 1] ?? posted[k + 1].Index : lines.Count;
            var lead = new DateLead(date, lines[i].Text.Trim(), "");
            posts.Add(new RawPost(lines[i].Number, lead, Paragraphs(lines, i + 1, end, null), titles[k] is { } t ? lines[t].Text.Trim() : null, author));
        }
        DropSignOff(posts);
        return posts.Where(p => p.Paragraphs.Count > 0 || p.Title is not null).ToList();
    }

    [GeneratedRegex(@"^(?:posted|published)(?:\s+on)?\s+(?<date>.+?)(?:\s+by\s+(?<by>.{1,60})|\s+in\s+.{1,60})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PostedOn();

    /// <summary>The platform's default account ("by admin") names no one.</summary>
    [GeneratedRegex(@"^(?:admin|administrator|editor|webmaster|root|user)$", RegexOptions.IgnoreCase)]
    private static partial Regex AccountName();

    /// <summary>
    /// Where dates stand alone on their lines, a line of the same make that does not read as a date ("22. Aug. 20223",
    /// a typo) still opens an item, undated.
    /// </summary>
    private static void AddMisprintedDates(List<PageLine> lines, HashSet<int> dated)
    {
        var years = SectionYears(lines);
        var alone = lines.Count(l => dated.Contains(l.Number) && DateLeads.TryRead(l.Text, out var d, loose: true, years.GetValueOrDefault(l.Number)) && d.Rest.Length == 0);
        if (alone * 10 < dated.Count * 8) return;
        for (var i = 1; i + 1 < lines.Count; i++)
            if (lines[i].Kind == LineKind.Text && !dated.Contains(lines[i].Number) && lines[i - 1].Kind != LineKind.Text
                && (lines[i + 1].Kind == LineKind.Text || i + 2 < lines.Count && lines[i + 1].Kind == LineKind.Blank && lines[i + 2].Kind == LineKind.Text)
                && (DateShaped(lines[i].Text) || HeadedDate(lines, i, years.GetValueOrDefault(lines[i].Number)) is not null))
                dated.Add(lines[i].Number);
    }

    /// <summary>
    /// A dated list at the top whose entries repeat the headings of the dated blocks further down ("• June 2025: Abhik
    /// becomes ACM Fellow." over "Abhik Roychoudhury becomes ACM Fellow." / "June, 2025" / text): the page's index of its
    /// posts, navigation, not posts of its own. Its lines, when most of its entries have such a heading below.
    /// </summary>
    private static List<int> DatedIndex(List<PageLine> lines, HashSet<int> dated)
    {
        var first = lines.FindIndex(l => dated.Contains(l.Number));
        if (first < 0 || !ListItem().IsMatch(lines[first].Text.Trim())) return [];
        var end = first;
        while (end < lines.Count && lines[end].Kind == LineKind.Text && ListItem().IsMatch(lines[end].Text.Trim()) && dated.Contains(lines[end].Number)) end++;
        var entries = Enumerable.Range(first, end - first).ToList();
        if (entries.Count < 3) return [];
        var below = lines.Skip(end).Where(l => l.Kind == LineKind.Text && !ListItem().IsMatch(l.Text.Trim())).Select(l => Words(l.Text)).ToList();
        var repeated = entries.Count(i => DateLeads.TryRead(lines[i].Text.Trim()[(ListItem().Match(lines[i].Text.Trim()).Length - 1)..], out var lead, loose: true)
            && Words(lead.Rest) is { Count: >= 2 } words && below.Any(b => words.Count(b.Contains) * 10 >= words.Count * 6));
        // The detailed blocks carry their own dates, so the posts remain once the index is set aside.
        return repeated >= 3 && repeated * 10 >= entries.Count * 6 && dated.Count - entries.Count >= repeated
            ? entries.Select(i => lines[i].Number).ToList() : [];

        static HashSet<string> Words(string text) =>
            TextKey.ForTitle(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToHashSet();
    }

    /// <summary>
    /// Where the items are dated by day and month under year headings ("2018/19" / "11th June - ..."), a line of that make
    /// outside any such section ("Current year" / "1st October - ...") still opens an item, undated.
    /// </summary>
    private static void AddYearlessDates(List<PageLine> lines, HashSet<int> dated)
    {
        var years = SectionYears(lines);
        var yearless = lines.Count(l => dated.Contains(l.Number) && !DateLeads.TryRead(l.Text, out _, loose: true));
        if (yearless * 10 < dated.Count * 8) return;
        for (var i = 1; i < lines.Count; i++)
            if (lines[i].Kind == LineKind.Text && !dated.Contains(lines[i].Number) && lines[i - 1].Kind != LineKind.Text
                && years.GetValueOrDefault(lines[i].Number) is null && DateLeads.OpensWithDate(lines[i].Text))
                dated.Add(lines[i].Number);
    }

    /// <summary>
    /// Timelines that head each year once and each month under it ("2025" / "November" / title / text) print an item of
    /// that year whose month is not known under the year heading alone ("2024" / title / text): where the items open with
    /// such month lines, a year heading with an item's title and text right under it, and no month line, opens that item.
    /// </summary>
    private static void AddYearOnlyItems(List<PageLine> lines, HashSet<int> dated)
    {
        var years = SectionYears(lines);
        var months = lines.Count(l => dated.Contains(l.Number) && !DateLeads.TryRead(l.Text, out _, loose: true)
            && DateLeads.TryRead(l.Text, out var d, loose: true, years.GetValueOrDefault(l.Number)) && d.Rest.Length == 0 && d.Date.Day is null);
        if (months < 2 || months * 10 < dated.Count * 8) return;
        var blocks = Blocks(lines, 0);
        for (var b = 0; b + 2 < blocks.Count; b++)
        {
            // The heading, then a one-line title, then text that is no heading of its own.
            if (blocks[b].Lines is not [var heading] || !DateLeads.IsYearHeading(heading, out _)) continue;
            var (title, text) = (blocks[b + 1], blocks[b + 2]);
            if (dated.Contains(title.Number) || title.Lines is not [var t] || t.Length > 90 || PageLines.EndsUnlikeTitle(t)
                || DateLeads.IsYearHeading(t, out _) || TermHeading(t, out _) || DateLeads.TryRead(t, out _, loose: true, years.GetValueOrDefault(title.Number))) continue;
            if (dated.Contains(text.Number) || !PageLines.EndsLikeSentence(text.Lines[^1])) continue;
            dated.Add(blocks[b].Number);
        }
    }

    /// <summary>
    /// Where dates stand alone on their lines above each item's text, a date line that carries a short heading after the
    /// date ("30.03.2020 COVID-19 news", then a blank line) is one of them with a title: that heading.
    /// </summary>
    private static string? HeadedDate(List<PageLine> lines, int i, int? year)
    {
        if (i + 2 >= lines.Count || lines[i + 1].Kind != LineKind.Blank || lines[i + 2].Kind != LineKind.Text) return null;
        if (!DateLeads.TryRead(lines[i].Text, out var lead, loose: true, year) || lead.Rest is not { Length: >= 3 and <= 80 } rest) return null;
        return PageLines.EndsLikeSentence(rest) || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10 || ListItem().IsMatch(lines[i].Text.Trim()) ? null : rest;
    }

    /// <summary>Most starts that carry no heading are a date alone on its line.</summary>
    private static bool DatesAlone(List<PageLine> lines, List<int> indices, Dictionary<int, int?> years)
    {
        var plain = indices.Where(i => HeadedDate(lines, i, years.GetValueOrDefault(lines[i].Number)) is null).ToList();
        var alone = plain.Count(i => DateLeads.TryRead(lines[i].Text, out var d, loose: true, years.GetValueOrDefault(lines[i].Number)) && d.Rest.Length == 0);
        return alone >= 3 && alone * 10 >= plain.Count * 8;
    }

    /// <summary>
    /// Where posts are dated by a date alone on its line, a post may close with a table of fields, one of them a date
    /// ("Date      March 16-17, 2023", when the event it announces was held): that row sits inside its table's block,
    /// under the row above it, and is no post's start. Empty unless at least two dates alone remain to open posts.
    /// </summary>
    private static List<int> FieldRowDates(List<PageLine> lines, HashSet<int> dated)
    {
        var rows = new List<int>();
        var alone = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!dated.Contains(lines[i].Number)) continue;
            if (i > 0 && lines[i - 1].Kind == LineKind.Text && DateLabel().IsMatch(lines[i].Text.Trim())) rows.Add(lines[i].Number);
            else if (DateLeads.TryRead(lines[i].Text, out var lead, loose: true) && lead.Rest.Length == 0) alone++;
        }
        return alone >= 2 && alone >= rows.Count ? rows : [];
    }

    /// <summary>
    /// A dated bullet's text wrapped at the page's width may put a date of its own on the next line ("• Oct. 📢 ... talk
    /// at the Institute, Nagoya" / "    (13 Nov. 2025)", when the talk is given): indented to the bullet's text column
    /// right under it, that line goes on with the bullet's item and opens none.
    /// </summary>
    private static List<int> WrappedBulletDates(List<PageLine> lines, HashSet<int> dated)
    {
        var wrapped = new List<int>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (!dated.Contains(lines[i].Number) || ListItem().IsMatch(lines[i].Text.Trim())) continue;
            var top = i - 1;
            while (top >= 0 && lines[top].Kind == LineKind.Text && !ListItem().IsMatch(lines[top].Text.Trim())) top--;
            if (top < 0 || lines[top].Kind != LineKind.Text || !dated.Contains(lines[top].Number)) continue;
            var head = lines[top].Text;
            var column = PageLines.Indent(head) + ListItem().Match(head.Trim()).Length - 1;
            if (Enumerable.Range(top + 1, i - top).All(j => PageLines.Indent(lines[j].Text) == column)) wrapped.Add(lines[i].Number);
        }
        return wrapped;
    }

    [GeneratedRegex(@"^(?:date|when)\s*:?\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    /// <summary>Only date parts: a month's name, numbers, ordinals and punctuation ("22. Aug. 20223", "Sept 31st, 2021").</summary>
    private static bool DateShaped(string text) =>
        Bullet().Replace(MisspeltMonths.Mend(text), "") is { Length: > 0 and <= 30 } t && MonthName().IsMatch(t) && t.Any(char.IsDigit) && DateParts().Replace(t, "").Length == 0;

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^[•*·▪‣◦–-]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d+(?:st|nd|rd|th)?|[\s.,/–-]", RegexOptions.IgnoreCase)]
    private static partial Regex DateParts();

    private static HashSet<int> DatedLines(List<PageLine> lines, bool loose)
    {
        var years = SectionYears(lines);
        return lines.Where(l => l.Kind == LineKind.Text && DateLeads.TryRead(l.Text, out _, loose, years.GetValueOrDefault(l.Number)))
            .Select(l => l.Number).ToHashSet();
    }

    /// <summary>The year each line sits under, where lines that are only a year head sections of "18th Nov: ..." items.</summary>
    private static Dictionary<int, int?> SectionYears(List<PageLine> lines)
    {
        var years = new Dictionary<int, int?>();
        int? current = null;
        var academic = false;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Text && (DateLeads.IsYearHeading(line.Text, out var y) || YearWithCount(line.Text, out y) || TermHeading(line.Text, out y)))
                (current, academic) = (y, AcademicYear(line.Text, out _));
            // An academic year runs from autumn to summer: its sessions from January on fall in its second calendar year.
            years[line.Number] = academic && current is { } first && line.Kind == LineKind.Text
                && DateLeads.TryRead(line.Text, out var lead, loose: true, first) && lead.Date.Year == first && lead.Date.Month is < 8 ? first + 1 : current;
        }
        return years;
    }

    /// <summary>"2018/19 Academic Year", "Academic year 2023–2024": a heading over sessions dated by day and month only.</summary>
    private static bool AcademicYear(string text, out int year)
    {
        var m = AcademicYearHeading().Match(text);
        year = 0;
        if (!m.Success) return false;
        var (first, second) = (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        // The second year follows the first ("2018/19", "2018-2019"); anything else is a range of years, no academic year.
        if ((m.Groups[2].Length == 2 ? (first + 1) % 100 : first + 1) != second) return false;
        year = first;
        return true;
    }

    [GeneratedRegex(@"^\s*(?:(?:academic|school|session)\s+year\s*:?\s*)?((?:19|20)\d{2})\s*[/–-]\s*(\d{2}|(?:19|20)\d{2})(?:\s+(?:academic|school)\s+year)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AcademicYearHeading();

    /// <summary>"2025 16": a year heading with the number of items under it, as card timelines print it.</summary>
    private static bool YearWithCount(string text, out int year)
    {
        var m = YearCount().Match(text);
        year = m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return m.Success;
    }

    [GeneratedRegex(@"^\s*((?:19|20)\d{2})\s+\d{1,3}\s*$")]
    private static partial Regex YearCount();

    /// <summary>"Fall 2019", "Spring term 2024": a term heading over sessions dated by day and month only.</summary>
    private static bool TermHeading(string text, out int year)
    {
        if (AcademicYear(text, out year)) return true;
        var m = Term().Match(text);
        year = m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return m.Success;
    }

    [GeneratedRegex(@"^\s*(?:spring|summer|fall|autumn|winter)(?:\s+(?:term|semester|quarter))?\s+((?:19|20)\d{2})\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Term();
}
