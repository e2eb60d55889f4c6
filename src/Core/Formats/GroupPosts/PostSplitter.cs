using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>One post as cut from the page: where it starts, its date lead if any, its paragraphs as printed lines.</summary>
/// <param name="Related">Bare addresses printed on lines of their own under the post: its related links, not its text.</param>
internal sealed record RawPost(int Line, DateLead? Lead, List<List<string>> Paragraphs, string? Title = null, string? Author = null, IReadOnlyList<string>? Related = null);

/// <summary>
/// Cuts a page's lines into posts. Three shapes: a source's own start pattern; dated news, where each
/// date-led line opens a post; and undated posts, where a post's paragraphs are set apart by blank lines
/// while a new post follows the last one directly (or opens with a greeting, or follows a picture).
/// </summary>
internal static partial class PostSplitter
{
    /// <param name="footerCut">The page's footer was found, so what precedes it is content.</param>
    public static List<RawPost> Split(List<PageLine> lines, Regex? startPattern, bool footerCut = false)
    {
        if (startPattern is not null)
            return SplitAtStarts(lines, lines.Where(l => l.Kind == LineKind.Text && startPattern.IsMatch(l.Text)).Select(l => l.Number).ToHashSet());
        if (PostedLines(lines) is { Count: >= 2 } posted) return SplitAtPostedLines(lines, posted);
        if (TitledBullets(lines) is { Count: >= 2 } bullets) return SplitAtTitledBullets(lines, bullets);
        var dated = DatedLines(lines, loose: false);
        if (dated.Count < 2 && DatedLines(lines, loose: true) is { Count: >= 3 } loose) dated = loose;
        var index = DatedIndex(lines, dated);
        dated.ExceptWith(index);
        dated.ExceptWith(FieldRowDates(lines, dated));
        dated.ExceptWith(WrappedBulletDates(lines, dated));
        // Headings that carry their title and date on one line, where far fewer lines open with a date.
        if (TitledDateHeads.Split(lines) is { } heads && heads.Count > dated.Count) return heads;
        // Cards that each close with a "Read more" link, most of them dated inside a meta line rather than on a line of their own.
        if (ReadMoreCards.Split(lines) is { } readMore && readMore.Count > dated.Count) return readMore;
        // Items set apart by horizontal rules, most of them dated inside their head rather than by a line the date opens.
        // Items set apart by rules, each opening with its title on the line under its rule, the date (if any) leading its text.
        // Cards each marked by a reading-time line ("4 minute read"), where the only dated lines are an archive's year headings.
        if (ReadingTimeCards.Split(lines) is { } timed && timed.Count > dated.Count) return timed;
        if (RuledItems.SplitTitled(lines) is { } titledRuled && titledRuled.Count >= dated.Count) return titledRuled;
        if (RuledItems.Split(lines) is { } ruled && ruled.Count(p => !index.Contains(p.Line)) > dated.Count) return ruled;
        if (dated.Count >= 2) AddMisprintedDates(lines, dated);
        if (dated.Count >= 3) AddYearlessDates(lines, dated);
        if (dated.Count >= 2) AddYearOnlyItems(lines, dated);
        if (dated.Count >= 3 && ClosingDates.Split(lines, dated) is { } cards) return cards;
        if (dated.Count >= 3 && DatesBelowPosts.Split(lines, dated) is { } full) return full;
        if (dated.Count >= 2 && CardFootDates.Split(lines, dated) is { } footed) return footed;
        return dated.Count >= 2 ? SplitAtStarts(lines, dated, footerCut) : ReadMoreCards.SplitUndated(lines) ?? ReadMoreCards.SplitInline(lines) ?? ReadingTimeCards.Split(lines) ?? TitleExcerptPairs.Split(lines) ?? IndentedListItems.Split(lines) ?? SplitTitled(lines) ?? SplitUndated(lines);
    }

    /// <summary>
    /// Undated posts that each open with a title on a line of its own ("Welcome to the lab, Sofía!" / blank /
    /// paragraphs): every block is set apart by blank lines, so the title lines are what divides them. Taken only
    /// when such titles head most of the page and it does not use greetings to open posts.
    /// </summary>
    private static List<RawPost>? SplitTitled(List<PageLine> lines)
    {
        var blocks = Blocks(lines, BodyStart(lines));
        if (blocks.Count(b => DerivedTitles.Greeting().Match(b.Lines[0]).Length > 0) >= 2) return null;
        bool Prose(Block b) => string.Join(" ", b.Lines) is { Length: >= 60 } t && PageLines.EndsLikeSentence(t);
        var titles = Enumerable.Range(0, Math.Max(0, blocks.Count - 1))
            .Where(i => blocks[i].Lines is [var only] && only.Length is >= 3 and <= 90 && !PageLines.EndsUnlikeTitle(only)
                        && DerivedTitles.Greeting().Match(only).Length == 0 && Prose(blocks[i + 1]))
            .ToList();
        if (titles.Count < 3) return null;
        var after = blocks.Count - titles[0] - titles.Count;
        if (titles.Count * 2 < after) return null;

        var posts = new List<RawPost>();
        for (var k = 0; k < titles.Count; k++)
        {
            var end = k + 1 < titles.Count ? titles[k + 1] : blocks.Count;
            var paragraphs = blocks.Skip(titles[k] + 1).Take(end - titles[k] - 1).Select(b => b.Lines).ToList();
            // After the last post, the page's sign-off ("Lab · Department · email") is one short line.
            if (k == titles.Count - 1)
                while (paragraphs.Count >= 2 && paragraphs[^1] is [var lone] && lone.Length < 120 && !PageLines.EndsLikeSentence(lone))
                    paragraphs.RemoveAt(paragraphs.Count - 1);
            posts.Add(new RawPost(blocks[titles[k]].Number, null, paragraphs, blocks[titles[k]].Lines[0]));
        }
        return posts;
    }

