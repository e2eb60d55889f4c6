using AngleSharp.Dom;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Html;

/// <summary>What a post's markup says about it: title, link, date, byline, and the body that remains.</summary>
internal sealed record PostParts(string? Title, string? Url, PartialDate? Date, IReadOnlyList<string> Authors, string? BodyHtml)
{
    public Item? ToItem()
    {
        var body = string.IsNullOrWhiteSpace(BodyHtml) ? null : BodyHtml.Trim();
        var text = HtmlSafety.ToText(body);
        if (Title is null && text.Length == 0) return null;
        return new Item
        {
            Kind = RecordKind.Post,
            Title = Title,
            Url = Url,
            Published = Date,
            Authors = Authors,
            Summary = text.Length == 0 ? null : text.Split('\n')[0],
            ContentHtml = body,
        };
    }
}

/// <summary>Reads one post found by <see cref="PostFinder"/> (a run of sibling nodes) without touching the page.</summary>
internal static partial class PostReader
{
    private const string DateMarks = "[class*=date],[class*=posted],[class*=published],[class*=timestamp]";
    private const string TitleMarks = "[class*=title],[class*=headline]";
    private const string MetaMarks = "footer,[class*=meta],[class*=footer],[class*=info]";
    private const string BylineMarks = "[class*=byline],[class*=author],[class*=speaker],[class*=presenter]";

