using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// The page as a reader sees it: front matter read and removed, template tags ({% ... %}, {{ ... }}) and HTML
/// comments dropped (what is commented out is not on the page).
/// </summary>
internal sealed partial record ProfileSource(string Body, string? FrontTitle, string? FrontAuthor)
{
    public static ProfileSource From(string text)
    {
        text = text.Replace("\r\n", "\n").TrimStart('\uFEFF');
        // A text cut inside an emoji keeps half a surrogate pair, which Markdig's heading ids cannot normalise.
        text = LoneSurrogate().Replace(text, "\uFFFD");
        string? title = null, author = null;
        var fm = FrontMatter().Match(text);
        if (fm.Success)
        {
            foreach (Match kv in FrontKey().Matches(fm.Groups["body"].Value))
            {
                var value = kv.Groups["value"].Value.Trim().Trim('"', '\'');
                if (kv.Groups["key"].Value.Equals("title", StringComparison.OrdinalIgnoreCase)) title ??= value;
                if (kv.Groups["key"].Value.Equals("author", StringComparison.OrdinalIgnoreCase)) author ??= value;
            }
            text = text[fm.Length..];
        }
        else if (MetadataHeader().Match(text) is { Success: true } header)
        {
            // Pelican and MultiMarkdown pages open with "Title: Publications" / "Date: …" lines instead of a fence.
            foreach (Match kv in FrontKey().Matches(header.Value))
            {
                var value = kv.Groups["value"].Value.Trim();
                if (kv.Groups["key"].Value.Equals("title", StringComparison.OrdinalIgnoreCase)) title ??= value;
                if (kv.Groups["key"].Value.Equals("author", StringComparison.OrdinalIgnoreCase)) author ??= value;
            }
            text = text[header.Length..];
        }
        text = Comment().Replace(text, "");
        var open = text.IndexOf("<!--", StringComparison.Ordinal);
        if (open >= 0) text = text[..open];
        text = FilledLines.Unwrap(text);
        // "{% comment %} … {% endcomment %}" (Liquid) and "{{/* … */}}" (Hugo) hide what they hold, as HTML comments do.
        text = TemplateComment().Replace(text, "");
        text = Liquid().Replace(text, "");
        text = KramdownAttributes().Replace(text, "");
        // "* <div class='altmetric-embed' data-doi=…></div> Names. Title…": an empty widget a script fills in later;
        // at the head of a line it would open an HTML block that hides the citation behind it.
        text = EmptyWidget().Replace(text, "");
        // "[Title](/papers/J. Anim. Ecol. 2014.pdf)": kramdown links a path with spaces, CommonMark does not; in angle
        // brackets it is the same link to Markdig.
        text = SpacedPath().Replace(text, "](<${u}>)");
        text = BadgeVenues.Inline(text);
        text = NameMarks.Strip(text);
        // "https://doi. org/10.…": a DOI broken by a pasted line break would be cut at the space.
        text = Normalising.ScholarlyIds.JoinSpacedDois(text);
        // "VO$_2$", "TiSe$_{2}$": a chemical formula's subscript typeset as math; its underscore would open emphasis.
        text = FormulaSubscript().Replace(text, "${n}");
        // "</ul>" straight over "## Publications": a line of closing tags ends the HTML block it closes, as kramdown (the
        // Markdown of Jekyll pages) reads it; CommonMark would run the block on to the next blank line, heading and all.
        text = ClosingTagsLine().Replace(text, "$0\n");
        // A raw <table> of papers (a Year cell, a Title cell) is as much a table as a pipe table is; its many tag
        // lines do not make the Markdown page around it an HTML one.
        var tabled = HtmlTable().Replace(text, m => HtmlMarkup.TableToMarkdown(m.Value));
        // Raw HTML lists under Markdown headings ("### 2025" over a <ul> of <li> entries) would stay opaque HTML
        // blocks; each list becomes the Markdown list it stands for. Like a table's, a list's tag
        // lines ("<ul>", "<li>…</li>", "</ul>") are the list's own markup: they do not make the Markdown page around
        // it (its headings, its prose) an HTML one, where an item's paragraphs would run into the next item's.
        var listed = HtmlList().Replace(tabled, m => "\n\n" + HtmlListAsMarkdown(m.Value) + "\n\n");
        text = HtmlMarkup.IsMostlyHtml(listed) ? HtmlMarkup.PageToMarkdown(text) : listed;
        // "* <dt><a …>Title</a> (with …)</dt><dd>Venue</dd>": a Markdown bullet whose text opens with a block tag is an
        // HTML block inside the item, opaque to Markdown; the item becomes the Markdown it stands for, its blocks the
        // item's paragraphs (indented under the bullet, so they stay one entry).
        text = HtmlListItem().Replace(text, HtmlItemAsMarkdown);
        // A raw "<p>" is a paragraph of the page, whether it holds a whole citation (names, year, title, "In: <em>Journal</em>",
        // as bibliography tools write them) or one field of an entry ("<p>Title - …</p>", "<p>Supervisor: …</p>"); left
        // as an HTML block (or inside a "<div>" wrapping a run of them) it would not be read at all.
        text = HtmlParagraph().Replace(text, m => "\n\n" + HtmlMarkup.ToMarkdown(m.Value) + "\n");
        // "<div class=…>" / "<h2>PhD Thesis</h2>" / "</div>": a heading on a line of its own names a section as much as
        // "## PhD Thesis" does, but inside an HTML block Markdown would not see it.
        // Only headings that name a section are lifted: others ("<h2>First-author papers</h2>") keep grouping as before.
        // A year heading ("<h3>2020</h3>" over a list of that year's papers) is lifted too: it dates the entries under
        // it, as "### 2020" does, and an entry that prints no year of its own ("…, Accepted.") takes it.
        text = HtmlHeadingLine().Replace(text, m =>
        {
            var heading = HtmlMarkup.ToMarkdown(m.Groups["t"].Value).Trim();
            return ProfileSections.Classify(heading) is null && !ProfileSections.IsNotWork(heading) && !ProfileOutline.IsYear(heading)
                ? m.Value
                : $"\n\n{new string('#', m.Groups["n"].Value[0] - '0')} {heading}\n\n";
        });
        // A line holding only "<br>" spaces entries apart; left in, it opens an HTML block that swallows the entry below.
        text = SpacerLine().Replace(text, "");
        text = BoldSectionLabels.Lift(text);
        // "J. Phys. Chem. B 2023" wrapped under an entry's title would open a lettered list and tear the entry apart.
        text = LetterAfterLine().Replace(text, "${l}\\. ");
        text = Details().Replace(text, OpenDetails);
        return new ProfileSource(text, title, author);
    }

