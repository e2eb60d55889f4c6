using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Finds the posts in a cleaned page by its own structure, trying in turn: blocks that open with a date,
/// several &lt;article&gt;s, repeated blocks of one tag and class, repeated headings. Each post is a run of
/// sibling nodes (one element, or a heading or date with what follows it).
/// </summary>
internal static partial class PostFinder
{
    private const string Candidates = "p,li,div,dd,dt,tr,section,article,details,h2,h3,h4,h5,h6,blockquote";

    public static List<List<INode>> Find(IElement root) =>
        ScheduleRows.Talks(WithFeatured(root, DatedOrRuled(root)) ?? BrokenLines(root) ?? BoldDateRuns(root) ?? Articles(root) ?? DatedTitleHeadings(root) ?? SinglePost(root) ?? RepeatedBlocks(root) ?? YearBlocks(root) ?? RepeatedHeadings(root) ?? BoldTitled(root) ?? RuledOff(root) ?? Whole(root));

    /// <summary>
    /// A news page may set one item apart above its cards ("&lt;section class=feature&gt;&lt;p&gt;Featured seminar&lt;/p&gt;&lt;time&gt;…&lt;/time&gt;&lt;h2&gt;Talk&lt;/h2&gt;…"):
    /// a section beside the sections holding the dated cards, with one date, one heading and text of its own, is an item too.
    /// </summary>
    private static List<List<INode>>? WithFeatured(IElement root, List<List<INode>>? posts)
    {
        if (posts is not { Count: >= 3 }) return posts;
        var nodes = posts.SelectMany(p => p).ToList();
        var featured = root.QuerySelectorAll("section,article")
            .Where(e => e.QuerySelectorAll("time[datetime]").Length == 1 && e.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Length == 1
                && e.QuerySelector("section,article") is null && TextKey.CollapseWhitespace(e.TextContent).Length >= 120
                && !nodes.Any(n => n.Contains(e) || e.Contains(n))
                && e.ParentElement is { } parent && nodes.Any(n => parent.Contains(n)) && e.Closest("header,footer,aside,nav") is null)
            .ToList();
        if (featured.Count != 1) return posts;
        var all = posts.Append([featured[0]]).ToList();
        all.Sort((a, b) => a[0] == b[0] ? 0 : a[0].CompareDocumentPosition(b[0]).HasFlag(DocumentPositions.Following) ? -1 : 1);
        return all;
    }

    /// <summary>A page that is one post: a lone &lt;article&gt; with its own top heading.</summary>
    private static List<List<INode>>? SinglePost(IElement root) =>
        // (An h1 that is only a year, "<h1>2018</h1>", heads a section of a list, not the post.)
        root.QuerySelectorAll("article").ToList() is [var only] && only.QuerySelectorAll("h1").Any(h => !DateLeads.IsYearHeading(h.TextContent.Trim(), out _))
            && !IsLinkedTitleArchive(only) ? [[only]] : null;

    /// <summary>
    /// An archive page under one h1 that lists its posts as headings each wholly a link to a page of its own, each title different
    /// ("&lt;h2&gt;&lt;a href=/talks/groups&gt;Groups&lt;/a&gt;&lt;/h2&gt;&lt;p&gt;Talk by …&lt;/p&gt;"): a single post's section headings link nowhere,
    /// or only to themselves ("&lt;h2 id=setup&gt;&lt;a href=#setup&gt;Setup&lt;/a&gt;&lt;/h2&gt;", the anchors a Markdown theme adds; "&lt;a name=setup&gt;").
    /// </summary>
    private static bool IsLinkedTitleArchive(IElement article) =>
        new[] { "h2", "h3" }.Any(level =>
        {
            var linked = article.QuerySelectorAll(level).Where(h => h.QuerySelector("a") is { } a && LeadsOffPage(a)
                && TextKey.CollapseWhitespace(a.TextContent) == TextKey.CollapseWhitespace(h.TextContent) && HasText(h)).ToList();
            return linked.Count >= 3 && linked.Count == article.QuerySelectorAll(level).Length
                && linked.Select(h => TextKey.CollapseWhitespace(h.TextContent)).Distinct().Count() == linked.Count;
        });

    /// <summary>
    /// A link to a page of its own, not to a place on a page ("#setup", made absolute against the page's address) nor a named
    /// anchor ("&lt;a name=setup&gt;"). (A link whose path could not be made absolute has lost its href in cleaning, so none is no sign.)
    /// </summary>
    private static bool LeadsOffPage(IElement link) => !link.HasAttribute("name") && link.GetAttribute("href")?.Contains('#') != true;

    /// <summary>
    /// Dated blocks, unless the page rules its posts off with &lt;hr&gt;s and the dates do not keep to them (a clipping's
    /// byline date in one entry, a date line before the headline in another): then the rules, not the dates, cut the posts.
    /// </summary>
    private static List<List<INode>>? DatedOrRuled(IElement root)
    {
        var dated = DateLed(root);
        if (dated is null || !dated.Any(CrossesRule)) return dated;
        return RuledOff(root) is { Count: >= 3 } ruled && ruled.Count > dated.Count ? ruled : dated;
    }

    /// <summary>A run that goes on past a horizontal rule into more text.</summary>
    private static bool CrossesRule(List<INode> run)
    {
        var rule = run.FindIndex(n => n is IElement { LocalName: "hr" });
        return rule >= 0 && run.Skip(rule + 1).Any(n => n.TextContent.Trim().Length > 0);
    }

    private static List<List<INode>>? DateLed(IElement root)
    {
        var years = SectionYears.Of(root);
        return DateLed(root, years, loose: false, minimum: 2) ?? DateLed(root, years, loose: true, minimum: 3);
    }