    /// <param name="year">The year of the section the post sits in, for dates printed without one.</param>
    /// <param name="site">The page's own address: links elsewhere lead off the site.</param>
    public static PostParts Read(IReadOnlyList<INode> nodes, IDocument page, int? year = null, Uri? site = null)
    {
        var post = page.CreateElement("div");
        foreach (var n in nodes) post.AppendChild(n.Clone(true));
        GluedFields.Part(post);

        PartialDate? date = null;
        IElement? datedMeta = null;
        if (post.QuerySelector("time") is { } time && LeadingDates.PartialDateOf(time) is { } t)
        {
            date = t;
            datedMeta = time.Closest(MetaMarks);
            if (time.Closest("h1,h2,h3,h4,h5,h6") is null) time.Remove();
        }
        // A mark is a field of the post, not the post: "[class*=date]" also finds an item the theme classes "update" ("<li class=update>"), whole.
        if (date is null && post.QuerySelectorAll(DateMarks).FirstOrDefault(m => TextKey.CollapseWhitespace(m.TextContent).Length <= 120) is { } marked
            && marked.QuerySelector("h1,h2,h3,h4,h5,h6") is null
            && (LooseDates.TryFind(marked.TextContent, out var md) || DateLeads.IsYearHeading(marked.TextContent.Trim(), out _) && LooseDates.TryParse(marked.TextContent.Trim(), out md)))
        {
            date = md;
            datedMeta = marked.Closest(MetaMarks);
            marked.Remove();
        }

        // Themes print the date in the post's own meta line or footer ("February 11, 2025 · 2 min · Mei Chen").
        if (date is null && post.QuerySelectorAll(MetaMarks).FirstOrDefault(m => m.TextContent.Trim().Length is > 0 and < 160
                && m.QuerySelector("h1,h2,h3,h4,h5,h6,p") is null) is { } meta && LooseDates.TryFind(meta.TextContent, out var metaDate))
        {
            date = metaDate;
            meta.Remove();
        }

        var authors = new List<string>();
        // "Posted on 30 April 2025 by Noor Haddad", in whatever element the theme chose.
        if (date is null && post.QuerySelectorAll("p,div,span,small,em,i,h2,h3,h4,h5,h6").FirstOrDefault(e =>
                e.TextContent.Trim().Length < 160 && PostedLine().IsMatch(e.TextContent) && e.QuerySelector("p,div,li,h1,h2,h3,h4,h5,h6") is null) is { } posted
            && LooseDates.TryFind(posted.TextContent, out var postedOn))
        {
            date = postedOn;
            if (PostedBy().Match(TextKey.CollapseWhitespace(posted.TextContent)) is { Success: true } by) authors.Add(by.Groups["name"].Value.Trim());
            posted.Remove();
        }

        // "📅 Time: 2025/11/12", "Date: 3 March 2025": a short line of its own that names itself the date.
        if (date is null && post.QuerySelectorAll("p,div,span,small,em,i,li,dd").FirstOrDefault(e => e.QuerySelector("p,div,li,h1,h2,h3,h4,h5,h6,br") is null
                && DateLabelled().Match(TextKey.CollapseWhitespace(e.TextContent)) is { Success: true } m
                && (LooseDates.TryParse(m.Groups["when"].Value, out _) || LooseDates.TryFind(m.Groups["when"].Value, out _))) is { } labelled)
        {
            var when = DateLabelled().Match(TextKey.CollapseWhitespace(labelled.TextContent)).Groups["when"].Value;
            date = LooseDates.TryParse(when, out var whole) ? whole : LooseDates.TryFind(when, out var found) ? found : null;
            labelled.Remove();
        }
        // "<div><span>Date:</span> 15 May 2025<br><span>Time:</span> 11:00<br>...": the labelled date is the first line of a block of details.
        if (date is null && LabelledFirstLine(post) is ({ } line, var lineDate))
        {
            date = lineDate;
            foreach (var node in line) node.Parent?.RemoveChild(node);
        }

        // A schedule table's date column printing its dates with a clipped year ("21.09.22") is read down the column. (The cell
        // is emptied, not removed, so the row's cells still line up with its header.)
        if (date is null && ClippedDateColumn.Read(nodes, post) is ({ } dateCell, var cellDate))
        {
            date = cellDate;
            dateCell.TextContent = "";
        }

        var speakerLines = new List<IElement>();
        foreach (var byline in post.QuerySelectorAll(BylineMarks).ToList())
        {
            if (byline.QuerySelector("p,div,li") is not null) continue;
            // A schedule row's author cell lists the paper's authors with their affiliations: it is what the row says, not who wrote it.
            if (IsPaperAuthorCell(byline)) continue;
            // "Ana Ruiz | Nov 7, 2019": a talk list's speaker line carries the talk's date beside the name.
            if (date is null && BylineDates.TryRead(byline.TextContent, out var spoken, out var speaker))
            {
                date = spoken;
                if (speaker is not null) authors.Add(speaker);
                byline.Remove();
                continue;
            }
            if (BylineName(byline) is { Length: > 0 and < 120 } name) authors.Add(name);
            if (IsLabelledSpeakerLine(byline)) speakerLines.Add(byline);
            byline.Remove();
        }

        string? title = null;
        string? url = null;
        IElement? titleMark = null;
        // Headings that are only a date ("<h3 class=entry-time>4 March 2025</h3>") date the post; the next heading titles it.
        var headings = post.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Where(h => h.TextContent.Trim().Length > 0).ToList();
        // (A month heading under a year heading, "<h2>2025</h2><h3>May</h3>", is read in that year.)
        foreach (var dated in headings.TakeWhile(h => DateLeads.TryRead(TextKey.CollapseWhitespace(h.TextContent), out var d, loose: true, year) && d is { Rest.Length: 0, Label.Length: 0 }).ToList())
        {
            DateLeads.TryRead(TextKey.CollapseWhitespace(dated.TextContent), out var only, loose: true, year);
            date ??= only.Date;
            dated.Remove();
            headings.Remove(dated);
        }
        var titleColumn = HeaderedTitleCell(nodes, post) ?? TitleUnderDateHeading(headings);
        var markedTitle = headings.Count == 0 ? post.QuerySelector(TitleMarks) : null;
        var heading = titleColumn ?? headings.FirstOrDefault() ?? markedTitle ?? post.QuerySelector("details > summary") ?? LinkedBoldTitle(post) ?? LinkedLine(post);
        if (heading is not null && heading.TextContent.Trim().Length > 0 && (heading == titleColumn || LeadsPost(post, heading) || IsTitleCell(heading) || IsHeading(heading) && AfterBadges(post, heading)
            || heading == markedTitle && AfterShortLines(post, heading)
            // A featured talk sets its eyebrow label and speaker line above its one heading: the heading is still its title.
            || headings is [var sole] && heading == sole && AfterShortLines(post, heading)))
        {

            // "<h3>Paper at SC25 <small>2025-08-14</small></h3>": the date printed inside the heading dates the post.
            foreach (var part in heading.QuerySelectorAll("small,span,time,em,i").ToList())
                if (part.TextContent.Trim() is { Length: > 0 } partText && heading.TextContent.Trim() != partText
                    && (part.LocalName == "time" ? LeadingDates.PartialDateOf(part) : LooseDates.TryParse(partText, out var pd) ? pd : null) is { } inHeading)
                {
                    date ??= inHeading;
                    part.Remove();
                }
            // "<div class=talk-title>Paper: <q>Sparse networks</q></div>": the quoted words are the title, the label is not.
            var quoted = QuotedAfterLabel(heading);
            title = TextKey.CollapseWhitespace((quoted ?? heading).TextContent);
            // "<strong>Title: Sparse networks</strong>": the label is not the title.
            if (TitleLabel().Match(title) is { Success: true } label && title.Length - label.Length >= 3) title = title[label.Length..];
            // A bold title after its label links (if at all) from the bold words: the "[Video]" beside it is not the post's page.
            var linked = quoted is { LocalName: "strong" or "b" } ? quoted : heading;
            url = (linked.LocalName == "a" && linked.HasAttribute("href") ? linked : linked.QuerySelector("a[href]") ?? linked.Closest("a[href]"))?.GetAttribute("href");
            titleMark = heading;
            // A title column set between the row's other fields ("Date | Presenter | Topic | Affiliation") is read with them:
            // cut out of the row, the talk's text would be the speaker beside an affiliation.
            if (heading != titleColumn || !BetweenFilledCells(heading)) heading.Remove();
            // "[June 04, 2024] Thesis defense" over a body closing with "Jun 4, 2024": the post dates itself apart from its heading,
            // so the date in the heading is part of the title as printed.
            if (DateLeads.TryRead(title, out var inTitle, loose: true, year)
                && !(inTitle is { Label.Length: 0, Rest.Length: > 0 } && (date ?? TrailingDateLine(post)?.Date) == inTitle.Date))
            {
                date ??= inTitle.Date;
                // "Week 5 — 14 Nov 2024" names the session: the whole heading stays its title.
                if (inTitle.Label.Length == 0) title = inTitle.Rest.Length == 0 ? null : inTitle.Rest;
            }
            else if (date is null && LooseDates.TryFind(title, out var titled))
                date = titled;
        }
        // "June 02, 2025 • Dana Levi" on its own line under the title: the post's date and author.
        if (date is null && title is not null && MetaLineUnderTitle(post) is { } metaLine && BylineDates.TryRead(metaLine.TextContent, out var bylineDate, out var author))
        {
            date = bylineDate;
            if (author is not null) authors.Add(author);
            metaLine.Remove();
        }
        // "2025-10-21 · Publication": the date and the post's category on a short line of their own, the theme's meta line unnamed.
        if (date is null && title is not null && MetaLineUnderTitle(post) is { } tagLine && BylineDates.TryReadTagged(tagLine.TextContent, out var taggedDate))
        {
            date = taggedDate;
            tagLine.Remove();
        }
        if (date is null && LeadingDates.TryRead(post, out var lead, out var holder, loose: true, year))
        {
            date = lead.Date;
            LeadingDates.Remove(post, lead, holder);
        }
        // "<p>2024<br><em>Ana joins the lab</em></p>": a year alone on the post's first line, broken off from the text below it,
        // dates the post as a fuller date line would (a list's oldest item often keeps only its year).
        if (date is null && YearLine(post) is { } yearLine)
        {
            date = yearLine.Date;
            LeadingDates.Remove(post, yearLine, null);
        }
        // A press clipping dates itself in the byline block under its headline ("By Ana Ruiz<br>Staff Writer<br>Thursday, October 27, 2005",
        // "Published: November 8, 2005", "Aug 30, 2005 11:53 AM") or opens its story with a dateline ("October 28, 2005 — State officials ...").
        if (date is null && title is not null && ClippingDate(post) is (var clipped, var alone))
        {
            date = clipped;
            alone?.Remove();
        }

        // "<span>Ana Ruiz</span><span>Sparse networks</span>" beside the date: the speaker names the row's author and stays as its text.
        if (title is null && SpeakerTitleRows.Read(post) is ({ } speakerField, { } titleField))
        {
            title = TextKey.CollapseWhitespace(titleField.TextContent);
            authors.Add(TextKey.CollapseWhitespace(speakerField.TextContent));
            titleField.Remove();
        }

        // Seminar listings name their fields: "<b>Title:</b> <i>Sparse deep networks</i><br><b>Abstract:</b> ...".
        // (Unless a bold headline line opens the item: then "Title: ..." below it names the work the news is about, in its text.)
        if (title is null && !OpensWithHeadline(post) && LabelledTitle(post) is { } labelledTitle) title = labelledTitle;

        // A bold lead-in ("<strong>Paper accepted!</strong> Our paper on ...") is the item's title; it stays in the text as printed.
        if (title is null && BoldLead(post) is { } bold)
        {
            title = bold;
            // "<strong>Title</strong> – <em>March 28, 2025</em><br>text": the title line dates the item and is not its text.
            if (DatedTitleLine(post, date) is { } titled)
            {
                date = titled.Date;
                foreach (var node in titled.Line) node.Parent?.RemoveChild(node);
            }
        }

        if (title is null && LinkedColonLead(post) is { } linkedTitle) title = linkedTitle;

        // Cards that print their date last, on a line of its own ("<p><span>29</span> <span>September</span> <span>2024</span></p>").
        if (date is null && TrailingDateLine(post) is ({ } closingLine, var closingDate))
        {
            date = closingDate;
            closingLine.Remove();
        }
        // A line of its own that is a date and nothing else, anywhere in the card ("<p><i>25.09.2025</i></p>" between the series line and the speaker).
        if (date is null && LoneDateLine(post) is ({ } loneLine, var loneDate))
        {
            date = loneDate;
            loneLine.Remove();
        }
        // Items that close with their date ("... in Genome Biology. (May 2025)") are dated by it; the text stays as printed.
        if (date is null && DateLeads.TryReadTrailing(post.TextContent, out var closing))
            date = closing;
        if (date is null && BracketDatedLabel(post) is { } bracketDate)
            date = bracketDate;
        // An item under a year heading that spells a full date of that year in its text ("..., Main Hall, 2nd of March, 2023. (slides)") is dated by it.
        if (date is null && year is { } section && LooseDates.TryFind(post.TextContent, out var inText) && inText.Day is not null && inText.Year == section)
            date = inText;


        // The footer the date came from holds the rest of the theme's chrome ("Posted in News", "Leave a comment", an "updated" time).
        if (datedMeta is not null && post.Contains(datedMeta) && datedMeta != post && IsChromeFooter(datedMeta)) datedMeta.Remove();
        foreach (var chrome in post.QuerySelectorAll("a").ToList())
            if (CommentsLink().IsMatch(TextKey.CollapseWhitespace(chrome.TextContent)) || (chrome.GetAttribute("rel") ?? "").Split(' ').Any(r => r is "category" or "tag"))
                (chrome.Closest("[class*=comment],[class*=cat-links],[class*=tags-links]") is { } wrapper && post.Contains(wrapper) ? wrapper : chrome).Remove();

        // A meta line emptied of its date and byline leaves only its glue words ("Posted  by").
        foreach (var el in post.QuerySelectorAll("p,div,span,small").ToList())
            if (el.QuerySelector("img") is null && MetaGlue().IsMatch(el.TextContent))
                el.Remove();
        // A link going nowhere styled as a button ("abstract", "show more") is a script's toggle, not text.
        foreach (var toggle in post.QuerySelectorAll("a:not([href])").ToList())
            if (ButtonClass().IsMatch(toggle.GetAttribute("class") ?? "") && TextKey.CollapseWhitespace(toggle.TextContent).Length <= 30)
                toggle.Remove();
        // "Read more" links point at the post's own page: its URL, not its content. "Read the article" leading off the site
        // points at the work the item reports (a journal's article, a paper's story): the author's closing line, which stays.
        foreach (var more in post.QuerySelectorAll("a").ToList())
            if (ReadMore().IsMatch(more.TextContent) || IsClosingSelfLink(post, more, url))
            {
                url ??= more.GetAttribute("href");
                if (!(ReportedWork().IsMatch(more.TextContent) && LeadsOffSite(more, site))) more.Remove();
            }
        PruneEmpty(post);
        // An item whose only text is its title (a one-line announcement, a list of linked post titles) keeps that text as its body.
        // A talk card that is only its title, date and "Presenter: Ana Ruiz (PhD student)" keeps the speaker line too: it is what the card announces.
        if (post.TextContent.Trim().Length == 0 && titleMark is not null) post.AppendChild(titleMark);
        if (speakerLines.Count > 0 && TextKey.CollapseWhitespace(post.TextContent).Trim() is var left && (left.Length == 0 || left == title || title is null && left.Length <= 200))
            foreach (var speaker in speakerLines) post.AppendChild(speaker);
        // Table cells are read as one line; keep their words apart.
        foreach (var cell in post.QuerySelectorAll("td,th")) cell.AppendChild(page.CreateTextNode(" "));
        return new PostParts(title, url, date, authors, post.InnerHtml);
    }

