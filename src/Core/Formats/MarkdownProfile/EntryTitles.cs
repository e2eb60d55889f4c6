using System.Text;
using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>An entry's printed title (bold, linked or quoted) and the rest of its first line.</summary>
/// <param name="Lead">A date printed before the title ("2021-05-03: **Title**"), or null.</param>
/// <param name="Badge">A code-span badge before the title ("`CVPR 2016` [Title](…)"): the venue, or null.</param>
internal sealed record TitleSplit(string? Title, string? Url, List<Seg> Rest, string? Lead = null, string? Badge = null);

/// <summary>Titles, link labels and line text of profile entries.</summary>
internal static partial class EntryTitles
{
    /// <summary>True when the line opens with what pages use to mark a title: bold, a (non-label) link, or a quote.</summary>
    public static bool StartsWithTitle(List<List<Seg>> paragraph)
    {
        // "[49] **Title.** (with …)": the list's own number printed before the entry does not hide its title.
        var line = WithoutNumberLabel(paragraph[0]);
        var split = Split(line);
        if (split.Title is null) return false;
        // "**Kaiming He**, Xiangyu Zhang, ..." under a title is the author line, not a new entry.
        if (!PersonNames.LooksLikeName(split.Title)) return true;
        var rest = Text(split.Rest).TrimStart();
        // A lone bold name is a one-author line; a short title followed by more lines is still a title.
        var startsNames = rest.Length == 0 && paragraph.Count == 1 || rest.StartsWith(',') || rest.StartsWith(';') || rest.StartsWith('&') || rest.StartsWith("and ", StringComparison.Ordinal);
        return !startsNames || CitationEntries.Applies(split, line);
    }

    public static TitleSplit Split(List<Seg> line)
    {
        var i = 0;
        string? badge = null;
        while (i < line.Count && (line[i].Kind == SegKind.Text && IsLead(line[i].Text) || line[i].Kind == SegKind.Code && i + 1 < line.Count))
        {
            if (line[i].Kind == SegKind.Code) badge ??= line[i].Text.Trim();
            i++;
        }
        if (i >= line.Count) return new TitleSplit(null, null, line);
        string? lead = null;
        if (i + 1 < line.Count && line[i].Kind == SegKind.Text && IsDateLead(line[i].Text))
            lead = line[i++].Text.Trim();
        var first = line[i];
        var rest = line.Skip(i + 1).ToList();
        switch (first.Kind)
        {
            case SegKind.Strong when !IsLinkLabel(first.Text) && !FieldLabel().IsMatch(first.Text):
                return new TitleSplit(Clean(first.Text), first.Url, rest, lead, badge);
            // An italic opening is a title unless it is the author list ("*A. Lamb, V. Dumoulin*").
            case SegKind.Emph when !IsLinkLabel(first.Text) && first.Text.Split(' ').Length >= 2 && AuthorText.Consume(first.Text).Names.Count == 0:
                return new TitleSplit(Clean(first.Text), first.Url, rest, lead, badge);
            case SegKind.Link when !IsLinkLabel(first.Text) && !first.Text.Contains("://"):
                return new TitleSplit(Clean(first.Text), first.Url, rest, lead, badge);
            case SegKind.Text:
                var text = first.Text;
                // "2021 — "Kernels for molecules", ...": a date printed before a quoted title.
                if (lead is null && DatedQuote().Match(text) is { Success: true } dq && IsDateLead(dq.Groups["d"].Value))
                {
                    lead = dq.Groups["d"].Value.Trim();
                    text = text[dq.Length..];
                }
                var q = Quoted().Match(text);
                if (q.Success)
                {
                    var after = text[(q.Index + q.Length)..];
                    return new TitleSplit(Clean(q.Groups["t"].Value), null, [new Seg(SegKind.Text, after), .. rest], lead, badge);
                }
                if (QuotedAcross(text, rest) is { } across) return across with { Lead = lead, Badge = badge };
                break;
        }
        return new TitleSplit(null, null, line);
    }

