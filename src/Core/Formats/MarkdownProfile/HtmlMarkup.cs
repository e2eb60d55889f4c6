using System.Net;
using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Some Markdown pages are HTML in all but name: a `publications.md` made of &lt;div class="publication-item"&gt;
/// blocks with &lt;h3&gt; titles, author &lt;span&gt;s and link rows. Markdown would keep those as opaque HTML blocks,
/// so such a page is turned into the Markdown it stands for: headings stay headings, block elements become
/// paragraphs, &lt;br&gt; a line break, links, bold and italics their Markdown forms. As in a browser, the
/// source's own line breaks and indentation mean nothing.
/// </summary>
internal static partial class HtmlMarkup
{
    /// <summary>
    /// True when most of the page's lines are HTML tags: the page's structure is in its HTML. Lines opening with
    /// inline tags (a coloured &lt;span&gt; marker, a &lt;br&gt; spacer, an &lt;a&gt;&lt;img&gt; icon link) only count
    /// when the page has no Markdown headings and its own lines are not written in Markdown: with either, they style
    /// a Markdown page whose line breaks, headings and rules carry its structure.
    /// </summary>
    public static bool IsMostlyHtml(string body)
    {
        var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count < 8) return false;
        // "[49] **Title.** (with …)" over "<a href=…><img …></a>" icon rows: entries written in Markdown bold, a few
        // of them at least, make a Markdown page however many icon lines it has.
        var markdown = lines.Any(l => MarkdownHeading().IsMatch(l)) || lines.Count(l => !l.StartsWith('<') && MarkdownBold().IsMatch(l)) >= 3;
        return lines.Count(l => l.StartsWith('<') && !(markdown && InlineTagStart().IsMatch(l))) * 2 > lines.Count;
    }

    [GeneratedRegex(@"^#{1,6}\s+\S")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"\*\*[^*\s][^*]*\*\*")]
    private static partial Regex MarkdownBold();

    [GeneratedRegex(@"^</?(?:span|br|a|b|i|em|strong|sup|sub|font|small|big|u|s|mark|abbr|code|kbd|img|cite|q|time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTagStart();

    /// <summary>
    /// A whole page as Markdown. Inside an HTML block (a &lt;div&gt;, a list, a table) its line breaks mean nothing, as in
    /// a browser; but a blank line outside every block is Markdown's own paragraph break: "&lt;b&gt;Title&lt;/b&gt;&lt;br/&gt;
    /// &lt;small&gt;venue" and the abstract paragraph under it are two paragraphs of the page, not one run of text.
    /// </summary>
    public static string PageToMarkdown(string page)
    {
        var depth = 0;
        var lines = page.Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            if (lines[k].Trim().Length == 0) { if (depth == 0) lines[k] = "<p>"; continue; }
            foreach (Match tag in BlockContainerTag().Matches(lines[k]).Where(t => !t.Value.EndsWith("/>"))) depth = Math.Max(0, depth + (tag.Value[1] == '/' ? -1 : 1));
        }
        return ToMarkdown(string.Join("\n", lines));
    }

    /// <summary>The opening or closing tag of an element that holds blocks; a blank line inside one is not a paragraph break.</summary>
    [GeneratedRegex(@"</?(?:div|ul|ol|dl|table|section|article|blockquote|figure|details|main|aside|nav|header|footer|pre|style|script)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockContainerTag();

    public static string ToMarkdown(string html)
    {
        var s = Whitespace().Replace(html, " ");
        s = IconLinks(s);
        s = Invisible().Replace(s, " ");
        s = Disclosures(s);
        s = CardFields(s);
        s = Heading().Replace(s, m => $"\n\n{new string('#', m.Groups["n"].Value[0] - '0')} {Inline(m.Groups["t"].Value).Trim()}\n\n");
        s = Break().Replace(s, "\n");
        s = Block().Replace(s, "\n\n");
        s = Inline(s);
        var lines = s.Split('\n').Select(l => l.Trim());
        return MultipleBlankLines().Replace(string.Join("\n", lines), "\n\n").Trim() + "\n";
    }

    /// <summary>
    /// "&lt;a href=…arxiv…&gt;&lt;i class="ai ai-arxiv"&gt;&lt;/i&gt;&lt;/a&gt;": a link drawn as an icon has no text, but it is
    /// still the entry's link (its arXiv id, its DOI); it is kept under a plain "link" label rather than lost with its label.
    /// </summary>
    private static string IconLinks(string html) => IconAnchor().Replace(html, m => m.Groups["open"].Value + "link</a>");

    [GeneratedRegex(@"(?<open><a\b[^>]*?\bhref\s*=\s*[""']https?://[^""']+[""'][^>]*>)\s*(?:<(?:i|span|img|svg)\b[^>]*/?>\s*(?:</(?:i|span)\s*>\s*)?)+</a\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex IconAnchor();

    /// <summary>
    /// "&lt;details&gt;&lt;summary&gt;Simply put&lt;/summary&gt;&lt;div&gt;…&lt;/div&gt;&lt;/details&gt;" inside an entry's author line
    /// folds a note under the entry; its own blocks would make the line no longer a card field, splitting the entry's
    /// title from its authors and venue. The fold is set apart as an aside (its label and body its own paragraphs), and a
    /// short label that is only the fold's button ("Simply put", "More") is dropped: read as text it would pass for a venue.
    /// </summary>
    private static string Disclosures(string html) => Disclosure().Replace(html, m =>
    {
        var label = Tag().Replace(m.Groups["label"].Value, " ").Trim();
        var body = FoldedBlock().Replace(m.Groups["body"].Value, "<br><br>");
        var keep = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4 || FoldLabel().IsMatch(label);
        return "<aside>" + (keep ? m.Groups["label"].Value + "<br><br>" : "") + body + "</aside>";
    });

    [GeneratedRegex(@"<details\b[^>]*>\s*(?:<summary\b[^>]*>(?<label>(?:(?!</?details\b).)*?)</summary\s*>)?(?<body>(?:(?!</?details\b).)*?)</details\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Disclosure();

    [GeneratedRegex(@"</?(?:div|p)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FoldedBlock();

    /// <summary>A fold labelled as the entry's abstract, which the entry reads as such.</summary>
    [GeneratedRegex(@"^(?:abstract|summary|tl;?\s?dr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FoldLabel();

    /// <summary>
    /// A card's fields — sibling &lt;div&gt;s that hold no block of their own, each with a class of its own
    /// ("pub-title", "pub-authors", "pub-journal") — are the lines of one entry, as the browser stacks them in one box.
    /// Sibling divs of one class are the items of a list and stay paragraphs of their own.
    /// </summary>
    private static string CardFields(string html) => LeafDivRun().Replace(html, run =>
    {
        var fields = LeafDiv().Matches(run.Value);
        var classes = fields.Select(f => f.Groups["c"].Value.Trim()).ToList();
        if (classes.Distinct(StringComparer.OrdinalIgnoreCase).Count() != classes.Count) return run.Value;
        return "<div>" + string.Join("<br>", fields.Select(f => f.Groups["t"].Value.Trim())) + "</div>";
    });

    private const string LeafDivPattern =
        @"<div\b[^>]*?\bclass\s*=\s*[""'](?<c>[^""']+)[""'][^>]*>(?<t>(?:(?!</?(?:div|p|ul|ol|li|dl|table|h[1-6]|section|article|blockquote|figure|details)\b)[\s\S])*?)</div\s*>";

    [GeneratedRegex(LeafDivPattern, RegexOptions.IgnoreCase)]
    private static partial Regex LeafDiv();

    [GeneratedRegex(@"(?:" + LeafDivPattern + @"\s*){2,}", RegexOptions.IgnoreCase)]
    private static partial Regex LeafDivRun();

    /// <summary>
    /// A raw &lt;table&gt; as the pipe table it stands for, so its rows are read as entries like any Markdown table's.
    /// Header cells (&lt;th&gt;) make the header row (an empty one when the table has none); a cell's &lt;br&gt; stays
    /// a line break inside it, and Markdown written inside the cells ("_Ana Díaz_") is kept as written.
    /// </summary>
    public static string TableToMarkdown(string html)
    {
        var rows = Row().Matches(html).Select(r => Cell().Matches(r.Groups["r"].Value).Select(c => (Header: c.Groups["t"].Value.Equals("th", StringComparison.OrdinalIgnoreCase), Text: CellMarkdown(c.Groups["c"].Value))).ToList())
            .Where(r => r.Count > 0).ToList();
        if (rows.Count == 0) return "\n\n";
        var width = rows.Max(r => r.Count);
        var header = rows[0].All(c => c.Header) ? rows[0].Select(c => c.Text).ToList() : [];
        var body = rows.Skip(header.Count > 0 ? 1 : 0).Select(r => r.Select(c => c.Text).ToList());
        string Line(IReadOnlyList<string> cells) => "| " + string.Join(" | ", Enumerable.Range(0, width).Select(k => k < cells.Count ? cells[k] : "")) + " |";
        var lines = new List<string> { Line(header), "|" + string.Concat(Enumerable.Repeat("---|", width)) };
        lines.AddRange(body.Select(Line));
        return "\n\n" + string.Join("\n", lines) + "\n\n";
    }

    private static string CellMarkdown(string html)
    {
        const string lineBreak = "\u0001";
        var text = ToMarkdown(Break().Replace(html, lineBreak)).Replace('\n', ' ').Trim();
        return TextKey.CollapseWhitespace(text).Replace("|", "\\|").Replace(lineBreak, "<br>").Trim();
    }

    [GeneratedRegex(@"<tr\b[^>]*>(?<r>.*?)(?:</tr\s*>|(?=<tr\b)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<(?<t>td|th)\b[^>]*>(?<c>.*?)(?:</\k<t>\s*>|(?=<t[dh]\b)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cell();

    /// <summary>Links, emphasis and entities; other inline tags (span, abbr, font) keep only their text.</summary>
    private static string Inline(string s)
    {
        // "<https://doi.org/10.…>": a Markdown autolink written among the tags is the page's link, not a tag to drop.
        s = AutoLink().Replace(s, m => $"<a href=\"{m.Groups["u"].Value}\">{m.Groups["u"].Value}</a>");
        s = Anchor().Replace(s, m =>
        {
            var label = Tag().Replace(m.Groups["t"].Value, "").Trim();
            return label.Length == 0 ? "" : $"[{Escape(label)}]({m.Groups["href"].Value.Trim().Replace(" ", "%20")})";
        });
        // "<cite>Names (2024). <em>Title</em>. In: <em>Journal</em></cite>": a cite around a whole marked-up citation is
        // its container, not emphasis; as emphasis it would swallow the title's and venue's own marks.
        s = CiteContainer().Replace(s, m => m.Groups["t"].Value);
        s = Strong().Replace(s, m => Wrap("**", m.Groups["t"].Value));
        s = Emphasis().Replace(s, m => Wrap("*", m.Groups["t"].Value));
        // "<q>Title</q>": the browser prints the quotation marks, and a quoted title is how a citation marks it.
        s = QuoteTag().Replace(s, m => m.Value[1] == '/' ? "\u201D" : "\u201C");
        s = Tag().Replace(s, "");
        return Markdownish(WebUtility.HtmlDecode(s));
    }

    private static string Wrap(string mark, string inner)
    {
        var text = TextKey.CollapseWhitespace(inner).Trim();
        return text.Length == 0 ? "" : $"{mark}{text}{mark}";
    }

    private static string Escape(string label) => label.Replace("[", "\\[").Replace("]", "\\]");

    /// <summary>Decoded text keeps its angle brackets escaped, so "&amp;lt;b&amp;gt;" printed on the page is not read as a tag again.</summary>
    private static string Markdownish(string s) => s.Replace("<", "&lt;").Replace(">", "&gt;");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<(?<tag>script|style|noscript|svg|button)\b[^>]*>.*?</\k<tag>>|<!--.*?-->|<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<h(?<n>[1-6])\b[^>]*>(?<t>.*?)</h\k<n>\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"</?(?:div|p|li|ul|ol|dl|dt|dd|section|article|header|footer|main|nav|aside|table|thead|tbody|tr|td|th|blockquote|figure|figcaption|details|summary|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"<a\b[^>]*?\bhref\s*=\s*[""'](?<href>[^""']*)[""'][^>]*>(?<t>.*?)</a\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<(?<tag>strong|b)\b[^>]*>(?<t>.*?)</\k<tag>\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Strong();

    [GeneratedRegex(@"<(?<tag>em|i|cite)\b[^>]*>(?<t>.*?)</\k<tag>\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"<cite\b[^>]*>(?<t>(?:(?!</?cite\b).)*?<(?:em|i|b|strong|a)\b(?:(?!</?cite\b).)*?)</cite\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CiteContainer();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(?<u>https?://[^\s<>""]+)>", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?q\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteTag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();
}
