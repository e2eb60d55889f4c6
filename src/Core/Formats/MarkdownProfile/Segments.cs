using System.Text.RegularExpressions;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax.Inlines;

namespace Aggregator.Core.Formats.MarkdownProfile;

internal enum SegKind { Text, Strong, Emph, Link, Code, HardBreak, SoftBreak }

/// <summary>A run of one line of Markdown: plain text, a bold or italic span, or a link (with its label as text).</summary>
internal sealed record Seg(SegKind Kind, string Text, string? Url = null);

/// <summary>Flattens Markdig inlines into segments: emphasis and links are atomic, breaks split lines.</summary>
internal static partial class Segments
{
    public static List<Seg> Of(ContainerInline? container)
    {
        var result = new List<Seg>();
        if (container is null) return result;
        var inlines = Visible(container).ToList();
        for (var i = 0; i < inlines.Count; i++)
        {
            // "<span class="pub-tag">AAAI 2026</span> [Title](…)": a styled label reads as a code-span badge would.
            if (StyledLabel(inlines, i) is { } label)
            {
                result.Add(new Seg(SegKind.Code, label.Text));
                i = label.End;
                continue;
            }
            if (HtmlEmphasis(inlines, i) is { } emphasis)
            {
                result.Add(new Seg(emphasis.Kind, emphasis.Text));
                i = emphasis.End;
                continue;
            }
            if (HtmlAnchor(inlines, i) is { } anchor)
            {
                result.Add(new Seg(SegKind.Link, anchor.Text, anchor.Url));
                i = anchor.End;
                continue;
            }
            Add(result, inlines[i]);
        }
        return SpacedLinks(result);
    }