    /// <summary>
    /// The date among the first lines of a titled post's first few blocks: a line that is a date (after a "Published:" label,
    /// a weekday, before a time of day), or the dateline opening a paragraph before a dash. The text stays as printed.
    /// </summary>
    private static (PartialDate Date, IElement? Alone)? ClippingDate(IElement post)
    {
        var blocks = post.QuerySelectorAll("p,div,td").Where(b => b.TextContent.Trim().Length > 0 && b.QuerySelector("p,div,td,table,li") is null).Take(4);
        foreach (var block in blocks)
        {
            // Lines as shown: a <br> inside the block's bold or italics ends a line too.
            var lines = new List<string> { "" };
            foreach (var node in block.Descendants())
                if (node is IElement { LocalName: "br" }) lines.Add("");
                else if (node is IText text) lines[^1] += text.Data;
            lines = lines.Select(TextKey.CollapseWhitespace).Where(l => l.Length > 0).ToList();
            foreach (var line in lines.Take(5))
            {
                var dateOnly = TrailingTime().Replace(line, "");
                if (dateOnly.Length <= 60 && DateLeads.TryRead(dateOnly, out var alone) && alone.Rest.Length == 0)
                    return (alone.Date, lines.Count == 1 ? block : null);
                if (DateLeads.TryRead(line, out var lead) && lead.Matched.TrimEnd() is var m && (m.EndsWith('—') || m.EndsWith('–'))) return (lead.Date, null);
            }
        }
        return null;
    }