    internal sealed record Block(int Number, List<string> Lines);

    /// <summary>Runs of text lines between blank lines or pictures; navigation lines are skipped.</summary>
    internal static List<Block> Blocks(List<PageLine> lines, int from) => Blocks(lines, from, lines.Count);

    /// <summary>The runs of text lines among lines [<paramref name="from"/>, <paramref name="to"/>).</summary>
    internal static List<Block> Blocks(List<PageLine> lines, int from, int to)
    {
        var blocks = new List<Block>();
        Block? current = null;
        for (var i = from; i < to; i++)
        {
            switch (lines[i].Kind)
            {
                case LineKind.Text:
                    if (current is null) blocks.Add(current = new Block(lines[i].Number, []));
                    current.Lines.Add(lines[i].Text.Trim());
                    break;
                case LineKind.Blank or LineKind.Image:
                    current = null;
                    break;
            }
        }
        return blocks;
    }

    /// <summary>
    /// News lists that print each item as "• Title – March 28, 2025" with its text on the (wrapped, indented) lines
    /// below: the bullets that have such text under them.
    /// </summary>
    internal static List<(int Index, string Title, PartialDate Date)> TitledBullets(List<PageLine> lines)
    {
        var found = new List<(int, string, PartialDate)>();
        var described = 0;
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Kind == LineKind.Text && BulletTitleDate().Match(lines[i].Text.Trim()) is { Success: true } m
                && LooseDates.TryParse(m.Groups["date"].Value, out var date) && !m.Groups["date"].Value.Trim().All(char.IsDigit))
            {
                found.Add((i, m.Groups["title"].Value.Trim(), date));
                if (i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Text && !ListItem().IsMatch(lines[i + 1].Text.Trim())) described++;
            }
        // One-line bullets that close with their date are items of their own text (another shape); here most carry text below.
        return described >= 2 && described * 2 >= found.Count ? found : [];
    }

    private static List<RawPost> SplitAtTitledBullets(List<PageLine> lines, List<(int Index, string Title, PartialDate Date)> bullets)
    {
        var posts = new List<RawPost>();
        for (var k = 0; k < bullets.Count; k++)
        {
            var (i, title, date) = bullets[k];
            var end = k + 1 < bullets.Count ? bullets[k + 1].Index : lines.Count;
            var text = new List<string>();
            var related = new List<string>();
            // The item's text runs on until the next item, or until a gap (or another bullet) after the last one.
            for (var j = i + 1; j < end && lines[j].Kind != LineKind.Blank; j++)
            {
                if (lines[j].Kind != LineKind.Text) continue;
                var line = lines[j].Text.Trim();
                if (ListItem().IsMatch(line)) break;
                if (BareUrl().IsMatch(line)) related.Add(line);
                else text.Add(line);
            }
            var lead = new DateLead(date, lines[i].Text.Trim(), "");
            // A bullet without text below is a one-line item: its title line is its text.
            posts.Add(new RawPost(lines[i].Number, lead, text.Count > 0 ? [text] : [[title]], title, null, related));
        }
        return posts;
    }

    [GeneratedRegex(@"^(?:[•*·▪‣◦]|[-–])\s+(?<title>\S.{1,150}?)\s*(?:\s[–—|-]\s*(?<date>[^–—|()]{4,30})|\((?<date>[^()]{4,30})\))$")]
    private static partial Regex BulletTitleDate();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    private static List<RawPost> SplitAtStarts(List<PageLine> lines, HashSet<int> starts, bool footerCut = false)
    {
        var posts = new List<RawPost>();
        if (starts.Count == 0) return posts;
        var indices = Enumerable.Range(0, lines.Count).Where(i => starts.Contains(lines[i].Number)).ToList();
        var years = SectionYears(lines);
        var fieldBlocks = FieldBlockTitles(lines, indices);
        // Posts whose author's name stands over the date: that line is the post's author.
        var bylines = fieldBlocks is null ? BylineTitles(lines, indices) : null;
        var fielded = fieldBlocks ?? bylines ?? ListedTitles(lines, indices);
        var blockTops = fielded is not null || TitlesAbove(lines, indices) ? null : BlockTops(lines, indices);
        var titleLines = fielded?.Select(f => f.Top).ToList() ?? blockTops ?? (TitlesAbove(lines, indices) ? indices.Select(i => i - 1).ToList() : GappedTitlesAbove(lines, indices));
        var titled = titleLines is not null;
        var begins = titleLines ?? indices;
        var alone = DatesAlone(lines, indices, years);
        if (PinnedPost(lines, begins[0]) is { } pinned) posts.Add(pinned);
        else posts.AddRange(UndatedListAbove(lines, begins[0]));

        for (var k = 0; k < indices.Count; k++)
        {
            var i = indices[k];
            var end = k + 1 < begins.Count ? begins[k + 1] : lines.Count;
            var head = lines[i];
            DateLead? lead = DateLeads.TryRead(head.Text, out var d, loose: true, years.GetValueOrDefault(head.Number)) ? d
                : DateShaped(head.Text) && DateLeads.TryRead(MisspeltMonths.Mend(head.Text), out var mended, loose: true, years.GetValueOrDefault(head.Number)) && mended.Rest.Length == 0
                    ? mended with { Matched = head.Text.Trim() }
                // A timeline's year heading that opens an item of its own dates it by the year alone.
                : DateLeads.IsYearHeading(head.Text, out var headingYear) ? new DateLead(PartialDate.OfYear(headingYear), head.Text.Trim(), "") : null;
            var bodyFrom = i + 1;
            string? firstText = lead is { } l0 ? l0.Rest : DateShaped(head.Text) ? "" : head.Text.Trim();
            string? blockTitle = null;
            if (titleLines is null && alone && HeadedDate(lines, i, years.GetValueOrDefault(head.Number)) is { } headed)
                (blockTitle, firstText) = (headed, "");
            if (fielded is not null)
            {
                // The card's fields, the date's among them, open the item's text as printed; the title is the card's heading.
                (_, bodyFrom, blockTitle) = fielded[k];
                firstText = null;
            }
            if (blockTops is not null)
            {
                // The title wraps onto the next line only where its line ran to the page's width; the lines between it
                // and the date (where the talk was given) open the item's text.
                var top = blockTops[k];
                var t = lines[top].Text.Trim();
                blockTitle = ListItem().Match(t) is { Success: true } marker ? t[(marker.Length - 1)..] : t;
                var next = top + 1;
                // Where the titles that fit on one line all have a line between them and the date, every item has that line.
                var last = blockTops.Select((b, m) => (b, m)).Where(x => !Wraps(lines, x.b)).All(x => indices[x.m] - x.b >= 2) ? i - 1 : i;
                for (; next < last && Wraps(lines, next - 1); next++) blockTitle += " " + lines[next].Text.Trim();
                firstText = string.Join(" ", Enumerable.Range(next, i - next).Select(j => lines[j].Text.Trim()).Append(firstText).Where(x => !string.IsNullOrEmpty(x)));
            }
            // Items printed without a date among dated ones are set apart by a wider gap (two blank lines or more);
            // after the last dated item such a gap opens the page's closing matter instead.
            var undated = titled || k + 1 == indices.Count || !DatesTouchText(lines, indices) ? []
                : WideGaps(lines, i + 1, end).Union(SiblingEntries(lines, indices, i + 1, end)).Order().ToList();
            // After the last item, a wide gap the items themselves never hold opens the page's closing matter.
            if (k + 1 == indices.Count && indices.Count >= 3 && WideGaps(lines, i + 1, end) is [_, ..] gaps
                && Enumerable.Range(0, indices.Count - 1).All(m => WideGaps(lines, indices[m] + 1, begins[m + 1]).Count == 0))
            {
                // Unless what follows the gap is an excerpt closing with its "Read more…" link: more items, printed without a date.
                var g = 0;
                for (; g < gaps.Count && ReadMoreExcerpt(lines, gaps[g], g + 1 < gaps.Count ? gaps[g + 1] : end); g++) undated.Add(gaps[g]);
                if (g < gaps.Count) end = gaps[g];
            }
            // Undated entries under a heading of their own ("FAQs" / "• question ...") are another section of the page:
            // this item ends above that heading, and those entries are no items.
            if (undated.Count > 0 && SectionHeadingAbove(lines, undated[0]) is { } section)
            {
                end = section;
                undated = [];
            }
            var paragraphs = Paragraphs(lines, bodyFrom, undated.Count > 0 ? undated[0] : end, firstText);
            if (!titled) DropSectionHeading(paragraphs, lines, end);
            // Between a card's text and the next card's heading stand that card's furniture (a picture's alt text, a
            // section heading): short lines that are no sentences.
            if (fielded is not null)
                while (paragraphs.Count >= 3 && paragraphs[^1] is [{ Length: < 60 } lone] && !PageLines.EndsLikeSentence(lone)) paragraphs.RemoveAt(paragraphs.Count - 1);
            var title = blockTitle ?? (titleLines is not null ? TitleBlock(lines, titleLines[k], i) : null);
            if (title is null && lead is { Rest.Length: 0 } session && string.IsNullOrEmpty(firstText) && ReadingList(session, paragraphs, closesPage: k + 1 == indices.Count) is { } papers)
                posts.Add(new RawPost(head.Number, lead, papers));
            else if (title is null && lead is { Rest.Length: 0 } heading && string.IsNullOrEmpty(firstText) && EntriesUnder(heading, paragraphs) is { Count: >= 2 } entries)
                posts.AddRange(entries.Select(e => new RawPost(head.Number, e.Lead, [e.Lines])));
            else posts.Add(new RawPost(head.Number, lead, paragraphs, title, bylines is not null ? lines[i - 1].Text.Trim() : null));
            for (var u = 0; u < undated.Count; u++)
            {
                // A list entry's text starts after its bullet.
                var opening = lines[undated[u]].Text.Trim() is var t && ListItem().Match(t) is { Success: true } bullet ? t[(bullet.Length - 1)..] : t;
                posts.Add(new RawPost(lines[undated[u]].Number, null, Paragraphs(lines, undated[u] + 1, u + 1 < undated.Count ? undated[u + 1] : end, opening)));
            }
        }

        // When every other dated post has the same number of blocks, whatever follows that many blocks in the
        // last one is the page's closing matter (contact lines, a history note), not more of that post.
        var dated = posts.Where(p => p.Lead is not null).ToList();
        var usual = dated.Take(dated.Count - 1).GroupBy(p => p.Paragraphs.Count).OrderByDescending(g => g.Count()).FirstOrDefault();
        // With the footer found, only furniture (short lines that are no sentences: "About", an address) is cut so, unless
        // the items are the entries of a list, which ends where its last entry does.
        var listed = indices.All(i => ListItem().IsMatch(lines[i].Text.Trim()));
        if (dated.Count >= 3 && usual is not null && usual.Count() * 4 >= (dated.Count - 1) * 3
            && usual.Key is var blocks && blocks >= 1 && dated[^1].Paragraphs.Count > blocks
            && (!footerCut || listed || Furniture(dated[^1].Paragraphs.Skip(blocks).ToList())
                || ShortTail(dated[^1].Paragraphs.Skip(blocks).ToList()) && dated.Count >= 8 && usual.Count() * 10 >= (dated.Count - 1) * 8)
            && ClosedByOwnRow(dated, blocks) is var keep)
            dated[^1].Paragraphs.RemoveRange(keep, dated[^1].Paragraphs.Count - keep);
        DropRunOnFurniture(dated);
        DropSignOff(posts);
        return posts.Where(p => p.Paragraphs.Count > 0).ToList();
    }

    /// <summary>
    /// Items that are each a date line and one headline line ("» 13/11/2005 19:41" / "SITE: NEW VERSION ONLINE"): where every
    /// other item holds exactly that many lines, short furniture run on below the last one without a gap (a footer's
    /// link row) is the page's, not the item's.
    /// </summary>
    private static void DropRunOnFurniture(List<RawPost> dated)
    {
        if (dated.Count < 4 || dated[^1].Paragraphs is not [var last]) return;
        var others = dated.Take(dated.Count - 1).Select(p => p.Paragraphs is [var only] ? only.Count : -1).Distinct().ToList();
        if (others is not [var n and >= 1 and <= 2] || last.Count <= n) return;
        var extra = last.Skip(n).ToList();
        if (!Furniture([extra])) return;
        last.RemoveRange(n, last.Count - n);
    }

    /// <summary>
    /// How many blocks the last post keeps when every other post closes with a row of one make ("2:30 PM EDT  title",
    /// a table's time cell): up to its last such row, extra link rows above it included, since closing matter would
    /// come after that row. Without such a row the usual count of blocks holds.
    /// </summary>
    private static int ClosedByOwnRow(List<RawPost> dated, int blocks)
    {
        static string? Opening(List<string> paragraph) =>
            paragraph.Count > 0 && paragraph[0].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var w, ..] && w.Length >= 2 ? w : null;
        var closers = dated.Take(dated.Count - 1).Select(p => p.Paragraphs.Count > 0 ? Opening(p.Paragraphs[^1]) : null).Distinct().ToList();
        // One opening shared by every other post's closing row, and opening none of their other rows, marks that row.
        if (closers is not [{ } make] || dated.Take(dated.Count - 1).Any(p => p.Paragraphs.SkipLast(1).Any(q => Opening(q) == make))) return blocks;
        var last = dated[^1].Paragraphs.FindLastIndex(q => Opening(q) == make);
        return Math.Max(blocks, last + 1);
    }

    /// <summary>
    /// A date on its own line heading a list ("July" / "• I presented ..." / "• Our paper ..."): each entry is an item of
    /// that date. A month name left at the end of an entry after its sentence ("... Committee. June") is the next
    /// heading run on into the list (a Markdown lazy continuation): the entries after it carry that month.
    /// </summary>
    private static List<(DateLead Lead, List<string> Lines)>? EntriesUnder(DateLead heading, List<List<string>> paragraphs)
    {
        var all = paragraphs.SelectMany(p => p).ToList();
        if (all.Count == 0 || !ListItem().IsMatch(all[0])) return null;
        var entries = new List<(DateLead Lead, List<string> Lines)>();
        var lead = heading;
        foreach (var line in all)
        {
            if (ListItem().IsMatch(line)) entries.Add((lead, [ListItem().Match(line) is var m ? line[(m.Length - 1)..] : line]));
            else entries[^1].Lines.Add(line);
            var last = entries[^1].Lines[^1];
            if (RunOnMonth().Match(last) is { Success: true } month && LooseDates.Month(month.Groups[1].Value) is { } number && heading.Date.Month is not null)
            {
                entries[^1].Lines[^1] = last[..month.Groups[1].Index].TrimEnd();
                lead = new DateLead(PartialDate.OfMonth(heading.Date.Year, number), month.Groups[1].Value, "");
            }
        }
        return entries;
    }

    /// <summary>
    /// Under a day's date (a reading group's or journal club's session) a list whose every entry reads as a paper's
    /// citation is what was read that day: the session's contents, one post however many papers it lists, each paper a
    /// paragraph of it. Null when the list holds anything else.
    /// </summary>
    /// <param name="closesPage">The last session's: short lines after its list that are no entry ("Future reading list: -")
    /// are the page's closing matter.</param>
    private static List<List<string>>? ReadingList(DateLead heading, List<List<string>> paragraphs, bool closesPage)
    {
        if (closesPage)
            while (paragraphs.Count >= 2 && !ListItem().IsMatch(paragraphs[^1][0]) && Furniture([paragraphs[^1]])) paragraphs = paragraphs.Take(paragraphs.Count - 1).ToList();
        var all = paragraphs.SelectMany(p => p).ToList();
        if (heading.Date.Day is null || all.Count == 0 || !ListItem().IsMatch(all[0])) return null;
        var entries = new List<List<string>>();
        foreach (var line in all)
            if (ListItem().Match(line) is { Success: true } m) entries.Add([line[(m.Length - 1)..]]);
            // Extraction breaks a long address at a slash ("https://doi.org/" / "10.1093/…"): the parts are one address.
            else if (BrokenAddress().IsMatch(entries[^1][^1])) entries[^1][^1] += line;
            else entries[^1].Add(line);
        return entries.All(e => PublicationListing.EntryShape.IsEntry(new PublicationListing.EntryCandidate(e, 0)) || AuthorYearReading().IsMatch(e[0])) ? entries : null;
    }

    /// <summary>
    /// A reading cited the short way, by its authors' surnames and year, then its title ("Gale and Shapley (1962) College
    /// Admissions ...", "Ruiz et al. (2019): Title"): too bare for a listing's entry, but a paper all the same.
    /// </summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(?:(?:,\s*|\s*&\s*|,?\s+and\s+)\p{Lu}[\p{L}'’.-]+)*(?:\s+et\s+al\.?)?\s*\((?:19|20)\d{2}[a-z]?\)[,.:]?\s+\p{Lu}")]
    private static partial Regex AuthorYearReading();

    [GeneratedRegex(@"\bhttps?:/[^\s]*/$|\bhttps?:$")]
    private static partial Regex BrokenAddress();

    [GeneratedRegex(@"[.!?]\s+((?:january|february|march|april|may|june|july|august|september|october|november|december))$", RegexOptions.IgnoreCase)]
    private static partial Regex RunOnMonth();

    /// <summary>
    /// Short lines that are no sentences ("About", an address). An address block of three lines or more (group, centre,
    /// school, university, each on its own) may run longer, as institution names do.
    /// </summary>
    /// <summary>
    /// Short blocks, none a wrapped paragraph: after the last of many posts of one make, a site's closing lines (its name, a
    /// one-line tagline, an address), sentences or not.
    /// </summary>
    private static bool ShortTail(List<List<string>> paragraphs) =>
        paragraphs.All(p => p.Count <= 4 && p.All(t => t.Length < 100) && string.Join(" ", p).Length < 160);

    private static bool Furniture(List<List<string>> paragraphs)
    {
        var lines = paragraphs.SelectMany(p => p).ToList();
        var limit = lines.Count >= 3 && paragraphs.All(p => p.Count == 1) ? 80 : 50;
        return lines.All(t => t.Length <= limit && !PageLines.EndsLikeSentence(t));
    }

    /// <summary>Prose in lines [from, to) whose last line closes with a "Read more" link, as a post's excerpt does.</summary>
    private static bool ReadMoreExcerpt(List<PageLine> lines, int from, int to)
    {
        // The link may sit on a line of its own, which reads as navigation.
        var printed = Enumerable.Range(from, to - from).Where(j => lines[j].Kind is LineKind.Text or LineKind.Noise).ToList();
        var words = printed.Where(j => lines[j].Kind == LineKind.Text).Sum(j => lines[j].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return printed.Count > 0 && ReadMoreEnd().IsMatch(lines[printed[^1]].Text.Trim()) && words >= 8;
    }

    [GeneratedRegex(@"\b" + PageLines.ReadMoreCloser + @"\s*(?:\[[^\[\]]{1,60}\])*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMoreEnd();

    /// <summary>Each date line has its text right below it, so a gap is never part of an item's head.</summary>
    private static bool DatesTouchText(List<PageLine> lines, List<int> starts) =>
        starts.All(i => i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Text || DateLeads.TryRead(lines[i].Text, out var d, loose: true) && d.Rest.Length > 0);

    /// <summary>
    /// Where every dated item is a list entry at one indent, an undated entry at that indent among them
    /// ("• Weekly seminar is on Thursdays.") is an item of its own, unless the item's text introduces it ("...:").
    /// </summary>
    private static List<int> SiblingEntries(List<PageLine> lines, List<int> starts, int from, int to)
    {
        if (starts.Select(i => EntryIndent(lines[i].Text)).Distinct().ToList() is not [var indent and >= 0]) return [];
        var found = new List<int>();
        for (var j = from; j < to; j++)
            if (lines[j].Kind == LineKind.Text && EntryIndent(lines[j].Text) == indent && j > 0
                && !(lines[j - 1].Kind == LineKind.Text && lines[j - 1].Text.TrimEnd().EndsWith(':')))
                found.Add(j);
        return found;
    }

    /// <summary>A lone capitalised line set apart by blank lines right above <paramref name="entry"/>; not a year or term heading.</summary>
    private static int? SectionHeadingAbove(List<PageLine> lines, int entry)
    {
        var h = entry - 1;
        while (h >= 0 && lines[h].Kind == LineKind.Blank) h--;
        if (h < 1 || h == entry - 1 || lines[h].Kind != LineKind.Text || lines[h - 1].Kind != LineKind.Blank) return null;
        var text = lines[h].Text.Trim();
        return text.Length < 40 && !PageLines.EndsLikeSentence(text) && !ListItem().IsMatch(text) && HeadingLike().IsMatch(text)
            && !DateLeads.IsYearHeading(text, out _) && !TermHeading(text, out _) && !YearWithCount(text, out _) ? h : null;
    }

    /// <summary>How far a list entry's bullet is indented; -1 when the line is no list entry.</summary>
    private static int EntryIndent(string text) => ListItem().IsMatch(text.Trim()) ? PageLines.Indent(text) : -1;

    /// <summary>Text lines in (from, to) that follow two or more blank lines, after some text of the item.</summary>
    private static List<int> WideGaps(List<PageLine> lines, int from, int to)
    {
        var found = new List<int>();
        var seenText = false;
        for (var j = from; j < to; j++)
        {
            if (lines[j].Kind != LineKind.Text) continue;
            if (seenText && j >= 2 && lines[j - 1].Kind == LineKind.Blank && lines[j - 2].Kind == LineKind.Blank) found.Add(j);
            seenText = true;
        }
        return found;
    }

    /// <summary>After the last post the page signs off with one line of parts ("Lab · Department · Street 31, Oslo"): the page's, not the post's.</summary>
    private static void DropSignOff(List<RawPost> posts)
    {
        if (posts.Count >= 2 && posts[^1].Paragraphs is { Count: >= 2 } last && last[^1] is [var lone]
            && lone.Length < 160 && SignOffLine().IsMatch(lone) && !PageLines.EndsLikeSentence(lone))
            last.RemoveAt(last.Count - 1);
    }

    [GeneratedRegex(@"^[^.!?·|•]{2,60}(?:\s[·|•]\s[^!?·|•]{2,60}){1,5}$")]
    private static partial Regex SignOffLine();

    /// <summary>
    /// Listings that print each item's title on the line right above its date ("Title" / "12 May 2024" / text):
    /// most starts, the first included, then have a short line directly above them.
    /// </summary>
    private static bool TitlesAbove(List<PageLine> lines, List<int> starts)
    {
        bool HasTitleAbove(int i) => i >= 1 && lines[i - 1].Kind == LineKind.Text && lines[i - 1].Text.Trim().Length is > 0 and <= 200
            && !DateLeads.TryRead(lines[i - 1].Text, out _, loose: true) && !CardFields.IsFurniture(lines, i - 1)
            && (i < 2 || lines[i - 2].Kind != LineKind.Text || starts.Count > 0 && i == starts[0] || PageLines.EndsLikeSentence(lines[i - 2].Text));
        return starts.Count >= 2 && HasTitleAbove(starts[0]) && starts.Count(HasTitleAbove) * 10 >= starts.Count * 8;
    }

    /// <summary>
    /// Cards that print a heading, then a block of labelled fields with the date among them ("Speaker: ..." / "Date: ..." /
    /// "Time: ..."): the card opens at its heading (the block above the fields, wrapped over up to three lines), which is
    /// its title. Every start must sit in such a block, under such a heading, below the previous start.
    /// </summary>
    private static List<(int Top, int FieldTop, string Title)>? FieldBlockTitles(List<PageLine> lines, List<int> starts)
    {
        if (starts.Count < 2) return null;
        var found = new List<(int, int, string)>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var i = starts[k];
            if (!CardFields.IsFurniture(lines, i)) return null;
            var fieldTop = i;
            while (fieldTop > 0 && lines[fieldTop - 1].Kind == LineKind.Text && CardFields.IsFurniture(lines, fieldTop - 1)) fieldTop--;
            if (fieldTop > 0 && lines[fieldTop - 1].Kind == LineKind.Text) return null;
            var end = fieldTop - 1;
            while (end >= 0 && lines[end].Kind == LineKind.Blank) end--;
            if (end < 0 || end == fieldTop - 1 || lines[end].Kind != LineKind.Text) return null;
            var top = end;
            while (top > 0 && lines[top - 1].Kind == LineKind.Text) top--;
            if (end - top >= 3 || k > 0 && top <= starts[k - 1]) return null;
            var heading = Enumerable.Range(top, end - top + 1).Select(j => lines[j].Text.Trim()).ToList();
            var title = string.Join(" ", heading);
            if (title.Length is < 3 or > 250 || PageLines.EndsUnlikeTitle(title) || ListItem().IsMatch(heading[0])
                || Enumerable.Range(top, end - top + 1).Any(j => CardFields.IsFurniture(lines, j)) || DateLeads.TryRead(heading[0], out _, loose: true))
                return null;
            found.Add((top, fieldTop, title));
        }
        return found;
    }

    /// <summary>A line ran on to the next where the next one's first word would not have fit on it (the page's widest line sets the width).</summary>
    internal static bool Wraps(List<PageLine> lines, int i)
    {
        var width = lines.Where(l => l.Kind == LineKind.Text).Max(l => l.Text.TrimEnd().Length);
        var next = lines[i + 1].Text.Trim();
        var word = next.IndexOf(' ') is var sp and > 0 ? next[..sp] : next;
        return lines[i].Text.TrimEnd().Length + 1 + word.Length > width;
    }

    /// <summary>
    /// Listings that print each item as one block (title, a line such as where it was given, then the date and the text):
    /// every date sits two to four lines below the top of its block, which holds no other date and opens with a title.
    /// </summary>
    private static List<int>? BlockTops(List<PageLine> lines, List<int> starts)
    {
        if (starts.Count < 2) return null;
        var tops = new List<int>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var top = starts[k];
            while (top > 0 && lines[top - 1].Kind == LineKind.Text) top--;
            var t = lines[top].Text.Trim();
            if (starts[k] - top is < 2 or > 4 || k > 0 && top <= starts[k - 1] || t.Length > 200 || PageLines.EndsUnlikeTitle(t)
                || DateLeads.TryRead(t, out _, loose: true) || DerivedTitles.Greeting().Match(t).Length > 0 || CardFields.IsFurniture(lines, top))
                return null;
            tops.Add(top);
        }
        return tops;
    }

    /// <summary>A title's lines: from its top down its block (a long title wraps), never past the date's line <paramref name="date"/>.</summary>
    private static string TitleBlock(List<PageLine> lines, int top, int date)
    {
        var end = top;
        while (end + 1 < date && lines[end + 1].Kind == LineKind.Text) end++;
        return string.Join(" ", Enumerable.Range(top, end - top + 1).Select(j => lines[j].Text.Trim()));
    }

    /// <summary>
    /// Listings that set each item's title apart from its date by a blank line ("We are hiring!" / blank / "May 2020" /
    /// blank / text): every start is a date alone with a one-line block of title shape above it, and every item keeps
    /// text of its own before the next title, so that line is not the previous item's last paragraph.
    /// </summary>
    private static List<int>? GappedTitlesAbove(List<PageLine> lines, List<int> starts)
    {
        if (starts.Count < 2) return null;
        // A title too long for one line wraps onto a second, the first then running to the page's width.
        int? Top(int i) =>
            i < 3 || lines[i - 3].Kind != LineKind.Text ? i - 2
            : (i < 4 || lines[i - 4].Kind != LineKind.Text) && Wraps(lines, i - 3) ? i - 3 : null;
        int? Above(int i) =>
            i >= 2 && lines[i - 1].Kind == LineKind.Blank && lines[i - 2].Kind == LineKind.Text && Top(i) is { } top
            && DateLeads.TryRead(lines[i].Text, out var lead) && lead.Rest.Length == 0
            && TitleBlock(lines, top, i) is var t && t.Length is >= 3 and <= 200 && !PageLines.EndsUnlikeTitle(t) && !ListItem().IsMatch(t)
            && !DateLeads.TryRead(t, out _, loose: true) && DerivedTitles.Greeting().Match(t).Length == 0 && !CardFields.IsFurniture(lines, top)
                ? top : null;
        var titles = new List<int>(starts.Count);
        foreach (var i in starts)
            if (Above(i) is { } t) titles.Add(t);
            else return null;
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? titles[k + 1] : lines.Count;
            if (!Enumerable.Range(starts[k] + 1, Math.Max(0, end - starts[k] - 1)).Any(j => lines[j].Kind == LineKind.Text)) return null;
        }
        return titles;
    }

    /// <summary>
    /// Where the posts begin, after the group's own description: past the first run of blank lines (the
    /// description's usual gap), else at the first greeting, else past a lone title line.
    /// </summary>
    private static int BodyStart(List<PageLine> lines)
    {
        // Where double gaps recur, they part posts rather than close the description.
        var gaps = Enumerable.Range(1, Math.Max(0, lines.Count - 2))
            .Count(i => lines[i].Kind == LineKind.Blank && lines[i - 1].Kind == LineKind.Blank && lines[i + 1].Kind != LineKind.Blank);
        var seenText = false;
        int? first = null;
        for (var i = 0; i + 1 < lines.Count && gaps < 3; i++)
        {
            if (lines[i].Kind == LineKind.Text) seenText = true;
            if (!seenText || lines[i].Kind != LineKind.Blank || lines[i + 1].Kind != LineKind.Blank) continue;
            // The blank lines that end the page (the file's closing newline after a gap) open nothing.
            if (!lines.Skip(i + 2).Any(l => l.Kind == LineKind.Text)) break;
            if (first is null) { first = i; continue; }
            // A second gap after a block without greetings: the page's title and menu came first, then the description.
            if (i > first + 1 && lines[first.Value + 1].Kind == LineKind.Blank)
            {
                var between = lines.Skip(first.Value).Take(i - first.Value).Where(l => l.Kind == LineKind.Text).ToList();
                if (between.Count > 0 && between.All(l => DerivedTitles.Greeting().Match(l.Text.Trim()).Length == 0)) return i;
            }
            return first.Value;
        }
        if (first is { } only) return only;
        var greeting = lines.FindIndex(l => l.Kind == LineKind.Text && DerivedTitles.Greeting().Match(l.Text.Trim()).Length > 0);
        // A heading naming the posts ("Announcements", "Latest news") starts them, whatever the first one opens with.
        var heading = lines.FindIndex(l => l.Kind == LineKind.Text && PostsHeading().IsMatch(l.Text.Trim()));
        if (heading >= 0 && (greeting < 0 || heading < greeting)) return heading + 1;
        if (greeting > 0) return greeting;
        var firstText = lines.FindIndex(l => l.Kind == LineKind.Text);
        if (firstText >= 0 && (firstText + 1 >= lines.Count || lines[firstText + 1].Kind == LineKind.Blank)
            && lines[firstText].Text.Trim() is { Length: < 80 } title && !PageLines.EndsLikeSentence(title))
            return firstText + 1;
        return 0;
    }

    /// <summary>Lone short lines opening the body ("Lab News", "Blog") head the page, they are not posts.</summary>
    private static int PastHeadings(List<PageLine> lines, int start)
    {
        var i = start;
        while (true)
        {
            while (i < lines.Count && lines[i].Kind != LineKind.Text) i++;
            if (i + 1 >= lines.Count || lines[i + 1].Kind != LineKind.Blank) return i;
            var text = lines[i].Text.Trim();
            if (text.Length >= 40 || PageLines.EndsLikeSentence(text) || DerivedTitles.Greeting().Match(text).Length > 0 || ListItem().IsMatch(text)) return i;
            i++;
        }
    }

    private static List<List<string>> Paragraphs(List<PageLine> lines, int from, int to, string? firstText)
    {
        var paragraphs = Blocks(lines, from, to).Select(b => b.Lines).ToList();
        if (string.IsNullOrWhiteSpace(firstText)) return paragraphs;
        // The text printed on the start line runs on into the lines under it unless a blank line or picture parts them.
        var runsOn = paragraphs.Count > 0 && lines.Skip(from).TakeWhile(l => l.Kind != LineKind.Text).All(l => l.Kind == LineKind.Noise)
                     && !HangsBelow(lines, from);
        if (runsOn) paragraphs[0].Insert(0, firstText);
        else paragraphs.Insert(0, [firstText]);
        return paragraphs;
    }

    /// <summary>
    /// The text under the start line sits indented past where the start line's text begins (a definition list's term, then
    /// its definition): the start line is a heading of its own, not the first line of a paragraph that wraps on below it.
    /// </summary>
    private static bool HangsBelow(List<PageLine> lines, int from)
    {
        if (from < 1 || from >= lines.Count || lines[from - 1].Kind != LineKind.Text || lines[from].Kind != LineKind.Text) return false;
        // A bullet's nested list ("• Tuesday, ..." over "□ Speaker: ...") is that entry's text, as printed.
        var (head, below) = (lines[from - 1].Text, lines[from].Text.Trim());
        if (ListItem().IsMatch(head.Trim()) || ListItem().IsMatch(below) || char.GetUnicodeCategory(below[0]) == System.Globalization.UnicodeCategory.OtherSymbol) return false;
        return PageLines.Indent(lines[from].Text) >= PageLines.Indent(head) + 2;
    }

    /// <summary>A short heading line right above the next post ("Fall 2024 12 talks") heads that section, not this post.</summary>
    private static void DropSectionHeading(List<List<string>> paragraphs, List<PageLine> lines, int nextStart)
    {
        // A letter's signature ("Cheers," / "Ana Ruiz" / "The Robotics Club") closes the post: its names head nothing.
        if (LetterSignOff.Closes(paragraphs)) return;
        // A term or year heading opens the next section, with its short preamble lines ("Organizer: ...", "Time: ...").
        var section = paragraphs.FindLastIndex(p => p is [var h] && (DateLeads.IsYearHeading(h, out _) || TermHeading(h, out _)));
        if (nextStart < lines.Count && section >= 1 && paragraphs.Skip(section + 1).All(p => p is [{ Length: < 60 }]))
            paragraphs.RemoveRange(section, paragraphs.Count - section);
        // Headings set apart by blank lines ("Spring 2026", "6 talks") at the end of a post that has other content.
        // Other content means text: a button's label left above ("Pictures") does not make the post's one line a heading.
        while (nextStart < lines.Count && paragraphs.Count >= 2 && paragraphs[^1] is [var lone]
               && paragraphs.SkipLast(1).SelectMany(p => p).Any(t => t.Length >= 40 || PageLines.EndsLikeSentence(t))
               && lone.Length < 40 && !PageLines.EndsLikeSentence(lone) && (HeadingLike().IsMatch(lone) || CountLine().IsMatch(lone) || DateLeads.IsYearHeading(lone, out _)))
            paragraphs.RemoveAt(paragraphs.Count - 1);
        if (nextStart >= lines.Count || nextStart == 0 || lines[nextStart - 1].Kind != LineKind.Text) return;
        // Indented past the next entry's bullet, the line continues this list entry ("ACE Seminar, Virtual").
        if (EntryIndent(lines[nextStart].Text) is >= 0 and var indent && PageLines.Indent(lines[nextStart - 1].Text) > indent) return;
        if (paragraphs.Count == 0 || paragraphs.Sum(p => p.Count) < 2) return;
        var last = paragraphs[^1][^1];
        if (last.Length >= 60 || PageLines.EndsLikeSentence(last) || last.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6) return;
        if (!HeadingLike().IsMatch(last) && !DateLeads.IsYearHeading(last, out _) && !YearWithCount(last, out _)) return;
        paragraphs[^1].RemoveAt(paragraphs[^1].Count - 1);
        if (paragraphs[^1].Count == 0) paragraphs.RemoveAt(paragraphs.Count - 1);
    }

    /// <summary>Capitalised and carrying a number ("Spring 2025 12 talks") or capitalised word by word ("Past Events").</summary>
    [GeneratedRegex(@"^\p{Lu}(?:.*\d.*|\S*(?:\s+(?:\p{Lu}|\d)\S*)*)$")]
    private static partial Regex HeadingLike();

    /// <summary>Session reports open with when it happened ("Last Saturday, we ...", "Yesterday, ..."), even after a blank line.</summary>
    [GeneratedRegex(@"^(?:last|this past)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|night|session)\b|^(?:yesterday|today|earlier today|this (?:week|morning|afternoon|evening))\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOpener();

    /// <summary>A paragraph that signs off ("see you all next meeting.", "Stay tuned!") closes its post.</summary>
    [GeneratedRegex(@"(?:see you (?:all )?(?:next|there|soon|then|at)\b[^.!?]*|stay tuned|cheers|best wishes|have a (?:great|good|nice|restful|happy|wonderful) [\w ]+)[.!?)]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    /// <summary>A list entry: a bullet or a number, then its text.</summary>
    [GeneratedRegex(@"^(?:[•*·▪‣◦–-]|\d{1,2}[.)])\s+\S")]
    internal static partial Regex ListItem();

    [GeneratedRegex(@"^(?:(?:latest|recent|lab|group|our)\s+)?(?:news|announcements|updates|posts|blog|news\s*(?:&|and)\s*(?:updates|events)|what's new)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex PostsHeading();

    [GeneratedRegex(@"^(?:join|follow|subscribe|sign up|like us|find us|contact us|email us|write to us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"^\d+\s+\w+$")]
    private static partial Regex CountLine();

}
