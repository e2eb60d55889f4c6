using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>What one line of an extracted page is, for splitting it into posts.</summary>
internal enum LineKind
{
    Blank,
    Text,
    /// <summary>An "Image" placeholder where a picture was: never content, but it ends a post.</summary>
    Image,
    /// <summary>Navigation and chrome: dropped.</summary>
    Noise,
}

internal readonly record struct PageLine(int Number, string Text, LineKind Kind);

/// <summary>
/// Classifies the lines of a page extracted as text (w3m, copy-paste): blanks, picture placeholders,
/// navigation, and the site footer, which ends the page's content.
/// </summary>
internal static partial class PageLines
{
    public static List<PageLine> Read(string text) => Read(text, out _);

    /// <param name="footer">Whether the page's footer was found (and cut): the content's end is then known.</param>
    public static List<PageLine> Read(string text, out bool footer)
    {
        var raw = SideColumn.Strip(Dedent(text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')));
        var lines = new List<PageLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var line = CleanLine(raw[i]);
            var kind = Classify(line);
            // "…is out at Nature!" / "Read it here": a label pointing back, right under the text it points at, closes that text.
            if (kind == LineKind.Noise && i > 0 && lines[i - 1].Kind == LineKind.Text && LinkLabels.PointsBack(line)) kind = LineKind.Text;
            lines.Add(new PageLine(i + 1, line, kind));
        }
        lines = SubmenuEntries.Mark(lines);
        var end = FooterStart(lines);
        footer = end >= 0;
        return RunOnNews.Split(StackedDates.Merge(DateColumn.Merge(TableRows.Merge(TwoDigitYearDates.Rewrite(GluedDayYears.Rewrite(end < 0 ? lines : lines.Take(end).ToList()))))));
    }

    /// <summary>
    /// A centred container makes w3m indent every line of the page alike: the page's own columns (a news table's text
    /// cell, a nested list) start at its least indented line, so that common margin is taken off.
    /// </summary>
    private static string[] Dedent(string[] lines)
    {
        var margin = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return margin == 0 ? lines : lines.Select(l => l.Length >= margin && l.AsSpan(0, margin).IsWhiteSpace() ? l[margin..] : l.TrimStart(' ')).ToArray();
    }

    /// <summary>Template junk that extraction printed as text ("&lt;p&gt;", "&lt;/em&gt;&lt;/p&gt;") and trailing picture words.</summary>
    private static string CleanLine(string line)
    {
        var s = StrayTags().Replace(line, " ");
        // Markdown news lists: "## 2024", "- **18th Nov:** ..." read as their text.
        s = MarkdownMarks().Replace(s, "");
        s = MarkdownHeading().Replace(s, "");
        s = TrailingPicture().Replace(s, "$1");
        // w3m prints a picture without alt text as its file name in brackets ("... Details[2218_web]").
        s = TrailingFileName().Replace(s, "");
        // Blog themes print a card's meta as "Jan 10, 2019 · 3 min read": the reading time is chrome, the date stays
        // ("· less than 1 minute read" goes whole; alone on its line it is all chrome, see BlogChrome).
        s = TrailingReadingTime().Replace(s, "");
        return s.Trim().Length == 0 ? "" : s.TrimEnd();
    }

    /// <summary>A horizontal rule: w3m's bar of box characters where the page had &lt;hr&gt;.</summary>
    internal static bool IsRule(string line) => RuleLine().IsMatch(line.Trim());

    /// <summary>
    /// A paragraph's printed lines as one text: joined with a space, except where extraction broke the line between two
    /// CJK characters ("…博士後期" / "課程…"): those scripts put no space between words, so the break stands for none.
    /// </summary>
    internal static string JoinLines(IEnumerable<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            if (text.Length > 0 && !(Cjk(text[^1]) && Cjk(line[0]))) text.Append(' ');
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>Han, kana, CJK punctuation ("。", "、") and full-width forms ("（", "）").</summary>
    private static bool Cjk(char c) =>
        c is >= '\u3000' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uFF01' and <= '\uFF60';

    /// <summary>The column a line's text starts at: extracted pages show nesting and table columns by indentation.</summary>
    internal static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>
    /// A line closed by sentence or list punctuation ("… in May.", "Speakers:", "…, and"): running text, never a card's
    /// or an entry's title.
    /// </summary>
    internal static bool EndsLikeText(string line) => TextEnd().IsMatch(line);

    /// <summary>A line closed like a sentence or a lead-in ("… in May.", "Speakers:", "…, and"): never a title.</summary>
    internal static bool EndsUnlikeTitle(string line) => UntitledEnd().IsMatch(line);

    /// <summary>A line closed like a sentence: its punctuation, a colon or semicolon, or a closing bracket or quote.</summary>
    internal static bool EndsLikeSentence(string line) => SentenceEnd().IsMatch(line);

    private static LineKind Classify(string line)
    {
        var t = line.Trim();
        if (t.Length == 0) return LineKind.Blank;
        // A horizontal rule (w3m draws <hr> as a bar of box characters) is layout, not text.
        if (RuleLine().IsMatch(t)) return LineKind.Noise;
        if (ImageLine().IsMatch(t) || PictureRow().IsMatch(t)) return LineKind.Image;
        // A card's link on a line of its own ("Read the announcement", "Register here") is its button, not its text.
        // What prints nothing on the page: a form's checkbox ("[ ]", "[*]"), a list's bullet with its text on the lines
        // below, and TeX that only sets up the page's maths ("$\begingroup $", a MathJax macro) and renders as nothing.
        if (EmptyMark().IsMatch(t) || SilentTex().IsMatch(t)) return LineKind.Noise;
        if (NavigationLine().IsMatch(t) || LinkLabels.IsLabel(t) || SocialLine().IsMatch(t) || BlogChrome().IsMatch(t) || LinkBar().IsMatch(t) || ShortBullet().IsMatch(t) && (!DateLeadsLike().IsMatch(t) || ArchiveSpan(t)))
            return LineKind.Noise;
        return LineKind.Text;
    }

    /// <summary>The first line of the footer (copyright, "Powered by", ...), looked for only past the page's first third.</summary>
    private static int FooterStart(List<PageLine> lines)
    {
        var from = lines.Count / 3;
        // The site's name again on a line of its own opens a footer's brand block, as the page's first line printed it.
        var brand = SiteName(lines);
        var end = -1;
        // A "Back to top" link printed under every group of an archive (one per year) closes a group; only the last closes the page.
        var lastBackToTop = lines.FindLastIndex(l => l.Kind is LineKind.Text or LineKind.Noise && BackToTop().IsMatch(l.Text.Trim()));
        for (var i = from; i < lines.Count && end < 0; i++)
            if (lines[i].Kind is LineKind.Text or LineKind.Noise && !(i < lastBackToTop && BackToTop().IsMatch(lines[i].Text.Trim())) && (FooterLine().IsMatch(lines[i].Text.Trim()) || SidebarHeading().IsMatch(lines[i].Text.Trim())
                || i > 0 && lines[i - 1].Kind == LineKind.Blank && SiteInfoHeading().IsMatch(lines[i].Text.Trim()) && !DatedLineAfter(lines, i)
                || brand is not null && i > 0 && lines[i - 1].Kind == LineKind.Blank && string.Equals(lines[i].Text.Trim(), brand, StringComparison.OrdinalIgnoreCase)
                // A pager ("« Prev", "Next »") closes the list of posts: what follows it is the site's, not a post's.
                || PagerLine().IsMatch(lines[i].Text.Trim()))) end = i;
        // The lab's postal address after the last post closes the content as well.
        if (FooterAddress.Start(lines, from) is >= 0 and var address && (end < 0 || address < end)) end = address;
        // Weaker signs ("Organiser: ...", "Updated: ...") end the content only among its last lines, above the footer if any.
        var last = lines.Take(end < 0 ? lines.Count : end).Select((l, i) => (l, i)).Where(x => x.l.Kind == LineKind.Text).TakeLast(2).ToList();
        foreach (var (line, i) in last)
            if (i > from && ClosingLine().IsMatch(line.Text.Trim()) && i > 0 && lines[i - 1].Kind == LineKind.Blank) return i;
        return end;
    }

    /// <summary>
    /// Whether a dated line follows line <paramref name="i"/>: a homepage's "About us" or "Contact" section above its dated news
    /// opens no footer.
    /// </summary>
    private static bool DatedLineAfter(List<PageLine> lines, int i) =>
        lines.Skip(i + 1).Any(l => l.Kind == LineKind.Text && DateLeads.TryRead(l.Text, out _, loose: true));

    /// <summary>A post's "Read more" / "Continue reading" link with its arrow or ellipsis, alone or closing an excerpt.</summary>
    internal const string ReadMoreCloser = @"(?:continue reading|read more)(?:\s*(?:»|›|→|…|\.{3}))?";

    [GeneratedRegex(@"(?<=\S)(?<!\bless than)(?:\s*[·•|–—-])?\s+(?:less than\s+)?\d{1,3}\s*min(?:ute)?s?\s+read\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingReadingTime();

    [GeneratedRegex(@"^(?:[━─═_=~*-]\s?){3,}$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"[.!?:;,]\s*$")]
    private static partial Regex TextEnd();

    [GeneratedRegex(@"[.:;,]\s*$")]
    private static partial Regex UntitledEnd();

    [GeneratedRegex(@"[.!?:;)""”’]\s*$")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// The brand a navigation bar opens with ("Toggle navigation CinarogluLab logo CinarogluLab"): a name printed twice
    /// there, or the whole first line when it is a short name. Null when the page opens otherwise.
    /// </summary>
    private static string? SiteName(List<PageLine> lines)
    {
        var first = lines.FirstOrDefault(l => l.Kind != LineKind.Blank).Text?.Trim();
        if (first is null) return null;
        var bar = ToggleNavigation().Match(first);
        var name = bar.Success ? first[bar.Length..].Trim() : first;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "X logo X": the logo's alt text and the brand name.
        for (var n = 1; n <= 4 && 2 * n < words.Length + 2; n++)
        {
            var tail = string.Join(" ", words.TakeLast(n));
            if (name.Length > tail.Length && name[..^tail.Length].Contains(tail, StringComparison.OrdinalIgnoreCase) && BrandShape(tail)) return tail;
        }
        return bar.Success && words.Length is >= 1 and <= 4 && BrandShape(name) ? name : null;
    }

    private static bool BrandShape(string name) => name.Length >= 4 && !name.Any(char.IsDigit) && name.Any(char.IsUpper) && !NavigationWord().IsMatch(name);

    [GeneratedRegex(@"^toggle navigation\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ToggleNavigation();

    /// <summary>Words a menu or a posts heading uses, never a site's name on their own.</summary>
    [GeneratedRegex(@"^(?:home|news|blog|posts|menu|logo|research|team|people|publications|contact|about)$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationWord();

    [GeneratedRegex(@"^\s*(?:</?(?:p|em|strong|b|i|div|span|br)\s*/?>\s*)+|(?:\s*</?(?:p|em|strong|b|i|div|span|br)\s*/?>)+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StrayTags();

    [GeneratedRegex(@"\*\*|__(?=\S)|(?<=\S)__")]
    private static partial Regex MarkdownMarks();

    [GeneratedRegex(@"^\s*#{1,6}\s+")]
    private static partial Regex MarkdownHeading();

    /// <summary>A picture's placeholder or generic alt text after a sentence's end ("... this paper! news image").</summary>
    [GeneratedRegex(@"([.!?)])\s*(?:(?:news|post|featured|article)\s+image|(?<=[.!?)]\s)image|\[image\]|\[[a-z0-9_-]*logo\])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPicture();

    /// <summary>A picture placeholder: "Image", "[photo.jpg]", or w3m's "[group_photo_2023]" (a file name without alt text: it has a digit, "_" or "-").</summary>
    [GeneratedRegex(@"^(?:image|\[image\]|\[img\]|picture|photo|\[[\w .-]*\.(?:png|jpe?g|gif|svg|webp)\]|\[(?=[\w.-]{3,60}\])[\w.-]*[\d_-][\w.-]*\])$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageLine();

    /// <summary>A row of pictures printed as their file names ("20260212-talk1.jpg 20260212-talk2.jpg", "0312-visit1 0312-visit2").</summary>
    [GeneratedRegex(@"^(?:[\w.-]+\.(?:png|jpe?g|gif|svg|webp)(?:\s+|$))+$|^(?:(?=\S*\p{L})(?=\S*\d)[\w.-]*[_-][\w.-]*(?:\s+|$)){2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex PictureRow();

    /// <summary>Also a run of lower-case stubs after a sentence's end ("... in Lisbon. [lisbon2024] [lisbon2024]"), but not link words ("[pdf]", "[slides]").</summary>
    [GeneratedRegex(@"(?<=\S)\s*\[[\w.-]*_[\w.-]*\]\s*$|(?<=[.!?)])(?:\s*\[(?!(?:pdf|link|links|slides|video|code|paper|here|more|website|poster|preprint|arxiv|doi|article|articles|blog|press|news|talk|project|data|dataset|github|tweet|story|abstract|bib|bibtex|html|demo|recording|media|photos|program|proceedings|publication|report)\])(?:[a-z][a-z0-9_.-]{2,40}|(?=[\w.-]{3,40}\])(?=[\w.-]*\p{L})[\w.-]*[\d_-][\w.-]*)\])+\s*$")]
    private static partial Regex TrailingFileName();

    [GeneratedRegex(@"^(?:toggle navigation\b.*|skip to (?:main )?content|(?:[←«‹]\s*)?(?:older|newer|more|previous|next|all) (?:news|posts|entries|items|page)(?: »| ›| →)?|load more|(?:[←«‹]\s*)?prev(?:ious)?\s+next(?:\s*[→»›])?|(?:\.{3}|…)?\s*(?:see|view) (?:all|more)(?: news| posts| updates)?(?: »| ›| →)?|menu|search|back to top(?:\s*[↑⬆⇧])?|" + ReadMoreCloser + @"|↑\s*top|home(?:\s*[|·•]\s*\w+)+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationLine();

    [GeneratedRegex(@"^back to top\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackToTop();

    /// <summary>A bar of short links: "Contact | Imprint | Privacy", "Home · People · News", "Home   People   News" (w3m's spacing).</summary>
    [GeneratedRegex(@"^(?:[\p{L}&'’ ]{2,24}?\s*[|·•]\s*)+[\p{L}&'’ ]{2,24}$|^(?:\p{L}[\p{L}&'’]{1,15}(?: \p{L}[\p{L}&'’]{1,15})?\s{2,}){2,}\p{L}[\p{L}&'’]{1,15}(?: \p{L}[\p{L}&'’]{1,15})?$")]
    private static partial Regex LinkBar();

    /// <summary>What blog platforms print around each post: reading time, view and comment counters, share prompts.</summary>
    [GeneratedRegex(@"^(?:(?:less than\s+)?\d+\s*min(?:ute)?s?\s+read|\d+\s*views?\s*(?:\d+\s*comments?)?|\d+\s*comments?|\d+\s*likes?|(?:top|bottom) of page|writer'?s picture.*|share this(?: post)?:?|like this:?|loading\.\.\.|leave a comment|post not marked as liked"
        // A post's own footer ("Posted in News, Papers | 2 Comments") and a search box ("Search for: [    ] Search").
        + @"|(?:posted|filed)\s+(?:in|under)\s+[\p{L}\d ,&'’-]{1,60}(?:\s*[|·•]\s*(?:leave a (?:comment|reply)|\d+ (?:comments?|responses?)|no comments|one comment|comments (?:off|closed)))?|search(?: for)?:?\s*\[[\s_]*\].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BlogChrome();

    [GeneratedRegex(@"^(?:follow us\b.*|(?:(?:twitter|x|github|linkedin|facebook|instagram|youtube|mastodon|bluesky|email|rss)\s*[|·•,/]?\s*)+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SocialLine();

    /// <summary>w3m's checkbox or radio button ("[ ]", "[*]", "(*)") or a bullet alone on its line.</summary>
    [GeneratedRegex(@"^(?:\[[ *xX]\]|\([ *]\)|[•*·▪‣◦□■○●])$")]
    private static partial Regex EmptyMark();

    /// <summary>A line of TeX that only opens or closes a group or defines macros, between math delimiters.</summary>
    [GeneratedRegex(@"^(?:\$\$?|\\[(\[])\s*(?:\\(?:begingroup|endgroup|newcommand|renewcommand|def|let)\b[^$]*?)+\s*(?:\$\$?|\\[)\]])$")]
    private static partial Regex SilentTex();

    /// <summary>
    /// A bullet that is only a span of years ("• 2012-2019", "• Until 2012", "• 2020–present"): a link to a part of the
    /// archive, as an old-news page lists its pages. One academic year ("• 2018-2019") may head a list of sessions, so a
    /// span of two consecutive years stays.
    /// </summary>
    private static bool ArchiveSpan(string line)
    {
        var m = YearSpan().Match(line);
        if (!m.Success) return false;
        if (m.Groups["word"].Success || m.Groups["open"].Success) return true;
        if (!m.Groups["to"].Success) return false;
        var (from, to) = (int.Parse(m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture));
        return to - from >= 2;
    }

    [GeneratedRegex(@"^[•*·▪‣◦]\s+(?:(?<word>until|before|since|prior to|up to|pre)\s*[-–]?\s*)?(?<from>(?:19|20)\d{2})(?:\s*[-–—]\s*(?:(?<to>(?:19|20)\d{2})|(?<open>present|now|today)))?$", RegexOptions.IgnoreCase)]
    private static partial Regex YearSpan();

    /// <summary>A bullet of one to three words: a menu entry, not news.</summary>
    [GeneratedRegex(@"^[•*·▪‣◦]\s+\S+(?:\s+\S+){0,2}$")]
    private static partial Regex ShortBullet();

    /// <summary>A year, or a bullet that is only a month and day ("• May 13", "• Sep"): a dated row under a year heading.</summary>
    [GeneratedRegex(@"\d{4}|^[•*·▪‣◦]\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLeadsLike();

    [GeneratedRegex(@"^(?:organi[sz]ed by\b|organi[sz]ers?\s*:|contact\s*:|questions\?|for more information\b|(?:last )?(?:updated|modified)\s*:|last (?:updated|modified)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingLine();

    /// <summary>The sections blog platforms print after the last post (widgets, related posts, comments), each a heading line of its own.</summary>
    [GeneratedRegex(@"^(?:recent (?:posts|news)|see all|related posts|more posts|recent comments|popular posts|archives|categories|meta|tags|comments|leave a reply|you may also like)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex SidebarHeading();

    /// <summary>
    /// The blocks a site's footer opens with, each under its heading ("About us", "Contact", "Coordinates"): past the posts
    /// they describe the lab, never a post of its own.
    /// </summary>
    [GeneratedRegex(@"^(?:about us|contact(?: us| information| info)?|get in touch|find us|visit us|our (?:address|location)|address|location|coordinates)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteInfoHeading();

    /// <summary>
    /// A copyright notice may be a footer list's first entry ("• © Lab. All rights reserved.", "• Design: ...").
    /// Also a Twitter timeline widget's link text ("Tweets by @lab"), a template's credit ("Based on the X template", "Published with
    /// Hugo") and a validator's badge ("Valid XHTML 1.0 Strict").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[•*·▪‣◦]\s+)?(?:©|&copy;?|\(c\)\s*\d{4}|copyright\b)|powered by\b|site made with\b|made with\b|all (?:\w+ )?rights reserved\b|(?:published|created|generated) with (?:wowchemy|hugo|jekyll|hexo|gatsby|pelican|quarto|ghost|wordpress)\b|back to top\b|follow us\b|built with\b|tweets by @|this (?:web)?site is open[- ]source\b|based on the .{1,60} (?:template|theme)\b|(?:[•*·▪‣◦]\s+)?valid (?:x?html|css)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FooterLine();

    /// <summary>
    /// A pager's link with its arrow, maybe as a list entry: "• « Prev", "Next »", "← Older posts"; "Older" and "Newer" alone
    /// on their line need no arrow (a theme may draw it as a picture).
    /// </summary>
    [GeneratedRegex(@"^(?:[•*·▪‣◦]\s+)?(?:[«‹←]\s*(?:prev(?:ious)?|newer|older)(?: (?:posts|entries|page))?|(?:next|older|newer)(?: (?:posts|entries|page))?\s*[»›→]|older|newer)$", RegexOptions.IgnoreCase)]
    private static partial Regex PagerLine();
}