    /// <summary>"11:53 AM", "9.30 pm", "14:00 CET": the time a clipping's dateline adds after its date.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TrailingTime();

    /// <summary>An absolute web link to another host than the page's (any, when the page's own address is not on the web).</summary>
    private static bool LeadsOffSite(IElement link, Uri? site) =>
        Uri.TryCreate(link.GetAttribute("href"), UriKind.Absolute, out var to) && to.Scheme is "http" or "https"
        && (site is not { Scheme: "http" or "https" } || !string.Equals(Bare(to.Host), Bare(site.Host), StringComparison.OrdinalIgnoreCase));

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>A link's label naming a published piece ("Read the article...", "See the full story").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s\[(]*(?:read|see|view|open)\s+(?:the\s+)?(?:full\s+)?(?:article|story)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReportedWork();

    /// <summary>A short link closing the post that points where its title does ("Read update", "Weiterlesen"): the post's URL again, whatever its wording.
    /// Short in characters too: a sentence in a script without spaces is one "word".</summary>
    private static bool IsClosingSelfLink(IElement post, IElement link, string? url) =>
        url is not null && link.GetAttribute("href") == url
        && TextKey.CollapseWhitespace(link.TextContent) is { Length: > 0 and <= 30 } text && text.Split(' ').Length <= 3
        && post.Descendants<IText>().LastOrDefault(t => t.Data.Trim().Length > 0) is { } last && link.Contains(last);

    /// <summary>A footer of links and short labels, without paragraphs, lists or pictures of its own.</summary>
    private static bool IsChromeFooter(IElement meta) =>
        meta.QuerySelector("p,li,h1,h2,h3,h4,h5,h6,img,blockquote,table,pre") is null && TextKey.CollapseWhitespace(meta.TextContent).Length < 240;

    /// <summary>A blog theme's comment counter: "Leave a comment", "2 Comments", "No comments yet", "Comments off".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:leave\s+(?:a\s+)?(?:comment|reply)|(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies)(?:\s+yet)?|comments?\s+(?:off|closed|are closed)|add\s+(?:a\s+)?comment|comment)(?:\s+on\s+.*)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CommentsLink();

    /// <summary>The block holding the post's last text when that text is a date and nothing else.</summary>
    private static (IElement Line, PartialDate Date)? TrailingDateLine(IElement post)
    {
        // (A "Read more" link after the date is the post's URL, taken later.)
        var last = post.Descendants<IText>().LastOrDefault(t => t.Data.Trim().Length > 0 && !(t.ParentElement?.Closest("a") is { } a && ReadMore().IsMatch(a.TextContent)));
        var line = last?.ParentElement?.Closest("p,div,li,small,time,span");
        // The line ends at the nearest block: a date set in spans gathers in the block around them.
        if (line is not null && !LeadingDates.IsBlock(line) && line.ParentElement?.Closest("p,div,li") is { } block && post.Contains(block) && block != post
            && TextKey.CollapseWhitespace(block.TextContent).Length <= 40) line = block;
        if (line is null || line == post || !post.Contains(line) || line.QuerySelector("p,div,li,br,img,a") is not null) return null;
        var text = TextKey.CollapseWhitespace(line.TextContent);
        return text.Length <= 40 && DateLeads.TryRead(text, out var d, loose: true) && d is { Rest.Length: 0, Label.Length: 0 } ? (line, d.Date) : null;
    }