    /// <summary>
    /// What the front matter's title says the whole page is ("Publications", "Papers and Talks"); only short titles
    /// count, since a post titled "Notes from a conference" is not a list of papers.
    /// </summary>
    public RecordKind? DocumentKind =>
        FrontTitle is { } t && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 ? ProfileSections.Classify(t) : null;

    /// <summary>True when the text opens with a front matter fence.</summary>
    public static bool HasFrontMatter(string text) => FrontMatter().IsMatch(text.Replace("\r\n", "\n").TrimStart('\uFEFF'));

    /// <summary>True when the text opens with a front matter fence that carries a date: a post, not a profile.</summary>
    public static bool HasDatedFrontMatter(string text)
    {
        var fm = FrontMatter().Match(text.Replace("\r\n", "\n").TrimStart('\uFEFF'));
        return fm.Success && FrontKey().Matches(fm.Groups["body"].Value).Any(m => m.Groups["key"].Value.Equals("date", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"(?<=\p{Lu}\p{Ll}?)\$_\{?(?<n>\d{1,3})\}?\$")]
    private static partial Regex FormulaSubscript();

    [GeneratedRegex(@"\A(?<fence>---|\+\+\+)[ \t]*\n(?<body>[\s\S]*?)\n\k<fence>[ \t]*(?:\n|\z)")]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex FrontKey();

    /// <summary>
    /// Unfenced metadata: a "Title:" line first, then only "Key: value" lines up to the first blank line, or up to the
    /// first line that is no "Key: value" ("[TOC]", "# 2016"), where Python-Markdown's meta reader (Pelican's) ends it too.
    /// </summary>
    [GeneratedRegex(@"\ATitle:[ \t]*\S[^\n]*\n(?:(?:Date|Modified|Category|Tags|Slug|Authors?|Summary|Status|Lang|Template|Save_as|URL|Sortorder)[ \t]*:[^\n]*\n)*(?:[ \t]*\n|\z|(?![A-Za-z][\w-]*[ \t]*:))", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataHeader();

    /// <summary>A line opening "J. " straight under a line of text that is not itself a lettered item.</summary>
    [GeneratedRegex(@"(?<=^(?![ \t]*[A-Za-z]\.\s)[ \t]*\S[^\n]*\n)(?<l>[A-Z])\.[ ](?=\S)", RegexOptions.Multiline)]
    private static partial Regex LetterAfterLine();

    /// <summary>
    /// A raw list from its opening tag to its closing one; or a run of items whose opening tag is gone (commented out with
    /// the items above them), which a browser still shows as a list: up to the list's closing tag or a blank line.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*<(?<tag>ul|ol)\b[^>]*>(?=[\s\S]*?<li\b)[\s\S]*?</\k<tag>\s*>|^[ \t]*<li\b(?:(?!<(?:ul|ol)\b|\n[ \t]*\n)[\s\S])*?(?:</(?:ul|ol)\s*>|(?=\n[ \t]*\n)|\z)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlList();

    /// <summary>
    /// A raw HTML list as the Markdown list it stands for: each item a bullet of its own, its &lt;br&gt; lines and its
    /// blocks (&lt;p&gt;, &lt;div&gt;) the bullet's lines and paragraphs, so the list reads as the same page written in
    /// Markdown does (an item is an entry however its first line reads; fields listed under a degree are its fields).
    /// Items holding a list of their own (a year over its papers) are left to group as their paragraphs do.
    /// </summary>
    private static string HtmlListAsMarkdown(string html)
    {
        if (NestedList().IsMatch(html)) return HtmlMarkup.ToMarkdown(html);
        var items = ListItem().Matches(html).Select(m => AsListItem("- ", m.Groups["html"].Value)).OfType<string>().ToList();
        return items.Count == 0 ? HtmlMarkup.ToMarkdown(html) : string.Join("\n", items);
    }

    /// <summary>One item of a raw list: from its opening tag to its closing one, the next item's or the list's end.</summary>
    [GeneratedRegex(@"<li\b[^>]*>(?<html>[\s\S]*?)(?:</li\s*>|(?=<li\b|</(?:ul|ol)\s*>)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    /// <summary>A list inside the list: the outer list's own opening tag is the first, so a second one nests.</summary>
    [GeneratedRegex(@"^[\s\S]*?<(?:ul|ol)\b[\s\S]*?<(?:ul|ol)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NestedList();

    private static string HtmlItemAsMarkdown(Match m) => AsListItem(m.Groups["marker"].Value, m.Groups["html"].Value) ?? m.Value;

    /// <summary>
    /// An item's HTML as a Markdown list item behind <paramref name="marker"/>: its paragraphs indented under the marker,
    /// so they stay one item; null when the item holds no text.
    /// </summary>
    private static string? AsListItem(string marker, string html)
    {
        var indent = new string(' ', marker.Length);
        var paragraphs = HtmlMarkup.ToMarkdown(html).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count == 0) return null;
        return marker + string.Join("\n\n", paragraphs.Select((p, k) => (k == 0 ? "" : indent) + p.Replace("\n", "\n" + indent)));
    }

    /// <summary>
    /// A bullet or numbered item whose text opens with a block-level tag (&lt;dt&gt;, &lt;dd&gt;, &lt;div&gt;, &lt;p&gt;),
    /// up to the blank line that ends an HTML block.
    /// </summary>
    [GeneratedRegex(@"^(?<marker>[ ]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+)(?<html><(?:dt|dd|dl|div|p)\b[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlListItem();

    /// <summary>A raw paragraph opening a line and closing before the next blank line, as an HTML block does.</summary>
    [GeneratedRegex(@"^[ \t]*<p\b[^>]*>(?:(?!\n[ \t]*\n)[\s\S])*?</p\s*>[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlParagraph();

    /// <summary>A line of nothing but closing tags ("&lt;/li&gt;&lt;/ul&gt;", "&lt;/div&gt;") with a line of text, not a tag, straight under it.</summary>
    [GeneratedRegex(@"^(?:[ \t]*</[A-Za-z][\w-]*\s*>)+[ \t]*\n(?=[ \t]*[^\s<])", RegexOptions.Multiline)]
    private static partial Regex ClosingTagsLine();

    [GeneratedRegex(@"^[ \t]*<table\b[^>]*>[\s\S]*?</table\s*>", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTable();

    [GeneratedRegex(@"^[ \t]*<h(?<n>[1-6])\b[^>\n]*>(?<t>[^\n]*?)</h\k<n>\s*>[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlHeadingLine();

    [GeneratedRegex(@"[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]")]
    private static partial Regex LoneSurrogate();

    [GeneratedRegex(@"<!--[\s\S]*?-->")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{\{-?\s*/\*[\s\S]*?\*/\s*-?\}\}")]
    private static partial Regex TemplateComment();

    [GeneratedRegex(@"\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}")]
    private static partial Regex Liquid();

    /// <summary>
    /// A folded "&lt;details&gt;&lt;summary&gt;Abstract&lt;/summary&gt;…" is the entry's abstract: it becomes a paragraph of its own.
    /// Other folded parts (BibTeX, citations) are not the entry's text.
    /// </summary>
    private static string OpenDetails(Match m)
    {
        var label = m.Groups["label"].Value.Trim();
        // "<details open><summary>Robotics</summary>" over a list of papers folds a group of entries, not one entry's
        // part: its body is the page's own list, and a year summary ("2023") dates the entries as a "**2023**" line would.
        if (FoldedItems().Count(m.Groups["body"].Value) >= 2)
        {
            var heading = TextKey.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(Tag().Replace(label, " "))).Trim();
            var year = YearLabel().IsMatch(heading) ? $"**{heading}**\n\n" : "";
            return $"\n\n{year}{m.Groups["body"].Value.Trim('\n')}\n\n";
        }
        // "<summary>Names. 2021. Title. Journal. [DOI](…)</summary>" over the paper's BibTeX: the label is the citation
        // itself (Documenter and mkdocs pages fold each paper's BibTeX under it); the folded code is not another entry.
        if (CitationLabel(label) is { } citation)
        {
            var folded = m.Groups["body"].Value;
            var prose = FoldedCode().IsMatch(folded) ? "" : TextKey.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(Tag().Replace(folded, " ")));
            return prose.Length == 0 ? $"\n\n{citation}\n\n" : $"\n\n{citation}\n\nAbstract: {prose}\n\n";
        }
        if (!AbstractLabel().IsMatch(label)) return "\n\n";
        var body = TextKey.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(Tag().Replace(m.Groups["body"].Value, " ")));
        return body.Length == 0 ? "\n\n" : $"\n\nAbstract: {body}\n\n";
    }

    /// <summary>
    /// A summary that is a whole citation rather than a label ("Abstract", "BibTeX", "2023"): many words and commas.
    /// Returned as the Markdown paragraph it stands for, its lines kept (names, title and venue lines apart).
    /// </summary>
    private static string? CitationLabel(string label)
    {
        var text = TextKey.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(Tag().Replace(label, " "))).Trim();
        if (text.Split(' ').Length < 8 || text.Count(c => c == ',') < 1 || AbstractLabel().IsMatch(label.Trim())) return null;
        var lines = label.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines.Select(l => l.Contains('<') ? HtmlMarkup.ToMarkdown(l).Trim() : l));
    }

    /// <summary>Folded code (a fenced block, a &lt;pre&gt;, a BibTeX record): the paper's citation data, not prose.</summary>
    [GeneratedRegex(@"^[ \t]*(?:```|~~~|<pre\b|<code\b|@\w+\s*\{)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FoldedCode();

    [GeneratedRegex(@"<details[^>]*>\s*(?:<summary[^>]*>(?<label>[\s\S]*?)</summary>)?(?<body>[\s\S]*?)</details>", RegexOptions.IgnoreCase)]
    private static partial Regex Details();

    /// <summary>A list item, HTML item or table row opening a line: an entry of a folded group.</summary>
    [GeneratedRegex(@"^[ \t]*(?:[-*+][ \t]+\S|\d{1,3}[.)][ \t]+\S|<li\b|<tr\b)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FoldedItems();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex YearLabel();

    [GeneratedRegex(@"^(?:<[^>]+>\s*)*(?:abstract|summary|tl;?\s?dr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractLabel();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[ \t]*(?:<br\s*/?>[ \t]*)+$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex SpacerLine();

    /// <summary>An element with nothing inside ("&lt;div data-doi=…&gt;&lt;/div&gt;") before more text on its line.</summary>
    [GeneratedRegex(@"<(?<t>div|span)\b[^<>]*>\s*</\k<t>>[ \t]*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyWidget();

    /// <summary>A link's destination that is a path or web address with spaces in it (no title, no parentheses).</summary>
    [GeneratedRegex(@"\]\((?<u>(?:/|\.{1,2}/|https?://)[^()<>""'\s]*[ ][^()<>""'\n]*?)\)")]
    private static partial Regex SpacedPath();

    /// <summary>Kramdown attribute lists ("{: .red}", "{:target=\"_blank\"}") style the page; they are not its text.</summary>
    [GeneratedRegex(@"\{:[^}\n]*\}")]
    private static partial Regex KramdownAttributes();

}