    /// <summary>
    /// "“Fear and Play in *Arlington Road*.” *Journal* 3 (2019)": a quoted title holding an italic one (a film, a novel)
    /// is still one title; its closing quote sits in the text after the italic. Only emphasis and plain text may lie
    /// between the quotes: a link or a line break means the quote was never closed on this line.
    /// </summary>
    private static TitleSplit? QuotedAcross(string text, List<Seg> rest)
    {
        if (OpenQuote().Match(text) is not { Success: true } open) return null;
        var title = new StringBuilder(text[(open.Index + open.Length)..]);
        for (var k = 0; k < rest.Count; k++)
        {
            var seg = rest[k];
            if (seg.Kind is SegKind.Emph or SegKind.Strong) { title.Append(seg.Text); continue; }
            if (seg.Kind != SegKind.Text) return null;
            var close = seg.Text.IndexOf('”');
            if (close < 0) { title.Append(seg.Text); continue; }
            title.Append(seg.Text[..close]);
            var t = Clean(title.ToString());
            if (t.Length < 8) return null;
            return new TitleSplit(t, null, [new Seg(SegKind.Text, seg.Text[(close + 1)..]), .. rest.Skip(k + 1)]);
        }
        return null;
    }

    /// <summary>
    /// "Plain Title - [Venue 2021](url) / [Poster](…)" or "Plain Title – PhD Thesis": an unmarked title set off from
    /// what follows by a dash. The last dash before the venue splits (titles may hold " - " themselves), and the part
    /// after it must read as a venue (a year, a venue word, a thesis or talk label), so prose with a dash is not a title.
    /// A parenthesised italic gloss after the title ("(_English translation_)") is not part of it.
    /// </summary>
    public static TitleSplit? TitleBeforeDash(List<Seg> line)
    {
        var venueAt = line.FindIndex(s => s.Kind == SegKind.Link && !IsLinkLabel(s.Text) && !s.Text.Contains("://"));
        var prefix = new StringBuilder();
        for (var i = 0; i < (venueAt < 0 ? line.Count : venueAt); i++)
        {
            var seg = line[i];
            if (seg.Kind is SegKind.HardBreak or SegKind.SoftBreak) return null;
            if (seg.Kind == SegKind.Link && IsLinkLabel(seg.Text)) return null;
            var gloss = seg.Kind == SegKind.Emph && prefix.ToString().TrimEnd().EndsWith('(') && i + 1 < line.Count && line[i + 1].Text.TrimStart().StartsWith(')');
            prefix.Append(gloss ? "" : seg.Text);
        }
        var text = prefix.ToString();
        string title, venue;
        List<Seg> rest;
        if (venueAt >= 0)
        {
            var dash = TrailingDash().Match(text);
            if (!dash.Success) return null;
            title = text[..dash.Index];
            rest = line.Skip(venueAt).ToList();
            venue = Text(rest);
        }
        else
        {
            var dash = LastDash().Match(text);
            if (!dash.Success) return null;
            title = text[..dash.Index];
            venue = text[(dash.Index + dash.Length)..].Trim();
            rest = [new Seg(SegKind.Text, venue)];
        }
        title = Clean(GlossParen().Replace(title, "").Replace("\u0001", ""));
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || AuthorText.IsNamesOnly(title)) return null;
        if (!VenueText.NamesVenueOrYear(venue) && !VenueText.IsThesis(venue) && !VenueText.IsTalk(venue)) return null;
        return new TitleSplit(title, null, rest);
    }

    // A DOI alone, or as its doi.org address.
    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/)?(?<doi>10\.\d{4,9}/\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrintedDoi();

    [GeneratedRegex(@"\s[-–—]+\s*$")]
    private static partial Regex TrailingDash();

    [GeneratedRegex(@"\s[-–—]+\s(?!.*\s[-–—]+\s)")]
    private static partial Regex LastDash();

    [GeneratedRegex(@"\s*\(\s*\u0001\s*\)\s*")]
    private static partial Regex GlossParen();

    /// <summary>
    /// The line without the list's own numbering printed before the entry: "[J3] ", "**[C1]**", "(P2) ", or a marked
    /// status tag ("**PREPRINT** **A Name**, …"), which says where the paper stands and is neither title nor author.
    /// A number typed by hand before a paragraph ("17- Names", "3) Names", an escaped "12\. Names") is such numbering too.
    /// </summary>
    public static List<Seg> WithoutNumberLabel(List<Seg> line)
    {
        var i = 0;
        while (i < line.Count && line[i].Kind == SegKind.Text && line[i].Text.Trim().Length == 0) i++;
        if (i >= line.Count) return line;
        var first = line[i];
        if (first.Kind is SegKind.Strong or SegKind.Emph or SegKind.Code && NumberLabel().Match(first.Text) is { Success: true } whole && whole.Length == first.Text.Length)
            return line.Skip(i + 1).ToList();
        // "[J4](url) **Doe, J.**, …": a short code naming the entry's place in the list ("J4", "C12", "3") is its tag,
        // linked or marked up, not its title.
        if (first.Kind is SegKind.Link or SegKind.Strong or SegKind.Emph && CodeLabel().IsMatch(first.Text)
            && line.Skip(i + 1).Any(s => s.Text.Count(char.IsLetter) > 3))
            // Its address is the paper's all the same: kept as a label link at the end of the line.
            return first is { Kind: SegKind.Link, Url: not null } ? [.. line.Skip(i + 1), new Seg(SegKind.Text, " "), first with { Text = "link" }] : line.Skip(i + 1).ToList();
        if (first.Kind is SegKind.Strong or SegKind.Emph or SegKind.Code && (PublicationStatus.IsStatusOnly(first.Text) || PreprintTag().IsMatch(first.Text))
            && line.Skip(i + 1).Any(s => s.Text.Any(char.IsLetter)))
            return line.Skip(i + 1).ToList();
        // "**Joint first author**: Redden, D., **Lee, B.**, … (2021). Title": a bold note closed by a colon, with the
        // citation's inverted names straight after it, remarks on the entry; it is neither its title nor a name.
        if (first.Kind is SegKind.Strong or SegKind.Emph && i + 1 < line.Count && line[i + 1].Kind == SegKind.Text
            && !PersonNames.LooksLikeName(first.Text.TrimEnd(':', ' ')))
        {
            // The colon inside the bold ("**Note:**") or straight after it ("**Note**:").
            var gap = (first.Text.TrimEnd().EndsWith(':') ? LeadingSpace() : NoteColon()).Match(line[i + 1].Text);
            var after = line[i + 1].Text[gap.Length..];
            // Only when the names run on to "(2021). Title": the citation holds a title of its own, so the bold is no
            // title ("**Title**: Varga, T. and Odo, R., Journal, 2022" keeps its bold title).
            var citation = after + string.Concat(line.Skip(i + 2).Select(s => s.Text));
            if (gap.Success && InvertedNameOpening().IsMatch(citation) && ApaYearThenTitle().IsMatch(citation))
                return [.. line.Take(i), .. after.Length > 0 ? [line[i + 1] with { Text = after }] : Array.Empty<Seg>(), .. line.Skip(i + 2)];
        }
        if (first.Kind == SegKind.Text && (NumberLabel().Match(first.Text) is { Success: true } label ? label : HandNumber().Match(first.Text)) is { Success: true } m)
        {
            var rest = first.Text[m.Length..];
            return [.. line.Take(i), .. rest.Length > 0 ? [new Seg(SegKind.Text, rest)] : Array.Empty<Seg>(), .. line.Skip(i + 1)];
        }
        return line;
    }

    [GeneratedRegex(@"^\s*[\[(]\s*\p{Lu}{0,3}\s?\d{1,3}\s*[\])]\s*[.:]?\s*")]
    private static partial Regex NumberLabel();

    /// <summary>The colon closing a bold note, and the space after it.</summary>
    [GeneratedRegex(@"^\s*:\s*")]
    private static partial Regex NoteColon();

    [GeneratedRegex(@"^\s*")]
    private static partial Regex LeadingSpace();

    [GeneratedRegex(@"\((?:19|20)\d\d[a-z]?\)\.\s*\p{L}")]
    private static partial Regex ApaYearThenTitle();

    /// <summary>"Redden, D.", "**Lee, B. F.**" (the owner in bold): a citation opening with an inverted name and its initials.</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’-]+,\s*\p{Lu}\.")]
    private static partial Regex InvertedNameOpening();

    /// <summary>Whether the line opens with the page's own numbering typed as text ("17- ", "[4] ", "3) ").</summary>
    public static bool OpensWithNumber(List<Seg> line) =>
        line.FirstOrDefault(s => s.Text.Trim().Length > 0) is { } first
        && (first.Kind == SegKind.Text && (NumberLabel().IsMatch(first.Text) || HandNumber().IsMatch(first.Text))
            || first.Kind is SegKind.Strong or SegKind.Emph or SegKind.Code && NumberLabel().Match(first.Text) is { Success: true } whole && whole.Length == first.Text.Length);

    /// <summary>
    /// "17- ", "17 – ", "3) ", "12. " typed before a paragraph rather than as a Markdown list: at most three digits (a
    /// four-digit number is a year) and a space after the mark ("3-D printing" is a word), or the end of the text when
    /// markup follows ("14- **A. Name**").
    /// </summary>
    [GeneratedRegex(@"^\s*\d{1,3}\s?[-–—.)](?:[ \t]+|$)")]
    private static partial Regex HandNumber();

    [GeneratedRegex(@"^\s*\p{Lu}{0,3}-?\d{1,3}[a-z]?\s*$")]
    private static partial Regex CodeLabel();

    [GeneratedRegex(@"^\W*(?:pre-?print|in\s+press)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PreprintTag();

    /// <summary>Link texts that name the kind of a link rather than the work: "[pdf]", "(code)", "video", "arXiv".</summary>
    /// <remarks>"Read online or download", "PDF and slides": labels joined by "or"/"and" are one label still.</remarks>
    public static bool IsLinkLabel(string text)
    {
        var t = text.Trim().Trim('[', ']', '(', ')', '{', '}').Trim().ToLowerInvariant();
        return t.Length == 0 || LabelWords().IsMatch(t) || ReadMore().IsMatch(t)
            || JoinedLabels().Split(t) is { Length: > 1 } parts && parts.All(p => LabelWords().IsMatch(p) || ReadMore().IsMatch(p));
    }

    [GeneratedRegex(@"\s+(?:or|and|&)\s+")]
    private static partial Regex JoinedLabels();

    /// <summary>The line's words without label links (those go to <paramref name="links"/>).</summary>
    public static string Text(IEnumerable<Seg> line, List<Link>? links = null)
    {
        var sb = new StringBuilder();
        foreach (var s in line)
        {
            if (s.Kind == SegKind.Link && s.Url is not null)
            {
                links?.Add(new Link(LinkKinds.Classify(s.Url, s.Text), s.Url));
                // "[10.48550/arXiv.2303.16245](https://arxiv.org/abs/…)", "[https://doi.org/10.48550/arXiv.…](https://arxiv.org/abs/…)":
                // the printed DOI names the work even when the link goes elsewhere.
                if (links is not null && PrintedDoi().Match(s.Text.Trim()) is { Success: true } printed && !s.Url.Contains("doi.org", StringComparison.OrdinalIgnoreCase))
                    links.Add(new Link(LinkRel.Doi, "https://doi.org/" + printed.Groups["doi"].Value));
                if (IsLinkLabel(s.Text) || s.Text.Contains("://")) continue;
            }
            sb.Append(s.Text);
        }
        return TextKey.CollapseWhitespace(sb.ToString());
    }

    /// <summary>Separators and list punctuation around fragments: " - ", ", ", "." and empty brackets left by removed links.</summary>
    public static string TrimSeparators(string text) => Separators().Replace(EmptyBrackets().Replace(text, ""), "").Trim();

    public static string Clean(string title)
    {
        var whole = TextKey.CollapseWhitespace(title).Trim();
        var t = whole.Trim('"', '“', '”').Trim();
        // 'Book review of "Minimal Morality"': the closing quote ends a quotation inside the title, not a pair around it.
        if (whole.EndsWith('"') && t.Count(c => c == '"') % 2 == 1) t += '"';
        else if (whole.EndsWith('”') && t.Count(c => c == '“') > t.Count(c => c == '”')) t += '”';
        // '“I couldn’t”: A study of …': the opening quote pairs with one inside the title, so it stays too.
        if (whole.StartsWith('"') && !t.StartsWith('"') && t.Count(c => c == '"') % 2 == 1) t = '"' + t;
        else if (whole.StartsWith('“') && t.Count(c => c == '”') > t.Count(c => c == '“')) t = '“' + t;
        if (t.EndsWith('.') && !t.EndsWith("..")) t = t[..^1].TrimEnd();
        // "Survey Dataset [Data set]": APA's bracketed description says what kind of work it is, not its title.
        t = ApaDescription().Replace(t, "");
        // "Survey of X (Final report, Project No. 2022-13)": APA sets a report's number after its title; it numbers the
        // work in a series, the title does not hold it.
        t = ReportNumber().Replace(t, "");
        // "isotopes $^{28-33}\text{F}$": a title reads as the page renders it ("²⁸⁻³³F") where plain text can say it.
        t = MathSpan().Replace(t, m => Bibtex.LatexText.MathToUnicode(m.Groups["m"].Value) ?? m.Value);
        return t.TrimEnd(',', ':', ';').Trim();
    }

    /// <summary>Inline math as Pandoc reads it: "$" then no space, no space before the closing "$", no digit after it ("$5 and $3" is money).</summary>
    [GeneratedRegex(@"\$(?=[^\s$])(?<m>[^$\n]*?[^\s$\\])\$(?!\d)")]
    private static partial Regex MathSpan();

    [GeneratedRegex(@"\s*\[(?:Data\s?set|Computer software|Software|Preprint|Video|Podcast|Audio|Poster|Slides?|Thesis|Report|Working paper)\]$", RegexOptions.IgnoreCase)]
    private static partial Regex ApaDescription();

    [GeneratedRegex(@"\s+\((?=[^()]*\b(?:Report|Informe|Rapport|Bericht|Relatório|Project|Proyecto|Projet|Working Paper)\b)(?=[^()]*\bNo\.\s*\d)[^()]*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportNumber();

    /// <summary>The date printed before an entry's title, when there is one.</summary>
    public static PartialDate? LeadDate(TitleSplit split) =>
        split.Lead is { } lead && LooseDates.TryParse(lead.Trim().TrimEnd(':', '-', '–', '—', ',', '|').Trim(), out var d) ? d : null;

    private static bool IsDateLead(string text) => LeadDate(new TitleSplit(null, null, [], text)) is not null;

    /// <summary>
    /// Punctuation or a marker glyph ("▶︎ ", "★", left by a styled &lt;span&gt;), or a label naming what kind of entry
    /// follows ("Poster:", "Invited talk –"): none of these is the title.
    /// </summary>
    private static bool IsLead(string text) => !text.Any(char.IsLetterOrDigit) || KindLabel().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:poster|talk|invited talk|keynote|keynote talk|oral|spotlight|contributed talk|tutorial|panel|lecture|seminar)\s*[:–—-]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KindLabel();

    [GeneratedRegex(@"^\s*(?<d>[^""“”]{4,25}?)\s*[—–:|,-]\s*(?=[“""])")]
    private static partial Regex DatedQuote();

    [GeneratedRegex(@"^(?:pdf|paper|draft|full ?text|video|videos|slides?|code|github|source|arxiv|poster|web ?page|website|project(?: page)?|bib(?:tex)?|doi|html|talk|abstract|demo|blog(?: post)?|data(?:set)?|supp(?:lementary)?(?: material)?|openreview|proceedings|link|url|recording|youtube|preprint|journal|publisher|acm|ieee|springer|dl|pub|summary|tweet|twitter|thread|colab|notebook|media|press|news|errata|appendix|extended version|long version|short version|talk video|podcast|ssrn|biorxiv|medrxiv|pmc|pubmed|google scholar|semantic scholar|cite|citation|view publication|view paper|view|read|read more|full paper|download|here|online|read online|view online|official version|camera[- ]ready|thesis|dissertation)$")]
    private static partial Regex LabelWords();

    /// <summary>A link to the rest of the entry ("Read more →", "Details", "[more]", "阅读详情", "Lire la suite"): it names no work or venue.</summary>
    [GeneratedRegex(@"^(?:(?:read|see|learn|view|show)\s+(?:more|details|full)|more(?:\s+(?:info|details))?|details?|continue\s+reading|full\s+story|阅读(?:详情|全文|更多)|查看(?:详情|全文|更多)|详情|更多|詳細|続きを読む|lire\s+la\s+suite|en\s+savoir\s+plus|leer\s+m[aá]s|weiterlesen|mehr)\W*$")]
    private static partial Regex ReadMore();

    /// <summary>Bold run-in labels of a paragraph ("**TL;DR:**", "**Abstract.**"), not titles.</summary>
    [GeneratedRegex(@"^\s*(?:tl;?\s?dr|abstract|summary|note|notes|keywords?|award|highlights?)\b|[:：]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^\s*[“""](?<t>[^”""]{8,})[”""]")]
    private static partial Regex Quoted();

    /// <summary>An opening curly quote whose title runs on past the end of this text (no closing quote in it).</summary>
    [GeneratedRegex(@"^\s*“(?=[^”]*$)")]
    private static partial Regex OpenQuote();

    [GeneratedRegex(@"^[\s,.;:–—\-|/·•]+|(?:[\s,;:–—\-|/·•]|(?<!\b\p{Lu})\.)+$")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\(\s*[,;]?\s*\)|\[\s*[,;]?\s*\]")]
    private static partial Regex EmptyBrackets();
}