    /// <summary>The element holding the first text of the post when it is a short line of its own.</summary>
    private static IElement? MetaLineUnderTitle(IElement post)
    {
        var first = post.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0);
        var holder = first?.ParentElement?.Closest("p,div,span,small,em,i,time,h4,h5,h6");
        return holder is not null && post.Contains(holder) && holder != post
            && holder.QuerySelector("p,div,li,br,img") is null && TextKey.CollapseWhitespace(holder.TextContent).Length < 120 ? holder : null;
    }

    /// <summary>The bold title, a dash and a date standing alone in its own element, up to the line break: that line's nodes and date.</summary>
    /// <param name="known">The date already taken from the line (a &lt;time&gt;, removed), which leaves only the dash before the break.</param>
    private static (PartialDate Date, List<INode> Line)? DatedTitleLine(IElement post, PartialDate? known)
    {
        var first = post.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0);
        if (first?.ParentElement?.Closest("strong,b") is not { } bold) return null;
        var line = new List<INode> { bold };
        for (var node = bold.NextSibling; node is not null; node = node.NextSibling)
        {
            line.Add(node);
            if (node is IText glue && Glue().IsMatch(glue.Data) || node is IText blank && blank.Data.Trim().Length == 0) continue;
            // "<strong>Title</strong><br><em>May 3, 2024</em><br>": the date on a line of its own right under the title.
            if (node is IElement { LocalName: "br" } && known is null && !line.OfType<IText>().Any(t => t.Data.Trim().Length > 0) && !line.Skip(1).Any(n => n is IElement { LocalName: "br" } b && b != node)) continue;
            if (node is IElement { LocalName: "br" } && known is { } taken && line.OfType<IText>().Any(t => t.Data.Trim().Length > 0)) return (taken, line);
            if (node is IElement e && e.LocalName is "em" or "i" or "span" or "time" or "small"
                && (e.LocalName == "time" ? LeadingDates.PartialDateOf(e) : LooseDates.TryParse(e.TextContent, out var d) ? d : null) is { } date)
            {
                if (e.NextSibling is IText gap && gap.Data.Trim().Length == 0 && gap.NextSibling is IElement { LocalName: "br" } br1) line.AddRange([gap, br1]);
                else if (e.NextSibling is IElement { LocalName: "br" } br) line.Add(br);
                return (date, line);
            }
            return null;
        }
        return null;
    }

    /// <summary>The text after a "Title:" label up to the end of its line; the label and the line leave the body.</summary>
    private static string? LabelledTitle(IElement post)
    {
        foreach (var text in post.Descendants<IText>().ToList())
        {
            var m = TitleLabel().Match(text.Data);
            if (!m.Success) continue;
            // The label in an element of its own ("<b>Title:</b>") or opening a run of text ("Title: Sparse networks<br>").
            var labelOnly = m.Length == text.Data.Length;
            INode start = text;
            if (labelOnly)
                for (var p = text.ParentElement; p is not null && p != post && !LeadingDates.IsBlock(p) && p.TextContent.Trim() == text.Data.Trim(); p = p.ParentElement)
                    start = p;
            var line = new List<INode>();
            for (var node = labelOnly ? start.NextSibling : start; node is not null; node = node.NextSibling)
            {
                if (node is IElement e && (e.LocalName == "br" || LeadingDates.IsBlock(e))) break;
                line.Add(node);
            }
            // A title set apart in its own element ("<i>Sparse networks</i> [Slides]") ends there; links after it stay in the body.
            if (line.FindIndex(n => n is IElement || n.TextContent.Trim().Length > 0) is var first and >= 0 && line[first] is IElement { LocalName: "i" or "em" or "b" or "strong" or "cite" or "q" or "span" } set
                && set.TextContent.Trim().Length >= 3)
                line = line.Take(first + 1).ToList();
            var words = TextKey.CollapseWhitespace(string.Concat(line.Select(n => n == text ? text.Data[m.Length..] : n.TextContent))).Trim();
            if (words.Length is < 3 or > 300) return null;
            if (labelOnly) start.Parent?.RemoveChild(start);
            foreach (var node in line) node.Parent?.RemoveChild(node);
            return words;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:talk\s+|paper\s+)?(?:title|titre|t[íi]tulo|titel)\s*[:：]\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TitleLabel();

    /// <summary>A bold sentence on a line of its own opening the item ("&lt;strong&gt;Lab received a grant.&lt;/strong&gt;&lt;br&gt;"): a headline, not a speaker's name.</summary>
    private static bool OpensWithHeadline(IElement post)
    {
        var first = post.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0);
        if (first?.ParentElement?.Closest("strong,b") is not { } bold || !post.Contains(bold) || !EndsLine(bold)) return false;
        var text = TextKey.CollapseWhitespace(bold.TextContent);
        return text.Split(' ').Length >= 6 && !TitleLabel().IsMatch(text) && !DateLeads.TryRead(text, out _, loose: true);
    }

    private static string? BoldLead(IElement post)
    {
        var first = post.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0);
        if (first?.ParentElement?.Closest("strong,b") is not { } bold || !post.Contains(bold)) return null;
        var text = TextKey.CollapseWhitespace(bold.TextContent).TrimEnd(':', '.', ' ', '–', '—', '-');
        var all = TextKey.CollapseWhitespace(post.TextContent);
        // A bold line of its own is a headline however long it runs; a bold run-in ends sooner.
        return text.Length >= 3 && text.Length <= (EndsLine(bold) ? 250 : 120) && all.Length >= text.Length + 20 && !DateLeads.TryRead(text, out _, loose: true) ? text : null;
    }

    /// <summary>A bold link opening the post ("&lt;strong&gt;&lt;a href&gt;Workshop on fair ranking&lt;/a&gt;&lt;/strong&gt;&lt;br&gt;"): its title.</summary>
    /// <remarks>The link may hold the bold instead ("&lt;a href&gt;&lt;b&gt;Title&lt;/b&gt;&lt;/a&gt;"): then the link is the title.</remarks>
    private static IElement? LinkedBoldTitle(IElement post)
    {
        if (post.QuerySelector("strong,b") is not { } bold || bold.TextContent.Trim() is not { Length: > 0 and < 150 } text) return null;
        if (bold.QuerySelector("a") is { } link && link.TextContent.Trim() == text) return bold;
        // A bold link inside a sentence ("<a><b>LiVo</b></a> accepted at ...") names a thing, not the post: the title is a line of its own.
        return bold.Closest("a[href]") is { } around && post.Contains(around) && around.TextContent.Trim() == text && EndsLine(around) ? around : null;
    }

    /// <summary>
    /// A paragraph opening the post that is one link and nothing else ("&lt;p&gt;&lt;a href&gt;Award for Dr. Lee&lt;/a&gt;&lt;/p&gt;&lt;p&gt;text&lt;/p&gt;"):
    /// the card's linked heading set as a paragraph. Text must follow it.
    /// </summary>
    private static IElement? LinkedLine(IElement post)
    {
        var first = post.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0);
        if (first?.ParentElement?.Closest("a[href]") is not { } link || link.ParentElement?.Closest("p,div") is not { } line || !post.Contains(line) || line == post) return null;
        var text = TextKey.CollapseWhitespace(line.TextContent);
        var alone = TextKey.CollapseWhitespace(link.TextContent) == text && line.QuerySelector("p,div,li,br,img") is null;
        // "<div class=excerpt-text><a>Title</a><div class=post-info>…</div><p>…</p></div>": the link set straight above a block
        // is a line of its own as much as a paragraph holding only it is.
        if (!alone && OpensLineAboveBlock(link, line)) text = TextKey.CollapseWhitespace(link.TextContent);
        else if (!alone) return null;
        if (text.Length is < 3 or > 200) return null;
        return TextKey.CollapseWhitespace(post.TextContent).Length >= text.Length + 20 ? link : null;
    }

    private static bool OpensLineAboveBlock(IElement link, IElement line)
    {
        if (link.ParentElement != line || link.QuerySelector("p,div,li,br,img") is not null) return false;
        for (var before = link.PreviousSibling; before is not null; before = before.PreviousSibling)
            if (before is IText { Data: var gap } ? gap.Trim().Length > 0 : before is IElement e && e.TextContent.Trim().Length > 0) return false;
        var next = link.NextSibling;
        while (next is IText { Data: var space } && space.Trim().Length == 0) next = next.NextSibling;
        return next is IElement { LocalName: "div" or "p" or "ul" or "ol" or "dl" or "table" or "section" or "blockquote" };
    }

    /// <summary>The one block in the post whose whole text is a single date: the element and its date.</summary>
    private static (IElement Line, PartialDate Date)? LoneDateLine(IElement post)
    {
        // Blocks only: a date inside a sentence's line ("... in Genome Biology. <em>(May 2025)</em>") stays in the text.
        var lines = post.QuerySelectorAll("p,div,li,dd")
            .Where(e => e.QuerySelector("p,div,li,br,img,a") is null && TextKey.CollapseWhitespace(e.TextContent) is { Length: > 0 and <= 40 } t
                && DateLeads.TryRead(t, out var d) && d is { Rest.Length: 0, Label.Length: 0 })
            .ToList();
        // The outermost of the nested holders of one line ("<div><p>date</p></div>"); two different dates are not one post's date.
        var outer = lines.Where(e => !lines.Any(o => o != e && o.Contains(e))).ToList();
        if (outer is not [var only]) return null;
        DateLeads.TryRead(TextKey.CollapseWhitespace(only.TextContent), out var lead);
        return (only, lead.Date);
    }

    private static bool EndsLine(INode node)
    {
        var next = node.NextSibling;
        while (next is IText { Data: var gap } && gap.Trim().Length == 0) next = next.NextSibling;
        return next is null or IElement { LocalName: "br" };
    }

    /// <summary>The name in a byline: its linked name ("Written by &lt;a&gt;María Quispe&lt;/a&gt; | Posted in ..."), else its text without the glue.</summary>
    private static string BylineName(IElement byline)
    {
        if (byline.QuerySelector("a") is { } link && TextKey.CollapseWhitespace(link.TextContent) is { Length: > 0 } linked) return linked;
        // "Presenter: Ana Ruiz (PhD student, Univ. X)": the bracketed role is not part of the name.
        var text = TrailingBrackets().Replace(BylineLabel().Replace(TextKey.CollapseWhitespace(byline.TextContent), ""), "");
        var name = PostedBy().Match(text) is { Success: true } by ? by.Groups["name"].Value.Trim()
            : BylineEnd().Replace(text, "").Trim();
        return WithoutAffiliation(name);
    }

    /// <summary>
    /// "Chidi Okafor, PhD student" and "林晓雯，硕士生" name the person, then their role: the name is what comes before the comma.
    /// A single word before it ("Okafor, Chidi") is a surname first, and two capitalised names after it are a second person: both stay whole.
    /// </summary>
    private static string WithoutAffiliation(string name)
    {
        var comma = name.IndexOfAny([',', '，', '、']);
        if (comma <= 0) return name;
        var before = name[..comma].Trim();
        var rest = name[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        static bool Cjk(string s) => s.Any(c => c >= '\u3400' && c <= '\u9FFF');
        var named = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 || Cjk(before);
        // "Mei Chen, Dana Levi" is two people; a role is one word, or has lower-case words ("PhD student").
        var role = rest.Length == 1 || rest.Any(w => char.IsLower(w[0])) || rest.Any(Cjk);
        return named && role ? before : name;
    }

    /// <summary>The label a byline opens with: "Speaker:", "Presented by", "Authors:".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:speakers?|presenters?|presented\s+by|hosts?|authors?|written\s+by)\s*[:：]?\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BylineLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[\s_-])(?:btn|button|toggle)(?:$|[\s_-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ButtonClass();

    /// <summary>The nodes of a block's first line, up to and with its &lt;br&gt;, when that line is a labelled date ("Date: 15 May 2025").</summary>
    private static (List<INode> Line, PartialDate Date)? LabelledFirstLine(IElement post)
    {
        foreach (var block in post.QuerySelectorAll("p,div,li,dd"))
        {
            if (block.QuerySelector("p,div,li,h1,h2,h3,h4,h5,h6,table") is not null || block.Children.FirstOrDefault(c => c.LocalName == "br") is not { } br) continue;
            var line = block.ChildNodes.TakeWhile(n => n != br).Append(br).ToList();
            var m = DateLabelled().Match(TextKey.CollapseWhitespace(string.Concat(line.Where(n => n is not IComment).Select(n => n.TextContent))));
            if (!m.Success) continue;
            var when = m.Groups["when"].Value;
            if (LooseDates.TryParse(when, out var whole)) return (line, whole);
            if (LooseDates.TryFind(when, out var found)) return (line, found);
        }
        return null;
    }

    /// <summary>"Date: ...", "📅 Time: ...", "When: ...", "Data: ...", "Fecha: ...": a label (after any pictogram) and the date it introduces.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\p{L}\p{N}]*(?:date|time|when|data|datum|fecha)\s*[:：]\s*(?<when>.{4,60})$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DateLabelled();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:posted|published|written|updated)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PostedLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\s)by\s+(?<name>[^|·•,;]+?)\s*(?:$|[|·•,;]|\s(?:in|on|at)\s)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PostedBy();

    /// <summary>What follows a name in a byline: "| Posted in ...", "· 3 comments".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[|·•].*$")]
    private static partial System.Text.RegularExpressions.Regex BylineEnd();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s|·•,:—–/-]+$")]
    private static partial System.Text.RegularExpressions.Regex Glue();

    private static bool IsHeading(IElement e) => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The wording themes give a link to the post's own page: "Read more", "Read update", "Full story", "Learn more", "Details »".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s\[(]*(?:(?:read|see|view|open)\s+(?:the\s+)?(?:full\s+)?(?:more|rest|post|story|article|update|announcement|entry|details|news|item)|continue(?:\s+reading)?|keep\s+reading|weiterlesen|mehr|lire\s+la\s+suite|leer\s+m[aá]s|czytaj\s+dalej|lees\s+meer|l[äa]s\s+mer|les\s+mer|more|read\s+on|full\s+(?:post|story|article|update|text|details)|(?:learn|find\s+out|read)\s+more|(?:more\s+)?details|more\s+(?:info|information)|permalink)\s*(?:[.…»›→>]+)?(?:\s*[“""«‘„][^“”""«»]{1,200}[”""»’“])?[\s\])]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReadMore();

    /// <summary>In a row of cells each column is a field: the line a cell marks as the title is the row's title wherever the column sits.</summary>
    private static bool IsTitleCell(IElement heading) =>
        !IsHeading(heading) && heading.Closest("td,th") is not null && heading.Closest("tr") is not null
        && (heading.GetAttribute("class") ?? "").Contains("title", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A table row under a header that names its title column ("Date | Speaker | Affiliation | Title"): the row's cell in that column,
    /// wherever the column sits. (The copy's cell, found by the original row's position.)
    /// </summary>
    private static IElement? HeaderedTitleCell(IReadOnlyList<INode> nodes, IElement post)
    {
        if (nodes.OfType<IElement>().ToList() is not [{ LocalName: "tr" } row] || row.Closest("table") is not { } table) return null;
        var header = table.QuerySelector("thead tr") ?? table.QuerySelectorAll("tr").FirstOrDefault(r => r.Children.Any() && r.Children.All(c => c.LocalName == "th"));
        if (header is null || header == row || row.Closest("thead") is not null) return null;
        static List<IElement> Cells(IElement tr) => tr.Children.Where(c => c.LocalName is "td" or "th").ToList();
        var columns = Cells(header);
        var index = columns.FindIndex(c => TitleColumn().IsMatch(TextKey.CollapseWhitespace(c.TextContent)));
        // Spanning cells shift the columns: only a row laid out like its header is read by it.
        if (index < 0 || columns.Concat(Cells(row)).Any(c => c.HasAttribute("colspan"))) return null;
        return post.QuerySelector("tr") is { } copy && Cells(copy) is var cells && cells.Count == columns.Count
            && cells[index].TextContent.Trim().Length > 0
            // A cell of several lines (the title over the paper's authors) is read line by line as before.
            && cells[index].QuerySelector("p,div,br,li,h1,h2,h3,h4,h5,h6") is null ? cells[index] : null;
    }

    private static DateLead? YearLine(IElement post)
    {
        var line = LeadingDates.FirstLine(post);
        if (!DateLeads.IsYearHeading(line, out var year) || post.QuerySelector("br") is not { } br) return null;
        // The line ends at that break, and text follows it.
        var before = post.Descendants<IText>().TakeWhile(t => (t.CompareDocumentPosition(br) & DocumentPositions.Following) != 0);
        var after = TextKey.CollapseWhitespace(post.TextContent).Length - line.Length;
        return TextKey.CollapseWhitespace(string.Concat(before.Select(t => t.Data))) == line && after >= 10
            ? new DateLead(PartialDate.OfYear(year), line, "") : null;
    }

    private static bool BetweenFilledCells(IElement cell)
    {
        var cells = cell.ParentElement?.Children.Where(c => c.LocalName is "td" or "th").ToList() ?? [];
        var at = cells.IndexOf(cell);
        return at >= 0 && cells.Take(at).Any(HasText) && cells.Skip(at + 1).Any(HasText);
        static bool HasText(IElement c) => c.TextContent.Trim().Length > 0;
    }

    /// <summary>The header of a table's title column: "Title", "Talk title", "Topic", "Titre", "Título", "Thema".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:talk|paper|seminar|presentation|lecture)\s+)?(?:title|topic|subject|titre|t[íi]tulo|titel|thema|tema|titolo)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TitleColumn();

    /// <summary>An author line in a table cell naming several people ("A and B, ETH Zurich; C, NUS").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial System.Text.RegularExpressions.Regex TrailingBrackets();

    private static bool IsLabelledSpeakerLine(IElement byline) =>
        SpeakerLabel().IsMatch(TextKey.CollapseWhitespace(byline.TextContent));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:speakers?|presenters?|presented\s+by)\s*[:：]", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SpeakerLabel();

    private static bool IsPaperAuthorCell(IElement byline) =>
        byline.Closest("td") is not null && TextKey.CollapseWhitespace(byline.TextContent) is var text
        && (text.Contains(';') || text.Count(c => c == ',') >= 3);

    /// <summary>
    /// Seminar schedules head each talk with its date and speaker ("&lt;h2&gt;June 13 - Ana Ruiz&lt;/h2&gt;") and put the talk's
    /// title in the deeper heading right below: that heading is the title; the date line stays to date the post.
    /// </summary>
    private static IElement? TitleUnderDateHeading(List<IElement> headings)
    {
        if (headings is not [var first, ..]) return null;
        // "<h3>🟡 March 25: Ana Ruiz</h3><p><strong>Talk title</strong></p>": a paragraph all in bold stands in for the deeper heading.
        var second = headings.Count > 1 && first.NextElementSibling == headings[1] && headings[1].LocalName[1] > first.LocalName[1] ? headings[1]
            : first.NextElementSibling is { LocalName: "p" } line && line.Children is [{ LocalName: "strong" or "b" } bold]
              && TextKey.CollapseWhitespace(bold.TextContent) == TextKey.CollapseWhitespace(line.TextContent) ? bold : null;
        if (second is null) return null;
        var over = Pictograms().Replace(TextKey.CollapseWhitespace(first.TextContent), "");
        var under = TextKey.CollapseWhitespace(second.TextContent);
        return DateLeads.OpensWithDate(over) && !DateLeads.OpensWithDate(under) && under.Length is >= 3 and <= 300 ? second : null;
    }

    /// <summary>The marks a schedule sets before a date line (a coloured dot, a calendar): anything up to the first letter or digit.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex Pictograms();

    /// <summary>
    /// An item that opens with a link followed by a colon ("&lt;a href&gt;Talk at the flood workshop&lt;/a&gt;: &lt;em&gt;slides online&lt;/em&gt;"):
    /// the linked words are its title; the line stays as printed.
    /// </summary>
    private static string? LinkedColonLead(IElement post)
    {
        var first = post.Descendants<IText>().FirstOrDefault(t => t.Data.Trim().Length > 0 && !Glue().IsMatch(t.Data));
        // (A relative link the page gives no base for has lost its href by now: the link still marks the title.)
        if (first?.ParentElement?.Closest("a") is not { } link || !post.Contains(link)) return null;
        var after = link.NextSibling;
        if (after is not IText { Data: var glue } || !glue.TrimStart().StartsWith(':')) return null;
        var text = TextKey.CollapseWhitespace(link.TextContent);
        var all = TextKey.CollapseWhitespace(post.TextContent);
        return text.Length is >= 3 and <= 200 && all.Length >= text.Length + 10 ? text : null;
    }

    /// <summary>
    /// A line the theme marks as the title may follow a card's short lines (its kind, the speaker's affiliation):
    /// every text before it is a short line of its own.
    /// </summary>
    private static bool AfterShortLines(IElement post, IElement title)
    {
        if (title.QuerySelector("p,div,li,br,table") is not null || TextKey.CollapseWhitespace(title.TextContent).Length > 300) return false;
        var before = 0;
        foreach (var text in post.Descendants<IText>())
        {
            if (title.Contains(text)) return true;
            var s = text.Data.Trim();
            if (s.Length == 0) continue;
            if (s.Length > 80 || ++before > 4) return false;
        }
        return false;
    }

    /// <summary>The &lt;q&gt; (or &lt;cite&gt;) of a title line that prints only a short label ending in a colon before it.</summary>
    private static IElement? QuotedAfterLabel(IElement heading)
    {
        // "Seminar Title: <strong>Hash functions</strong> [Video]": a bold title after its label, the links after it aside.
        if ((heading.QuerySelectorAll("q,cite").ToList() is [var q] ? q : heading.QuerySelectorAll("strong,b").ToList() is [var b] ? b : null) is not { } quoted
            || quoted.TextContent.Trim().Length < 3) return null;
        var whole = TextKey.CollapseWhitespace(heading.TextContent);
        var inner = TextKey.CollapseWhitespace(quoted.TextContent);
        var at = whole.IndexOf(inner, StringComparison.Ordinal);
        if (at < 0 || LinkLabels().Replace(whole[(at + inner.Length)..], "").Trim('"', '“', '”', ' ', '.').Length > 0) return null;
        var label = whole[..at].Trim('"', '“', '”', ' ');
        return label.Length == 0 || label.EndsWith(':') && label.Length <= 40 ? quoted : null;
    }

    /// <summary>Bracketed link labels printed after a title: "[Video] [Slides]".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\[[^\[\]]{1,20}\]")]
    private static partial System.Text.RegularExpressions.Regex LinkLabels();

    /// <summary>A heading is the post's title when no other text comes before it (a date or picture may).</summary>
    private static bool LeadsPost(IElement post, IElement heading)
    {
        foreach (var text in post.Descendants<IText>())
        {
            if (heading.Contains(text)) return true;
            var s = text.Data.Trim();
            if (s.Length > 0 && !DateLeads.TryRead(s, out _) && !Glue().IsMatch(s)) return false;
        }
        return true;
    }

    /// <summary>
    /// Cards print a category badge above their headline ("&lt;span class=category&gt;Research&lt;/span&gt; &lt;time&gt;…&lt;/time&gt; &lt;h3&gt;Headline&lt;/h3&gt;"):
    /// a heading is still the title when all that comes before it is one or two short labels, each an element of its own
    /// holding a word or two and no sentence.
    /// </summary>
    private static bool AfterBadges(IElement post, IElement heading)
    {
        var labels = 0;
        foreach (var text in post.Descendants<IText>())
        {
            if (heading.Contains(text)) return labels > 0;
            var s = TextKey.CollapseWhitespace(text.Data);
            if (s.Length == 0 || DateLeads.TryRead(s, out _) || Glue().IsMatch(s)) continue;
            if (++labels > 2 || s.Length > 24 || s.Split(' ').Length > 3 || s[^1] is '.' or '。' or '!' or '?' or ':' or '：'
                || text.ParentElement is not { } holder || holder == post || holder.LocalName is "p" or "li" or "td" or "dd"
                || TextKey.CollapseWhitespace(holder.TextContent) != s) return false;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s|posted|published|updated|written|by|on|in|at|[|·•,:—–-])*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetaGlue();

    /// <summary>Wrappers left empty by removals (and template junk) go; pictures stay.</summary>
    public static void PruneEmpty(IElement root)
    {
        foreach (var el in root.Descendants<IElement>().Reverse().ToList())
            if (el.LocalName is not ("img" or "br" or "hr" or "video" or "audio" or "source")
                && el.TextContent.Trim().Length == 0 && el.QuerySelector("img,video") is null)
                el.Remove();
    }
}