    private static List<List<INode>>? DateLed(IElement root, Dictionary<IElement, int> years, bool loose, int minimum)
    {
        int? YearOf(IElement e) => years.TryGetValue(e, out var y) ? y : null;
        var led = root.QuerySelectorAll(Candidates + ",a").Where(e => e.LocalName != "a" || IsCardLink(e))
            .Where(e => !IsProgrammeDay(e))
            .Where(e => LeadingDates.TryRead(e, out _, out _, loose, YearOf(e)) || TitledDateLine(e))
            .ToList();
        var groups = led.GroupBy(Signature)
            // A block that holds other dated blocks of its kind (a grid of date cells and articles) is their container, not an item.
            .Select(g => g.Where(e => !g.Any(o => o != e && e.Contains(o))).ToList())
            .Where(g => g.Count >= minimum)
            .ToList();
        var best = groups
            // Month headings ("<h3>January 2025</h3>") over dated items of their own are sections of the list, not posts.
            .Where(g => !groups.Any(other => other != g && SectionsOf(g, other)))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Average(Depth))
            .FirstOrDefault();
        if (best is null) return null;
        best = WithOtherLevels(WithYearLedPeers(WithUndatedSlots(WithUndatedPeers(best), DateField)), groups);
        var starts = best.ToHashSet();
        // (A lone h1 above the first item is the page's own title.)
        var pageTitled = root.QuerySelectorAll("h1").Length <= 1;
        bool TitleAbove(IElement start) => start.PreviousElementSibling is { } before && HeadingIn(before) is { } above && (above.LocalName != "h1" || !pageTitled) && !starts.Contains(before)
            && (!IsHeading(start) || IsHeading(above) && above.LocalName[1] < start.LocalName[1]) && above.TextContent.Trim().Length is > 0 and <= 200
            && !DateLeads.IsYearHeading(above.TextContent.Trim(), out _) && !DateLeads.TryRead(above.TextContent.Trim(), out _, loose: true);
        // Where nearly every dated block sits under its own heading, that heading is the post's title.
        var titledAbove = best.Count(TitleAbove) * 10 >= best.Count * 8;
        var runs = best.SelectMany(start => ItemsUnder(start, Run(start))).SelectMany(StackedParagraphs.Split).ToList();
        return WithoutTrailingChrome(runs);

        IElement? DateField(IElement e) => LeadingDates.TryRead(e, out _, out var holder, loose, YearOf(e)) ? holder : null;