    /// <summary>
    /// "[Materials, 2021] (https://…)": a link written with a space between label and address is no link to Markdown,
    /// which leaves the label as text and the address as a bare web link; the writer meant one link all the same.
    /// </summary>
    private static List<Seg> SpacedLinks(List<Seg> segs)
    {
        for (var i = 1; i + 1 < segs.Count; i++)
        {
            if (segs[i] is not { Kind: SegKind.Link, Url: { } url } bare || bare.Text != url
                || segs[i + 1].Kind != SegKind.Text || !segs[i + 1].Text.StartsWith(')')) continue;
            // Markdig splits plain text at every bracket that opened no link: the label may span several runs.
            var from = i;
            while (from > 0 && segs[from - 1].Kind == SegKind.Text) from--;
            var before = string.Concat(segs.Skip(from).Take(i - from).Select(t => t.Text));
            if (SpacedLabel().Match(before) is not { Success: true } label) continue;
            var joined = new List<Seg>();
            if (label.Index > 0) joined.Add(new Seg(SegKind.Text, before[..label.Index]));
            joined.Add(new Seg(SegKind.Link, label.Groups["l"].Value, url));
            segs[i + 1] = segs[i + 1] with { Text = segs[i + 1].Text[1..] };
            segs.RemoveRange(from, i - from + 1);
            segs.InsertRange(from, joined);
            i = from + joined.Count - 1;
        }
        return segs;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[(?<l>[^\[\]]*\p{L}[^\[\]]*)\][ \t]+\($")]
    private static partial System.Text.RegularExpressions.Regex SpacedLabel();

    /// <summary>
    /// "[&lt;a href="…"&gt;arXiv&lt;/a&gt;]" written as inline HTML in a Markdown line: a link as much as "[arXiv](…)" is.
    /// The address may be left unquoted ("&lt;a HREF=https://…&gt;"), as HTML allows.
    /// A label that is itself a web address stands in for an href that is not one ("href="[url](…)"").
    /// </summary>
    private static (string Text, string Url, int End)? HtmlAnchor(List<Inline> inlines, int at)
    {
        if (inlines[at] is not HtmlInline open || AnchorOpen().Match(open.Tag) is not { Success: true } tag) return null;
        var text = new System.Text.StringBuilder();
        var icon = false;
        for (var j = at + 1; j < inlines.Count && j <= at + 8; j++)
        {
            switch (inlines[j])
            {
                case LiteralInline or HtmlEntityInline or EmphasisInline:
                    text.Append(PlainText(inlines[j]));
                    break;
                // "<a href=…><img alt="pdf" src="pdf.png"></a>": an icon link says what it points to in its image's alt text.
                case HtmlInline img when ImageAlt().Match(img.Tag) is { Success: true } alt:
                    text.Append(' ').Append(System.Net.WebUtility.HtmlDecode(alt.Groups["alt"].Value));
                    break;
                // The anchor written over lines of its own ("<a href=…>", "  <img …>", "</a>"): the breaks are only layout.
                case LineBreakInline { IsHard: false }:
                    text.Append(' ');
                    break;
                // "<a href=…><i class="ai ai-doi"></i></a>": a link drawn as an icon font glyph has no text, but it is still
                // the entry's link (its DOI, its arXiv id); it is kept under a plain "link" label rather than lost.
                case HtmlInline glyph when IconTag().IsMatch(glyph.Tag):
                    icon = true;
                    break;
                case HtmlInline close when AnchorClose().IsMatch(close.Tag):
                    var label = text.ToString().Trim();
                    if (label.Length == 0 && icon) label = "link";
                    var href = System.Net.WebUtility.HtmlDecode(tag.Groups["href"].Value).Trim();
                    if (!WebAddress().IsMatch(href) && WebAddress().IsMatch(label) && !label.Contains(' ')) href = label;
                    return label.Length > 0 && href.Length > 0 ? (label, href, j) : null;
                default:
                    return null;
            }
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^<a\b[^>]*?\bhref\s*=\s*(?:""(?<href>[^""]*)""|'(?<href>[^']*)'|(?<href>[^\s""'<>`]+))[^>]*>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AnchorOpen();

    /// <summary>The empty element an icon font draws a glyph with ("&lt;i class="fa fa-file-pdf"&gt;&lt;/i&gt;"), open or closed.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:<(?:i|span)\b[^>]*\bclass\s*=[^>]*>|</(?:i|span)\s*>)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex IconTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"^<img\b[^>]*?\balt\s*=\s*(?:""(?<alt>[^""]*)""|'(?<alt>[^']*)')[^>]*>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ImageAlt();

    [System.Text.RegularExpressions.GeneratedRegex(@"^</a\s*>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AnchorClose();

    [System.Text.RegularExpressions.GeneratedRegex(@"^https?://\S+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WebAddress();

    /// <summary>
    /// An inline HTML element with a class or style holding only a few words of plain text: a tag the page's style
    /// sheet draws as a label (venue, status), not running text. Emphasis, links or long text inside are left alone.
    /// </summary>
    private static (string Text, int End)? StyledLabel(List<Inline> inlines, int at)
    {
        if (inlines[at] is not HtmlInline open || StyledOpen().Match(open.Tag) is not { Success: true } tag) return null;
        var text = new System.Text.StringBuilder();
        for (var j = at + 1; j < inlines.Count && j <= at + 8; j++)
        {
            switch (inlines[j])
            {
                case LiteralInline or HtmlEntityInline:
                    text.Append(PlainText(inlines[j]));
                    break;
                case HtmlInline close when close.Tag.Equals($"</{tag.Groups["t"].Value}>", StringComparison.OrdinalIgnoreCase):
                    var label = text.ToString().Trim();
                    return label.Length is > 0 and <= 60 && label.Any(char.IsLetterOrDigit) ? (label, j) : null;
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "&lt;b&gt;Title&lt;/b&gt;. &lt;a href=…&gt;[Web]&lt;/a&gt;" in a Markdown line (an HTML card whose text is Markdown): the
    /// bold tag marks the title as "**Title**" would; dropped as a mere tag, the title would run on into the link labels.
    /// "&lt;em&gt;Jpn. J. Hist. Bot.&lt;/em&gt; 19" marks the venue as "*…*" would, its stops inside the name.
    /// </summary>
    private static (SegKind Kind, string Text, int End)? HtmlEmphasis(List<Inline> inlines, int at)
    {
        if (inlines[at] is not HtmlInline open || EmphasisOpen().Match(open.Tag) is not { Success: true } tag) return null;
        var text = new System.Text.StringBuilder();
        for (var j = at + 1; j < inlines.Count && j <= at + 8; j++)
        {
            switch (inlines[j])
            {
                case LiteralInline or HtmlEntityInline or CodeInline:
                    text.Append(PlainText(inlines[j]));
                    break;
                case HtmlInline close when close.Tag.Equals($"</{tag.Groups["t"].Value}>", StringComparison.OrdinalIgnoreCase):
                    var bold = text.ToString().Trim();
                    var kind = tag.Groups["t"].Value.ToLowerInvariant() is "em" or "i" ? SegKind.Emph : SegKind.Strong;
                    return bold.Any(char.IsLetterOrDigit) ? (kind, bold, j) : null;
                default:
                    return null;
            }
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^<(?<t>b|strong|em|i)\b[^>]*>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EmphasisOpen();

    [System.Text.RegularExpressions.GeneratedRegex(@"^<(?<t>span|mark|kbd|small|abbr)\b[^>]*\b(?:class|style)\s*=[^>]*>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StyledOpen();

    /// <summary>The container's inlines without superscripts: "Zhang&lt;sup&gt;1,2&lt;/sup&gt;" marks affiliations or footnotes, not text.</summary>
    private static IEnumerable<Inline> Visible(ContainerInline container)
    {
        var inSup = false;
        foreach (var inline in container)
        {
            if (inline is HtmlInline html && SupTag().Match(html.Tag) is { Success: true } sup)
            {
                inSup = sup.Groups["close"].Length == 0;
                continue;
            }
            if (!inSup) yield return inline;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^<(?<close>/?)sup\b[^>]*>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SupTag();

    private static void Add(List<Seg> result, Inline inline)
    {
        switch (inline)
        {
            case LineBreakInline br:
                result.Add(new Seg(br.IsHard ? SegKind.HardBreak : SegKind.SoftBreak, " "));
                break;
            case EmphasisInline em:
                var kind = em.DelimiterCount >= 2 || em.Any(c => c is EmphasisInline { DelimiterCount: >= 2 }) ? SegKind.Strong : SegKind.Emph;
                if (em.DelimiterChar is '~' or '=' or '+' or '^') kind = SegKind.Text;
                // "_[Read online](…)_": italics around a lone label link only style the label; it is still a link.
                if (kind == SegKind.Emph && Visible(em).Where(c => c is not LiteralInline { Content.IsEmpty: true }).ToList() is [LinkInline { IsImage: false } only]
                    && EntryTitles.IsLinkLabel(PlainText(only)))
                {
                    Add(result, only);
                    break;
                }
                result.Add(new Seg(kind, PlainText(em), FirstUrl(em)));
                break;
            case LinkInline { IsImage: true }:
                break;
            case LinkInline link:
                var label = PlainText(link);
                // "**[Title](url)**" and "[**Title**](url)" both make a linked title.
                result.Add(link.Any(c => c is EmphasisInline { DelimiterCount: >= 2 }) && !EntryTitles.IsLinkLabel(label)
                    ? new Seg(SegKind.Strong, label, link.Url)
                    : new Seg(SegKind.Link, label, link.Url));
                break;
            case AutolinkInline auto:
                if (!auto.IsEmail) result.Add(new Seg(SegKind.Link, auto.Url, auto.Url));
                break;
            case CodeInline code:
                // `CVPR 2016` before a title is a venue badge in many profile templates.
                result.Add(new Seg(SegKind.Code, code.Content));
                break;
            case HtmlInline html when BreakTag().IsMatch(html.Tag):
                result.Add(new Seg(SegKind.HardBreak, " "));
                break;
            case HtmlInline:
                break;
            default:
                var text = PlainText(inline);
                if (text.Length > 0) result.Add(new Seg(SegKind.Text, text));
                break;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^<br\s*/?>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BreakTag();

    public static string PlainText(Inline inline) => inline switch
    {
        LiteralInline lit => lit.Content.ToString(),
        // Titles keep their LaTeX as printed ("$\\ell_1$"); matching keys ignore it later.
        MathInline math => new string(math.Delimiter, math.DelimiterCount) + math.Content + new string(math.Delimiter, math.DelimiterCount),
        LineBreakInline => " ",
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        HtmlInline => "",
        AutolinkInline auto => auto.Url,
        LinkInline { IsImage: true } => "",
        ContainerInline c => string.Concat(Visible(c).Select(PlainText)),
        _ => "",
    };

    private static string? FirstUrl(ContainerInline container)
    {
        foreach (var child in container)
        {
            if (child is LinkInline { IsImage: false } l) return l.Url;
            if (child is ContainerInline c && FirstUrl(c) is { } u) return u;
        }
        return null;
    }

    /// <summary>
    /// Logical lines of a paragraph. Pages that end lines with hard breaks wrap long lines with soft ones, so when
    /// a paragraph has any hard break only hard breaks end lines (but see <see cref="ForgottenHardBreak"/>);
    /// otherwise every line break does.
    /// </summary>
    public static List<List<Seg>> Lines(List<Seg> segs)
    {
        var hardOnly = segs.Any(s => s.Kind == SegKind.HardBreak);
        var lines = new List<List<Seg>>();
        var current = new List<Seg>();
        for (var i = 0; i < segs.Count; i++)
        {
            var s = segs[i];
            if (s.Kind == SegKind.HardBreak || s.Kind == SegKind.SoftBreak && (!hardOnly || lines.Count > 0 && ForgottenHardBreak(current, segs, i)))
            {
                lines.Add(current);
                current = [];
            }
            else if (s.Kind == SegKind.SoftBreak) current.Add(new Seg(SegKind.Text, " "));
            else current.Add(s);
        }
        lines.Add(current);
        return lines.Where(l => l.Any(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0)).Select(MergeText).ToList();
    }

    /// <summary>
    /// "**[Title](…)**␣␣" / "Ana Díaz; **Bo Chen**" / "Proceedings of X" with the two trailing spaces missing after the
    /// names: a soft break that closes a list of two names or more (no separator left hanging, as a wrapped list would)
    /// under a line of its own, before a capitalised run that is no names, ends the names line. Joined, the last name
    /// would take the venue's first words ("Bo Chen Proceedings of X").
    /// </summary>
    private static bool ForgottenHardBreak(List<Seg> current, List<Seg> segs, int softBreak)
    {
        var names = EntryTitles.Text(current).Trim();
        if (!ListOfNames().IsMatch(names) || HangingSeparator().IsMatch(names) || !AuthorText.IsNamesOnly(names)) return false;
        var next = EntryTitles.Text(segs.Skip(softBreak + 1).TakeWhile(s => s.Kind is not (SegKind.HardBreak or SegKind.SoftBreak))).Trim();
        return next.Length > 0 && (char.IsUpper(next[0]) || char.IsDigit(next[0])) && !AuthorText.IsNamesOnly(next);
    }

    /// <summary>Two names or more: a comma, semicolon, ampersand or "and" between words.</summary>
    [GeneratedRegex(@"\w[^,;&]*(?:[,;&]|\band\b)\s*\S")]
    private static partial Regex ListOfNames();

    /// <summary>A list broken mid-way ("Ana Díaz, Bo Chen,", "… and"): the next line holds more names.</summary>
    [GeneratedRegex(@"(?:[,;&]|\band)$")]
    private static partial Regex HangingSeparator();

    /// <summary>Adjacent plain runs as one: Markdig splits "[J3] Doe" at the bracket that opened no link.</summary>
    private static List<Seg> MergeText(List<Seg> line)
    {
        var merged = new List<Seg>(line.Count);
        foreach (var s in line)
        {
            if (s.Kind == SegKind.Text && merged.Count > 0 && merged[^1].Kind == SegKind.Text)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + s.Text };
            else merged.Add(s);
        }
        return merged;
    }
}