        List<INode> Run(IElement start)
        {
            var leads = LeadingDates.TryRead(start, out var lead, out var holder, loose, YearOf(start));
            // A bare date or a dated heading (or a bold line standing in for one) introduces what follows it; a dated item holds its own text.
            var onlyDate = IsHeading(start) || IsPseudoHeading(start) || leads && lead.Rest.Length == 0 && (holder is null ? LeadingDates.FirstLine(start) : start.TextContent.Trim()).Length <= lead.Matched.Trim().Length + 1
                // "12 March 2025 | Lucía Fernández": a date and byline line, which introduces the text below it as a bare date does.
                || start.QuerySelector("p,div,li,br") is null && BylineDates.TryRead(start.TextContent, out _, out _);
            // A card that prints its date last ("<div class=card><a>Title</a><p>Text</p><p>29 September 2024</p></div>") is the post:
            // the widest block around the date that holds no other item's date.
            if (onlyDate && !IsHeading(start) && OnlyLinksAfter(start) && CardAround(start, starts, root) is { } card) return [card];
            var run = new List<INode> { start };
            // A title printed right above its date line ("<h5>Title</h5><h6>Posted 2 April 2025</h6>") is the post's.
            if (titledAbove && TitleAbove(start)) run.Insert(0, start.PreviousElementSibling!);
            // A date line set right above its headline ("<p>July 2026</p><h3>Title</h3><p>text</p>") dates the item the headline opens.
            var headline = onlyDate && !IsHeading(start) ? HeadlineBelow(start, starts) : null;
            for (var s = start.NextElementSibling; s is not null; s = s.NextElementSibling)
            {
                if (s == headline) { run.Add(s); continue; }
                if (starts.Contains(s) || s.Descendants<IElement>().Any(starts.Contains) || IsHeading(s) && (!onlyDate || !IsHeading(start) && headline is null || headline is not null && s.LocalName[1] <= headline.LocalName[1] || IsHeading(start) && s.LocalName[1] <= start.LocalName[1])) break;
                // A dated section or article is whole; another item's text continues only in its own tag (a paragraph after a paragraph).
                // A list right under a dated paragraph is that item's notes ("<p><strong>April 2025.</strong> <a>Paper</a> led by …</p>
                // <ul><li>Speaker bio</li><li>Related review</li></ul>"), as archive pages print a session's links below it.
                if (!onlyDate && (s.LocalName != start.LocalName && !NotesList(start, s) || start.LocalName is "section" or "article" or "details")) break;
                run.Add(s);
            }
            // A date line with nothing of its own after it ("<div class=card><h3>Title</h3><p>series</p><p>25.09.2025</p><h5>Speaker</h5></div>")
            // belongs to the card around it, headings and all.
            // So does a short meta line of date and author ("<div class=meta><time>June 3, 2024</time><span>Ana Ruiz</span></div>") in a post's header.
            if (run.Count == 1 && (onlyDate || leads && IsMetaLine(start, lead)) && !IsHeading(start) && CardAround(start, starts, root) is { } around) return [around];
            // A meta line in an <article> that holds no other item's date ("<article><h3>Title</h3><p class=meta>Posted May 4, 2016 · Ana Ruiz</p>
            // text…</article>") dates that article, whole, where the run of blocks after it falls short of the article's text: the body
            // may go on in bare text, or under headings of its own.
            if ((onlyDate || leads && IsMetaLine(start, lead)) && !IsHeading(start) && start.ParentElement?.Closest("article") is { } article
                && article != root && root.Contains(article) && !starts.Any(o => o != start && article.Contains(o))
                && TextKey.CollapseWhitespace(article.TextContent).Length > TextKey.CollapseWhitespace(string.Concat(run.Select(n => n.TextContent + " "))).Length + 1) return [article];
            return run;
        }
    }

    /// <summary>
    /// The heading right below a date line, where the items are laid flat in one container (date, headline, text, link, next
    /// date): that container holds other items' dates too, and text follows the heading before the next item. A card that
    /// prints its date mid-card under its title holds its date alone and is read whole instead.
    /// </summary>
    private static IElement? HeadlineBelow(IElement date, HashSet<IElement> starts)
    {
        if (date.NextElementSibling is not { } heading || !IsHeading(heading) || starts.Contains(heading)) return null;
        if (date.ParentElement is not { } parent || !starts.Any(o => o != date && o.ParentElement == parent)) return null;
        for (var after = heading.NextElementSibling; after is not null && !starts.Contains(after) && !IsHeading(after); after = after.NextElementSibling)
            if (HasText(after)) return heading;
        return null;
    }

    /// <summary>
    /// A seminar page heads its upcoming talks a level above its past ones ("&lt;section class=level2&gt;&lt;h2&gt;11/02/2026 Title&lt;/h2&gt;"
    /// under "Upcoming", "&lt;section class=level3&gt;&lt;h3&gt;08/10/2025 - Title&lt;/h3&gt;" in a tab pane per year under "Previous"): dated
    /// headed blocks of the same tag at other heading levels, apart from the chosen ones, are items of the same list.
    /// </summary>
    private static List<IElement> WithOtherLevels(List<IElement> best, List<List<IElement>> groups)
    {
        if (HeadingLevel(best[0]) is not { } level || !best.All(e => HeadingLevel(e) == level)) return best;
        var others = groups.Where(g => g != best
                && HeadingLevel(g[0]) is { } other && other != level && g.All(e => e.LocalName == best[0].LocalName && HeadingLevel(e) == other)
                && !g.Any(e => best.Any(b => b.Contains(e) || e.Contains(b))))
            .ToList();
        if (others.Count == 0) return best;
        var all = best.Concat(others.SelectMany(g => g)).Distinct().ToList();
        all.Sort((a, b) => a == b ? 0 : a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1);
        return all;
    }

    /// <summary>The level of a heading, or of the heading that opens a section or article; null for other blocks.</summary>
    private static int? HeadingLevel(IElement e)
    {
        if (IsHeading(e)) return e.LocalName[1] - '0';
        return e.LocalName is "section" or "article" && e.FirstElementChild is { } first && IsHeading(first) ? first.LocalName[1] - '0' : null;
    }

    /// <summary>
    /// A date heading over nothing but a list ("&lt;h4&gt;September 2025&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;…&lt;li&gt;…&lt;/ul&gt;") dates each of its items:
    /// a month that holds several news items holds several posts, each read with the heading's date.
    /// </summary>
    private static IEnumerable<List<INode>> ItemsUnder(IElement start, List<INode> run)
    {
        if (!IsHeading(start) || run.Count < 2 || !run.Skip(1).All(n => n is IElement { LocalName: "ul" or "ol" })) return [run];
        var items = run.Skip(1).SelectMany(list => ((IElement)list).Children.Where(c => c.LocalName == "li" && HasText(c))).ToList();
        // Items that each open with a bold label ("Conference: AGU Fall Meeting", "New role: ...") describe the month's entry field by field.
        if (items.Count(OpensWithBoldLabel) * 10 >= items.Count * 8) return [run];
        return items.Count >= 2 ? items.Select(li => new List<INode> { start, li }) : [run];
    }

    /// <summary>An item whose first words are a short phrase all in bold ("&lt;li&gt;&lt;strong&gt;Conference:&lt;/strong&gt; ...").</summary>
    private static bool OpensWithBoldLabel(IElement item)
    {
        var first = item.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0);
        if (first?.ParentElement?.Closest("strong,b") is not { } bold || !item.Contains(bold)) return false;
        var label = TextKey.CollapseWhitespace(bold.TextContent);
        return label.Length is > 0 and <= 40 && label.Split(' ').Length <= 4;
    }

    /// <summary>Every block of <paramref name="items"/> sits under one of <paramref name="headings"/> among its siblings.</summary>
    private static bool SectionsOf(List<IElement> headings, List<IElement> items)
    {
        if (!headings.All(IsHeading) || items.Any(IsHeading)) return false;
        var set = headings.ToHashSet();
        return items.All(item =>
        {
            for (var s = item.PreviousElementSibling; s is not null; s = s.PreviousElementSibling)
                if (IsHeading(s)) return set.Contains(s);
            return false;
        });
    }

    /// <summary>
    /// A block that opens with a title line all in bold and prints its date alone on the next line
    /// ("&lt;p&gt;&lt;strong&gt;Grant awarded&lt;/strong&gt;&lt;br&gt;&lt;em&gt;May 3, 2024&lt;/em&gt;&lt;br&gt;text&lt;/p&gt;"): dated as if the date led.
    /// </summary>
    private static bool TitledDateLine(IElement e)
    {
        if (e.LocalName is not ("p" or "div" or "li" or "dd")) return false;
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        var firstBold = true;
        foreach (var node in e.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                lines.Add(Normalising.TextKey.CollapseWhitespace(current.ToString()));
                current.Clear();
                if (lines.Count == 2) break;
                continue;
            }
            if (node is IElement child && LeadingDates.IsBlock(child)) return false;
            if (lines.Count == 0 && node.TextContent.Trim().Length > 0 && node is not IElement { LocalName: "strong" or "b" }
                && !(node is IElement { LocalName: "a" } link && link.QuerySelector("strong,b") is { } inner && inner.TextContent.Trim() == link.TextContent.Trim()))
                firstBold = false;
            current.Append(node.TextContent);
        }
        return lines.Count == 2 && firstBold && lines[0].Length is >= 3 and <= 150 && !DateLeads.TryRead(lines[0], out _, loose: true)
            && DateLeads.TryRead(lines[1], out var d) && d is { Rest.Length: 0, Label.Length: 0 };
    }

    /// <summary>
    /// The last item's run ends where the page's own closing links begin ("Back to Home", "Last update in ..."): at an
    /// inline or closing element of a kind that no other item's run holds.
    /// </summary>
    private static List<List<INode>> WithoutTrailingChrome(List<List<INode>> runs)
    {
        if (runs.Count < 3 || runs[^1].Count < 2) return runs;
        var kinds = runs.SkipLast(1).SelectMany(r => r.Skip(1)).OfType<IElement>().Select(e => e.LocalName).ToHashSet();
        if (kinds.Count == 0) return runs;
        var last = runs[^1];
        var cut = last.FindIndex(1, n => n is IElement e && !kinds.Contains(e.LocalName) && e.LocalName is "a" or "address" or "img" or "center" or "footer" or "small" or "font" or "span" or "hr");
        if (cut > 0) runs[^1] = last.Take(cut).ToList();
        return runs;
    }

    /// <summary>A bulleted or numbered list following a dated paragraph: the paragraph's sub-points, not an item of the page's.</summary>
    private static bool NotesList(IElement start, IElement next) => start.LocalName == "p" && next.LocalName is "ul" or "ol";

    /// <summary>A link set as a whole card ("&lt;a class=card href&gt;&lt;time&gt;…&lt;/time&gt;&lt;h3&gt;Title&lt;/h3&gt;&lt;p&gt;…&lt;/p&gt;&lt;/a&gt;"): it holds a heading or paragraph of its own.</summary>
    private static bool IsCardLink(IElement a) => a.QuerySelector("h1,h2,h3,h4,h5,h6,p,div") is not null;

    /// <summary>A block holding its date and a few words more (an author, a place), no sentence or line of text.</summary>
    private static bool IsMetaLine(IElement block, DateLead lead) =>
        block.LocalName is "div" or "p" or "span" && block.QuerySelector("p,li,br,div,h1,h2,h3,h4,h5,h6") is null
        && TextKey.CollapseWhitespace(block.TextContent).Length - TextKey.CollapseWhitespace(lead.Matched).Length <= 60
        && !GroupPosts.PageLines.EndsLikeText(TextKey.CollapseWhitespace(block.TextContent));

    /// <summary>Nothing but short links ("Read more") follows the element in its parent.</summary>
    private static bool OnlyLinksAfter(IElement e)
    {
        for (var s = e.NextElementSibling; s is not null; s = s.NextElementSibling)
            if (s.TextContent.Trim().Length > 30 || s.TextContent.Trim().Length > 0 && s.LocalName != "a" && s.QuerySelector("a") is null) return false;
        return true;
    }

    /// <summary>The outermost ancestor of a trailing date, below <paramref name="root"/>, that holds no other start and some text besides the date.</summary>
    private static IElement? CardAround(IElement date, HashSet<IElement> starts, IElement root)
    {
        IElement? card = null;
        for (var a = date.ParentElement; a is not null && a != root && !starts.Any(o => o != date && a.Contains(o)); a = a.ParentElement)
            card = a;
        return card is not null && card.TextContent.Trim().Length > date.TextContent.Trim().Length + 1 ? card : null;
    }

    /// <summary>
    /// Old hand-written pages put all news in one paragraph, a line each: "&lt;b&gt;Mar 2025:&lt;/b&gt; ...&lt;br&gt;". The
    /// lines between &lt;br&gt;s that open with a date start posts; undated lines continue the one above.
    /// </summary>
    private static List<List<INode>>? BrokenLines(IElement root)
    {
        foreach (var block in root.QuerySelectorAll("p,div,td,li,section,blockquote"))
        {
            if (block.Children.Count(c => c.LocalName == "br") < 2) continue;
            var lines = new List<List<INode>>();
            var current = new List<INode>();
            foreach (var node in block.ChildNodes)
            {
                if (node is IElement { LocalName: "br" }) { lines.Add(current); current = []; continue; }
                if (node is IElement child && LeadingDates.IsBlock(child)) { lines = []; break; }
                current.Add(node);
            }
            lines.Add(current);
            lines = lines.Where(l => LineText(l).Length > 0).ToList();
            var dated = lines.Select(l => DateLeads.TryRead(LineText(l), out _)).ToList();
            if (dated.Count(d => d) < 2 || !dated[0] || dated.Count(d => d) * 10 < lines.Count * 6) continue;
            var runs = new List<List<INode>>();
            for (var i = 0; i < lines.Count; i++)
                if (dated[i]) runs.Add([.. lines[i]]);
                else runs[^1].AddRange(lines[i]);
            return runs;
        }
        return null;
    }

    /// <summary>
    /// Posts set loose in one block, each opened by a date all in bold ("&lt;strong&gt;13 May 2024&lt;/strong&gt; Text …&lt;br&gt;&lt;br&gt;&lt;strong&gt;2 May 2024&lt;/strong&gt; …"),
    /// with no element around each: a bold date among the block's own children cuts a post, which runs to the next one.
    /// A page may set two such blocks side by side (news in one column, announcements in the other): the posts of
    /// every column, column by column.
    /// </summary>
    private static List<List<INode>>? BoldDateRuns(IElement root)
    {
        var columns = new List<(IElement Block, List<List<INode>> Runs)>();
        foreach (var block in root.QuerySelectorAll("p,div,td,li,section,blockquote,article"))
        {
            if (columns.Any(c => c.Block.Contains(block)) || BoldDateRunsIn(block) is not { } runs) continue;
            if (columns.Count > 0 && !SideBySide(columns[0].Block, block)) continue;
            columns.Add((block, runs));
        }
        return columns.Count == 0 ? null : columns.SelectMany(c => c.Runs).ToList();
    }

    private static List<List<INode>>? BoldDateRunsIn(IElement block)
    {
        static bool IsBoldDate(INode n) => n is IElement { LocalName: "strong" or "b" } bold
            && DateLeads.TryRead(TextKey.CollapseWhitespace(bold.TextContent), out var d) && d is { Rest.Length: 0, Label.Length: 0 };
        var nodes = block.ChildNodes.ToList();
        var first = nodes.FindIndex(IsBoldDate);
        if (first < 0 || nodes.Count(IsBoldDate) < 3) return null;
        // Nothing but headings and spacing may come before the first date: text there means the dates sit inside prose.
        if (nodes.Take(first).Any(n => n is IText t ? t.Data.Trim().Length > 0 : n is IElement e && !IsHeading(e) && HasText(e))) return null;
        var runs = new List<List<INode>>();
        foreach (var node in nodes.Skip(first))
            if (IsBoldDate(node)) runs.Add([node]);
            else runs[^1].Add(node);
        // Each date must have text of its own after it, or these are labels, not posts.
        return runs.Any(r => LineText(r.Skip(1).ToList()).Length < 3) ? null : runs;
    }

    /// <summary>
    /// Two blocks set as columns of one layout: the same tag at the same depth, each in its own child of the element
    /// that holds both (the cells of a table row, the panes of a row of divs, or the two blocks themselves).
    /// </summary>
    private static bool SideBySide(IElement a, IElement b)
    {
        if (a.LocalName != b.LocalName || Depth(a) != Depth(b)) return false;
        // Up from both in step to the children of the element that holds both: the two columns, which must be alike.
        var (pa, pb) = (a, b);
        while (pa.ParentElement is { } up && pb.ParentElement is { } other && up != other) (pa, pb) = (up, other);
        return pa.ParentElement is not null && pa.ParentElement == pb.ParentElement && pa.LocalName == pb.LocalName;
    }

    private static string LineText(List<INode> nodes) =>
        Normalising.TextKey.CollapseWhitespace(string.Concat(nodes.Select(n => n.TextContent)));

    private static List<List<INode>>? Articles(IElement root)
    {
        var articles = root.QuerySelectorAll("article").Where(a => a.QuerySelector("article") is null && HasText(a)).ToList();
        return articles.Count >= 2 ? articles.Select(a => new List<INode> { a }).ToList() : null;
    }

    /// <summary>The tag-and-class pattern repeated most (three or more times), outermost first when nested patterns tie.</summary>
    private static List<List<INode>>? RepeatedBlocks(IElement root)
    {
        // Words, not the indentation of hand-written markup, measure how much of the page the blocks carry.
        static int Length(IElement e) => Normalising.TextKey.CollapseWhitespace(e.TextContent).Length;
        var total = Length(root);
        var shared = SharedClasses(root);
        var groups = root.QuerySelectorAll("div[class],li,section[class],tr,dd,p[class]")
            .Where(e => !IsHeading(e) && HasText(e))
            .GroupBy(e => KindOf(e, shared) is { Length: > 0 } kind ? e.LocalName + "." + kind : Signature(e) + "@" + ListKey(e))
            .Select(g => g.Where(e => !g.Any(o => o != e && o.Contains(e))).ToList())
            .Where(g => g.Count >= 3 && g.Count(e => e.TextContent.Trim().Length >= 20) * 10 >= g.Count * 8)
            // A list inside one long post is not a list of posts: the blocks must carry much of the page's text.
            .Where(g => g.Sum(Length) * 10 >= total * 6)
            .Select(WithoutLeadingLabel)
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.Sum(e => e.TextContent.Length))
            .FirstOrDefault();
        return groups is null ? null : WithLeadingFields(groups);
    }

    /// <summary>
    /// A record laid flat as sibling fields ("&lt;div class=title&gt;…&lt;/div&gt;&lt;div class=speaker&gt;Ana Ruiz | Nov 7, 2019&lt;/div&gt;
    /// &lt;p class=description&gt;…&lt;/p&gt;", then the next talk's title): the blocks carrying the text are the repeated ones, and the
    /// short fields set right before each, of kinds that come once per record, belong to it. A heading between records
    /// (a year) comes less often and stays out.
    /// </summary>
    private static List<List<INode>> WithLeadingFields(List<IElement> group)
    {
        var alone = group.Select(e => new List<INode> { e }).ToList();
        if (group.Select(e => e.ParentElement).Distinct().ToList() is not [{ } parent]) return alone;
        var counts = parent.Children.GroupBy(Signature).ToDictionary(g => g.Key, g => g.Count());
        var members = group.ToHashSet();
        bool IsField(IElement e) => !members.Contains(e) && !IsHeading(e) && HasText(e) && e.HasAttribute("class")
            && counts[Signature(e)] is var n && n <= group.Count && n * 10 >= group.Count * 8;
        // The first record's leading fields name the kinds: a field printed after the text ("<div class=links>") is not the next record's.
        HashSet<string>? kinds = null;
        var runs = new List<List<INode>>();
        foreach (var member in group)
        {
            var run = new List<INode> { member };
            for (var before = member.PreviousElementSibling; before is not null && IsField(before) && (kinds?.Contains(Signature(before)) ?? true); before = before.PreviousElementSibling)
                run.Insert(0, before);
            if (run.Count == 1) return alone;
            kinds ??= run.SkipLast(1).OfType<IElement>().Select(Signature).ToHashSet();
            runs.Add(run);
        }
        return runs;
    }

    /// <summary>
    /// The class tokens more than one element of the page wears. A token only one element wears names that element, not a kind
    /// of block ("post-212" on one post, "featured" on the first card): blocks of one kind differ in such tokens only.
    /// </summary>
    private static HashSet<string> SharedClasses(IElement root) =>
        root.QuerySelectorAll("[class]").SelectMany(e => (e.GetAttribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
            .GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>A block's shared class tokens in order: "" for a block without classes, or with only tokens of its own.</summary>
    private static string KindOf(IElement e, HashSet<string> shared) =>
        string.Join(".", (e.GetAttribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(shared.Contains).Distinct().Order(StringComparer.Ordinal));

    /// <summary>
    /// Hand-written pages style the list's own heading like its items ("&lt;p class=style12&gt;&lt;strong&gt;News Archive&lt;/strong&gt;&lt;/p&gt;"
    /// over "&lt;li&gt;&lt;p class=style12&gt;..."): a first block all in bold, when no other is, names the list and is not a post.
    /// </summary>
    private static List<IElement> WithoutLeadingLabel(List<IElement> group) =>
        group.Count >= 4 && IsPseudoHeading(group[0]) && !group.Skip(1).Any(IsPseudoHeading) ? group.Skip(1).ToList() : group;

    /// <summary>Headings of one level, each opening a post that runs to the next heading of that level or above.</summary>
    private static List<List<INode>>? RepeatedHeadings(IElement root)
    {
        foreach (var level in new[] { "h2", "h3", "h4", "h5", "h6" })
        {
            var rank = level[1] - '0';
            var headings = root.QuerySelectorAll(level).Where(h => rank < 5 || !IsSubtitle(h)).ToList();
            if (headings.Count < 2) continue;
            var runs = headings.Select(h =>
            {
                var run = new List<INode> { h };
                for (var s = h.NextElementSibling; s is not null; s = s.NextElementSibling)
                {
                    if (IsHeading(s) && s.LocalName[1] - '0' <= rank || s.QuerySelector(level) is not null) break;
                    run.Add(s);
                }
                return run;
            }).ToList();
            return BoldTitledSections(runs) ?? WithoutLeadingIntro(runs);
        }
        return null;
    }

    /// <summary>
    /// "&lt;h4&gt;Seminar series&lt;/h4&gt;&lt;h6&gt;Towards the 2023 congress&lt;/h6&gt;&lt;p&gt;intro&lt;/p&gt;": a minor heading set right under one
    /// two or more levels above it is that heading's subtitle, and the text under it the page's introduction, not a post.
    /// </summary>
    private static bool IsSubtitle(IElement heading) =>
        heading.PreviousElementSibling is { } above && IsHeading(above) && above.LocalName[1] + 1 < heading.LocalName[1];

    /// <summary>
    /// Sections under a few headings ("Workshops &amp; Talks", "New Publications") whose items are each titled by a paragraph
    /// all in bold with text under it: each bold paragraph opens a post; the heading only names the section, and a section
    /// without bold titles is one untitled post.
    /// </summary>
    private static List<List<INode>>? BoldTitledSections(List<List<INode>> sections)
    {
        bool IsTitle(INode n) => n is IElement { LocalName: "p" } p && IsPseudoHeading(p) && !DateLeads.TryRead(p.TextContent.Trim(), out _, loose: true);
        if (sections.Count > 6 || !sections.Any(s => s.Count(IsTitle) >= 2)) return null;
        var posts = new List<List<INode>>();
        foreach (var section in sections)
        {
            var pieces = new List<List<INode>>();
            foreach (var node in section.Skip(1))
                if (IsTitle(node) || pieces.Count == 0) pieces.Add([node]);
                else pieces[^1].Add(node);
            foreach (var piece in pieces)
            {
                // A bold line with no text under it is a label, not a post.
                if (IsTitle(piece[0]) && !piece.Skip(1).OfType<IElement>().Any(HasText)) return null;
                if (piece.OfType<IElement>().Any(HasText)) posts.Add(piece);
            }
        }
        return posts.Count > sections.Count ? posts : null;
    }

    /// <summary>Posts set apart by horizontal rules, with no element around each: the runs between the &lt;hr&gt;s of one parent.</summary>
    private static List<List<INode>>? RuledOff(IElement root)
    {
        var parent = root.QuerySelectorAll("hr").Select(h => h.ParentElement).OfType<IElement>()
            .GroupBy(p => p).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        if (parent is null || parent.Children.Count(c => c.LocalName == "hr") < 2) return null;
        var runs = new List<List<INode>>();
        var current = new List<INode>();
        foreach (var node in parent.ChildNodes)
        {
            if (node is IElement { LocalName: "hr" }) { runs.Add(current); current = []; continue; }
            current.Add(node);
        }
        runs.Add(current);
        // A run that is only the page's heading ("News") is not a post.
        var posts = runs.Where(r => r.Any(n => n is IElement e ? !IsHeading(e) && HasText(e) : n.TextContent.Trim().Length > 0)).ToList();
        // Above the first rule, the page's title over a few links ("Back issues", "Return to home") is its header, not a post.
        if (posts.Count >= 3 && posts[0] == runs[0] && IsLinkHeader(posts[0])) posts.RemoveAt(0);
        // Nor is the page's introduction ("We are pleased to announce the following …") when every run below the rules opens
        // with a title line (under the month line that heads some of them) and it opens with none and carries no date.
        if (posts.Count >= 4 && posts[0] == runs[0] && !OpensWithTitle(posts[0]) && !posts[0].OfType<IElement>().Any(IsDateLine)
            && posts.Skip(1).All(OpensWithTitle)) posts.RemoveAt(0);
        return posts.Count >= 2 ? posts : null;
    }

    /// <summary>A run whose first line with text, after a line that is only a date, is a heading or a bold line standing for one.</summary>
    private static bool OpensWithTitle(List<INode> run)
    {
        var lines = run.OfType<IElement>().Where(HasText).SkipWhile(IsDateLine).ToList();
        return lines.FirstOrDefault() is { } first && (IsHeading(first) || IsPseudoHeading(first));
    }

    private static bool IsDateLine(IElement e) =>
        TextKey.CollapseWhitespace(e.TextContent) is { Length: > 0 and <= 40 } text && DateLeads.TryRead(text, out var lead, loose: true) && lead is { Rest.Length: 0 };

    /// <summary>A run that opens with the page's h1 and whose other words are mostly link text.</summary>
    private static bool IsLinkHeader(List<INode> run)
    {
        var elements = run.OfType<IElement>().Where(HasText).ToList();
        if (elements.FirstOrDefault() is not { LocalName: "h1" }) return false;
        var rest = elements.Skip(1).ToList();
        var words = rest.Sum(e => TextKey.CollapseWhitespace(e.TextContent).Length);
        var linked = rest.Sum(e => e.QuerySelectorAll("a").Sum(a => TextKey.CollapseWhitespace(a.TextContent).Length));
        return linked * 10 >= words * 6;
    }

    /// <summary>The page as one post; a page whose only text is its headings ("News", and nothing under it yet) has none.</summary>
    private static List<List<INode>> Whole(IElement root) =>
        root.Descendants<IText>().Any(t => t.Data.Trim().Length > 0 && t.ParentElement?.Closest("h1,h2,h3,h4,h5,h6") is null) ? [[root]] : [];

    /// <summary>
    /// A heading, or a link (or wrapper) holding only a heading: cards link their title ("&lt;a href&gt;&lt;h5&gt;Title&lt;/h5&gt;&lt;/a&gt;");
    /// or a line the theme names a title ("&lt;p class=item-title&gt;").
    /// </summary>
    private static IElement? HeadingIn(IElement e)
    {
        if (IsHeading(e)) return e;
        if (e.LocalName is "p" or "div" or "span" or "a" && TitleClass().IsMatch(e.GetAttribute("class") ?? "") && e.QuerySelector("p,div,li,br,img,table") is null) return e;
        if (e.LocalName is not ("a" or "div" or "header") || e.Children.Length != 1 || !IsHeading(e.Children[0])) return null;
        return e.Children[0].TextContent.Trim() == e.TextContent.Trim() ? e.Children[0] : null;
    }

    /// <summary>
    /// Hand-written pages title each item with a paragraph that is all bold (often a linked anchor) and put the text in the
    /// paragraphs below it: each bold paragraph opens a post that runs to the next.
    /// </summary>
    private static List<List<INode>>? BoldTitled(IElement root)
    {
        var parent = root.QuerySelectorAll("p").Where(IsPseudoHeading).Select(p => p.ParentElement).OfType<IElement>()
            .GroupBy(p => p).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        if (parent is null) return null;
        // A bold link that leads on ("Read the announcement") closes an item as its button; it opens none.
        var titles = parent.Children.Where(c => c.LocalName == "p" && IsPseudoHeading(c) && !DateLeads.TryRead(c.TextContent.Trim(), out _, loose: true)
            && !LinkLabels.IsLabel(c.TextContent)).ToList();
        if (titles.Count < 2) return null;
        var runs = new List<List<INode>>();
        foreach (var title in titles)
        {
            var run = new List<INode> { title };
            for (var s = title.NextElementSibling; s is not null && !titles.Contains(s) && !IsHeading(s); s = s.NextElementSibling) run.Add(s);
            // A bold line with no text under it is a label, not a post.
            if (!run.Skip(1).OfType<IElement>().Any(HasText)) return null;
            runs.Add(run);
        }
        return WithoutTrailingChrome(runs);
    }

    /// <summary>A short paragraph that is all bold ("&lt;p&gt;&lt;strong&gt;Dec 2024 - Paper at ICRA&lt;/strong&gt;&lt;/p&gt;"), used as a heading.</summary>
    /// <remarks>Old hand-written pages wrap the bold in &lt;font&gt;s ("&lt;p&gt;&lt;font face&gt;&lt;b&gt;&lt;font color&gt;Jun 2012, Oslo&lt;/font&gt;&lt;/b&gt;&lt;/font&gt;").</remarks>
    private static bool IsPseudoHeading(IElement e)
    {
        if (e.LocalName is not ("p" or "div") || e.TextContent.Trim() is not { Length: > 0 and < 150 } text) return false;
        for (var inner = e; inner.Children.Length == 1 && inner.Children[0].TextContent.Trim() == text; )
        {
            inner = inner.Children[0];
            if (inner.LocalName is "strong" or "b") return true;
            if (inner.LocalName is not ("font" or "span" or "em" or "i" or "u" or "a")) return false;
        }
        return false;
    }

    /// <summary>
    /// The date lines of a list of bold heading lines, with the lines among them that print no date ("Fall 2013, Oslo"):
    /// a line set in the same markup as the dated ones, beside them, heads an item just the same.
    /// </summary>
    private static List<IElement> WithUndatedPeers(List<IElement> dated)
    {
        if (dated.Count < 2 || !dated.All(IsPseudoHeading)) return dated;
        var shape = DeepSignature(dated[0]);
        if (!dated.All(d => DeepSignature(d) == shape)) return dated;
        var parents = dated.Select(d => d.ParentElement).Distinct().ToList();
        if (parents.Count != 1 || parents[0] is not { } parent) return dated;
        var from = dated[0].Index();
        return parent.Children.Where(c => dated.Contains(c) || c.Index() > from && IsPseudoHeading(c) && DeepSignature(c) == shape).ToList();
    }

    /// <summary>
    /// A theme's list whose items each open with a date field of their own ("&lt;li class=news-item&gt;&lt;span class=news-date&gt;May 28, 2026&lt;/span&gt;
    /// &lt;div&gt;…&lt;/div&gt;&lt;/li&gt;"), where some print what cannot be dated to a month ("Summer 2026", "June–July 2025", "2024"): an item
    /// of the same tag and class among them, whose first field is of the date field's tag and class, is an item of the list just the same
    /// (else its text would run on into the dated item above it, or be lost before the first one).
    /// </summary>
    private static List<IElement> WithUndatedSlots(List<IElement> dated, Func<IElement, IElement?> dateField)
    {
        if (dated.Count < 3 || dated.Select(d => d.ParentElement).Distinct().ToList() is not [{ } parent]) return dated;
        var item = Signature(dated[0]);
        var fields = dated.Select(dateField).ToList();
        // The date is a field the theme names (a classed child of the item), the same in every dated item.
        if (fields.Where((f, i) => f?.ParentElement != dated[i] || !f.HasAttribute("class")).Any()) return dated;
        var field = Signature(fields[0]!);
        if (fields.Any(f => Signature(f!) != field) || dated.Any(d => Signature(d) != item)) return dated;
        bool OpensWithField(IElement e) => e.Children.FirstOrDefault(HasText) is { } first && Signature(first) == field
            && first.TextContent.Trim().Length <= 40 && e.Children.Any(c => c != first && HasText(c));
        var peers = parent.Children.Where(c => dated.Contains(c) || Signature(c) == item && OpensWithField(c)).ToList();
        return peers.Count > dated.Count ? peers : dated;
    }

    /// <summary>
    /// Items that each open with a date line of their own ("&lt;p&gt;March 2025&lt;br&gt;&lt;em&gt;text&lt;/em&gt;&lt;/p&gt;") may date one of them,
    /// the oldest as a rule, by its year alone ("&lt;p&gt;2024&lt;br&gt;…"). A bare year reads as a section heading elsewhere; set as its
    /// dated siblings are (a block of their tag and class, the year on its own line over the item's text) it is one more item.
    /// </summary>
    private static List<IElement> WithYearLedPeers(List<IElement> dated)
    {
        if (dated.Count < 3 || dated.Select(d => d.ParentElement).Distinct().ToList() is not [{ } parent]) return dated;
        var shape = Signature(dated[0]);
        if (!dated.All(d => Signature(d) == shape && d.QuerySelector("br") is not null && DateLineOverText(d))) return dated;
        var from = dated[0].Index();
        var peers = parent.Children.Where(c => c.Index() > from && !dated.Contains(c) && Signature(c) == shape && c.QuerySelector("br") is not null
            && DateLeads.IsYearHeading(LeadingDates.FirstLine(c), out _) && DateLineOverText(c)).ToList();
        return peers.Count == 0 ? dated : parent.Children.Where(c => dated.Contains(c) || peers.Contains(c)).ToList();
    }

    /// <summary>A block whose first line is short and whose text goes on below it.</summary>
    private static bool DateLineOverText(IElement block) =>
        LeadingDates.FirstLine(block) is { Length: > 0 and <= 30 } line && TextKey.CollapseWhitespace(block.TextContent).Length > line.Length + 10;

    /// <summary>A block's tag and class with those of the lone elements nested in it: "p&gt;font&gt;b&gt;font".</summary>
    private static string DeepSignature(IElement e)
    {
        var sig = Signature(e);
        for (var inner = e; inner.Children.Length == 1; ) { inner = inner.Children[0]; sig += ">" + Signature(inner); }
        return sig;
    }

    private static bool IsHeading(IElement e) => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool HasText(IElement e) => e.TextContent.Trim().Length > 0;

    private static string Signature(IElement e) =>
        e.LocalName + "." + string.Join(".", (e.GetAttribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    /// <summary>
    /// Where an unclassed block belongs: its parent, except that the lists of one container each under a year heading
    /// ("&lt;h2&gt;2023&lt;/h2&gt;&lt;ul&gt;…&lt;/ul&gt;&lt;h2&gt;2022&lt;/h2&gt;&lt;ul&gt;…") are one list cut by year.
    /// </summary>
    private static string ListKey(IElement e) =>
        // (Hand-written pages may set the items straight into a div under each year: "<h3>2023</h3><div><li>…".)
        e.LocalName == "li" && e.ParentElement is { LocalName: "ul" or "ol" or "div" } list && list.PreviousElementSibling is { } above
        && (IsHeading(above) || IsPseudoHeading(above)) && DateLeads.IsYearHeading(above.TextContent.Trim(), out _)
            ? "years:" + Signature(list) + "@" + YearsKey(list)
            : ParentKey(e);

    /// <summary>The container holding all the year sections of a list (each year may sit in a section of its own).</summary>
    private static string YearsKey(IElement list)
    {
        for (var a = list.ParentElement; a is not null; a = a.ParentElement)
            if (a.QuerySelectorAll("h1,h2,h3,h4,h5,h6,p,strong,b").Count(h => DateLeads.IsYearHeading(h.TextContent.Trim(), out _)) >= 2)
                return ParentKey(a) + "/" + a.Index().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ParentKey(list);
    }

    private static string ParentKey(IElement e)
    {
        var index = 0;
        for (var p = e.ParentElement; p is not null; p = p.ParentElement) index = index * 31 + (p.Index() + 1);
        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Depth(IElement e)
    {
        var d = 0;
        for (var p = e.ParentElement; p is not null; p = p.ParentElement) d++;
        return d;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[\s_-])(?:title|headline|heading)(?:$|[\s_-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TitleClass();
}
