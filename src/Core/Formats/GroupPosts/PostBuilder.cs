using Aggregator.Core.Normalising;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>Turns cut posts into records: escaped paragraphs, the first as summary, titles only where the page prints them.</summary>
internal static partial class PostBuilder
{
    public static List<Item> Build(List<RawPost> posts)
    {
        posts = posts.SelectMany(SplitTalks).ToList();
        var abstractCards = AbstractCards.Applies(posts);
        var tagLines = !abstractCards && TagLineCards.Applies(posts);
        var speakerFirst = !abstractCards && !tagLines && PrintsSpeakerFirst(posts);
        var width = posts.SelectMany(p => p.Paragraphs).SelectMany(l => l).Select(l => l.Length).DefaultIfEmpty(0).Max();
        var listing = !abstractCards && !tagLines && !speakerFirst && IsTalkListing(posts);
        var headed = !listing && !tagLines && !speakerFirst && PrintsTitlesBelowDates(posts, width);
        var leadTitles = !listing && PrintsTitlesAfterDates(posts);
        var items = new List<Item>(posts.Count);
        var datesClose = DatesCloseItems(posts);
        var monthFirst = SlashDateOrder.MonthFirst(posts.SelectMany(p => p.Paragraphs.SelectMany(l => l).Prepend(p.Lead?.Matched ?? "")));
        foreach (var post in posts)
        {
            var title = post.Title;
            string[] authors = post.Author is { } byline ? [byline] : [];
            var paragraphs = post.Paragraphs;
            if (title is null && abstractCards && AbstractCards.Title(post) is { } card)
                (title, paragraphs) = card;
            else if (title is null && tagLines && TagLineCards.Title(post, width) is { } tagged)
                (title, paragraphs) = tagged;
            else if (title is null && listing && PrintsTitleAndSpeaker(post))
            {
                var block = paragraphs[0];
                title = block[0];
                authors = [block[1]];
                paragraphs = block.Count > 2 ? [block.Skip(2).ToList(), .. paragraphs.Skip(1)] : [.. paragraphs.Skip(1)];
            }
            else if (title is null && speakerFirst && SpeakerOpens(post))
            {
                // The page sets the speaker apart, not the title: the lines stay in the body as printed.
                var block = paragraphs[0];
                authors = [Honorific().Replace(Affiliation().Replace(block[0], ""), "").Trim()];
                if (block is [_])
                    // The speaker's line a block of its own: the title is the next block, wrapped at the page's width.
                    title = string.Join(" ", paragraphs[1]);
                else
                {
                    title = block[1];
                    // A long title wraps onto the next line only where that line's first word would not have fit.
                    for (var j = 2; j < block.Count && block[j - 1].Length + 1 + block[j].Split(' ')[0].Length > width; j++) title += " " + block[j];
                }
            }
            else if (title is null && headed && TitleLine(post, width))
            {
                var lines = TitleSpan(post, width);
                title = string.Join(" ", paragraphs[0].Take(lines));
                paragraphs = paragraphs[0].Count > lines ? [paragraphs[0].Skip(lines).ToList(), .. paragraphs.Skip(1)] : [.. paragraphs.Skip(1)];
            }
            else if (title is null && leadTitles && LeadTitle(post))
            {
                title = string.Join(" ", paragraphs[0]);
                // An item that is its headline alone keeps it as its text too.
                if (paragraphs.Count >= 2) paragraphs = [.. paragraphs.Skip(1)];
            }
            // Talk announcements label their fields ("Title: ...", "Speaker: ..."); the lines stay in the body as printed.
            if (title is null && LabelledTitle(paragraphs) is { } labelled) title = labelled.Trim('"', '“', '”', '\'', ' ');
            // Card furniture (a time-and-place line, a "Venue:" field) is never a title, whichever reading chose it: the line
            // goes back to the text as printed. Where the text opens with furniture, the title is the entry of its own after it.
            if (title is not null && CardFields.IsFurniture(title))
            {
                authors = post.Author is { } by ? [by] : [];
                paragraphs = post.Title is { } furniture ? [[furniture], .. post.Paragraphs] : post.Paragraphs;
                title = null;
            }
            title ??= CardFields.TitleAfterFurniture(paragraphs);
            if (authors.Length == 0 && LabelledLine(paragraphs, SpeakerLabel()) is { } speaker)
                authors = [Honorific().Replace(Affiliation().Replace(speaker, ""), "").Trim()];
            var texts = paragraphs.Select(PageLines.JoinLines).Where(t => t.Length > 0).ToList();
            if (texts.Count == 0 && title is null) continue;
            items.Add(new Item
            {
                Kind = RecordKind.Post,
                Title = title,
                Authors = authors,
                // A one-paragraph news line may close with its date ("... (May 2025)"); in longer posts such a date is content.
                // Where the page closes its items that way, a long item's closing date is its date all the same.
                Published = post.Lead is { } dated ? SlashDateOrder.Ordered(dated.Date, dated.Matched, monthFirst)
                    : texts is [var line] && (line.Length <= 300 || datesClose) && DateLeads.TryReadTrailing(line, out var closing) ? SlashDateOrder.Ordered(closing, line, monthFirst) : null,
                Summary = texts.Count > 0 ? PlainText(SummaryText(texts)) : null,
                ContentHtml = texts.Count > 0 ? string.Join("\n", texts.Select(t => "<p>" + InlineHtml(t) + "</p>")) : null,
                Links = MarkdownLink().Matches(string.Join("\n", texts)).Select(m => m.Groups["url"].Value).Concat(post.Related ?? [])
                    .Select(url => new Link(LinkRel.Related, url)).DistinctBy(l => l.Url).ToList(),
            });
        }
        return items;
    }

    /// <summary>
    /// Most items are one paragraph closed by their date ("... joined the group. (April 2011)"): the page dates its news at
    /// the end, so every such closing date is a date, however long the item.
    /// </summary>
    private static bool DatesCloseItems(List<RawPost> posts)
    {
        var closed = posts.Count(p => p.Lead is null && p.Paragraphs is [_] && DateLeads.TryReadTrailing(string.Join(" ", p.Paragraphs[0]), out _));
        return closed >= 3 && closed * 10 >= posts.Count * 7;
    }

    /// <summary>
    /// A talk listing prints date, title, speaker and abstract, the title and speaker on consecutive lines. Decided for the page,
    /// not per post, so one news item that happens to have a short first line does not gain a title.
    /// </summary>
    private static bool IsTalkListing(List<RawPost> posts)
    {
        var dated = posts.Where(p => p.Lead is { Rest.Length: 0 }).ToList();
        return dated.Count >= 2 && dated.Count(PrintsTitleAndSpeaker) * 10 >= dated.Count * 6;
    }

    /// <summary>
    /// A talk listing may print date, speaker (with affiliation), then the talk's title and where it was held. Decided for
    /// the page: most dated items open with a speaker line, and far fewer have one second (titles rarely read as names).
    /// </summary>
    private static bool PrintsSpeakerFirst(List<RawPost> posts)
    {
        var dated = posts.Where(p => p.Lead is { Rest.Length: 0 } && p.Title is null && p.Paragraphs is [{ Count: >= 3 }, ..] or [[_], _, _, ..]).ToList();
        var first = dated.Count(SpeakerOpens);
        var second = dated.Count(p => SpeakerLine().IsMatch(p.Paragraphs[0] is [_] ? p.Paragraphs[1][0] : p.Paragraphs[0][1]));
        return dated.Count >= 3 && first * 10 >= dated.Count * 7 && second * 2 <= first;
    }

    private static bool SpeakerOpens(RawPost post) =>
        post.Lead is { Rest.Length: 0 } && (post.Paragraphs is [{ Count: >= 3 } block, ..] && block[0].Length <= 120 && SpeakerLine().IsMatch(block[0]) || SpeakerBlockOpens(post));

    /// <summary>
    /// The speaker's line a block of its own, the talk's title the next (up to three lines, ending as a title does), then
    /// the abstract: each set apart by blank lines.
    /// </summary>
    private static bool SpeakerBlockOpens(RawPost post) =>
        post.Lead is { Rest.Length: 0 } && post.Paragraphs is [[var speaker], { Count: <= 3 } title, _, ..]
        && speaker.Length <= 120 && SpeakerLine().IsMatch(speaker)
        && string.Join(" ", title) is { Length: >= 8 and <= 250 } t && !PageLines.EndsUnlikeTitle(t) && !FieldLabel().IsMatch(t);

    /// <summary>
    /// Blog listings print date, then the post's title on a short line of its own, then its text. Decided for the page:
    /// most dated posts must open that way.
    /// </summary>
    private static bool PrintsTitlesBelowDates(List<RawPost> posts, int width)
    {
        var dated = posts.Where(p => p.Lead is { Rest.Length: 0 } && p.Title is null).ToList();
        var titled = dated.Where(p => TitleLine(p, width)).ToList();
        // The same line over every post ("Photos", "Read more") is a button's label, not a title.
        var distinct = titled.Select(p => p.Paragraphs[0][0]).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return dated.Count >= 2 && titled.Count * 10 >= dated.Count * 7 && (titled.Count < 3 || distinct * 2 > titled.Count);
    }

    /// <summary>
    /// News that prints "11/07/19: Title" (or "2024-03-02 - Headline" wrapped onto a second line) as a block of its own, then
    /// the text in paragraphs below: the block is the title. Decided for the page: most dated posts must open that way;
    /// then an item that is its headline alone is titled by it too.
    /// </summary>
    private static bool PrintsTitlesAfterDates(List<RawPost> posts)
    {
        var dated = posts.Where(p => p.Lead is { Rest.Length: > 0 } && p.Title is null).ToList();
        return dated.Count >= 2 && dated.Count(p => p.Paragraphs.Count >= 2 && LeadTitle(p)) * 10 >= dated.Count * 7;
    }

    /// <summary>
    /// The date line's rest is a headline block: it alone, or wrapped over up to three long lines, up to a blank line. It
    /// ends bare, with "!" or "?", or as one short sentence ("We released a new dataset."), never as a lead-in.
    /// </summary>
    private static bool LeadTitle(RawPost post)
    {
        if (post.Lead is not { Rest.Length: > 0 } lead || post.Paragraphs is not [var head, ..] || head[0] != lead.Rest) return false;
        if (head.Count > 3 || head.SkipLast(1).Any(l => l.Length < 60)) return false;
        var text = string.Join(" ", head);
        if (text.Length > (head.Count == 1 ? 90 : 250) || FieldLabel().IsMatch(text) || DerivedTitles.Greeting().Match(text).Length > 0) return false;
        if (!PageLines.EndsUnlikeTitle(text)) return true;
        return text.EndsWith('.') && text.Length <= 120 && !text.EndsWith("..") && !SentenceBreak().IsMatch(text.TrimEnd('.'));
    }

    /// <summary>A sentence ending inside the text: two sentences are text, not a headline.</summary>
    [GeneratedRegex(@"[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceBreak();

    /// <summary>
    /// A title line opens the post: short, or of any length where it is a block of its own (a title set apart from the text
    /// below, wrapped at the page's width where it ran long).
    /// </summary>
    private static bool TitleLine(RawPost post, int width) =>
        post.Lead is { Rest.Length: 0 } && post.Paragraphs is [var first, ..] && (first.Count >= 2 || post.Paragraphs.Count >= 2)
        && TitleSpan(post, width) is > 0 and var span
        && !PageLines.EndsUnlikeTitle(first[span - 1]) && !LabelledField(post) && DerivedTitles.Greeting().Match(first[0]).Length == 0;

    /// <summary>
    /// The post opens with a labelled field ("Speaker: ...", "Title: ..."), not a title. A headline may open with a short
    /// label of its own ("Harvard Gazette: A speedier ..."): on a line set apart as a block of its own, with text below,
    /// and no field a card prints, the line is the headline.
    /// </summary>
    private static bool LabelledField(RawPost post)
    {
        var first = post.Paragraphs[0][0];
        if (!FieldLabel().IsMatch(first)) return false;
        var headline = post.Paragraphs is [[_], _, ..] && !CardFields.IsFurniture(first) && !TitleLabel().IsMatch(first) && !SpeakerLabel().IsMatch(first);
        return !headline;
    }

    /// <summary>
    /// How many lines of the first block the title takes: one short line, or a longer title wrapped at the page's width when
    /// it is the whole block; 0 when the block opens with a long line that is no title.
    /// </summary>
    private static int TitleSpan(RawPost post, int width)
    {
        var first = post.Paragraphs[0];
        var n = first[0].Length > 60 ? TitleLines(first, width) : 1;
        if (n == 1 && first[0].Length <= 90) return 1;
        if (post.Paragraphs.Count >= 2 && n == first.Count && first.Sum(l => l.Length + 1) <= 250) return n;
        return first[0].Length <= 90 ? 1 : 0;
    }

    /// <summary>How many lines of a block its opening line runs over: the next line continues it only where that line's first word would not have fit.</summary>
    private static int TitleLines(List<string> block, int width)
    {
        var n = 1;
        while (n < block.Count && block[n - 1].Length + 1 + block[n].Split(' ')[0].Length > width) n++;
        return n;
    }

    /// <summary>"Speaker: ...", "Room: ...": a labelled field, not a title.</summary>
    [GeneratedRegex(@"^[\p{L}][\p{L} ]{1,24}:\s")]
    private static partial Regex FieldLabel();

    private static bool PrintsTitleAndSpeaker(RawPost post) =>
        post.Lead is { Rest.Length: 0 } && post.Paragraphs is [var block, ..] && block.Count >= 2
        && (block.Count >= 3 || post.Paragraphs.Count >= 2)
        && block[0].Length <= 200 && SpeakerLine().IsMatch(block[1]);

    /// <summary>One to six capitalised name-like words, optionally with an affiliation after a comma or in brackets.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|le|la|y)){0,5}(?:\s*(?:,|\(|—|-)\s*[^.!?]{0,80})?$")]
    private static partial Regex SpeakerLine();

    private static string? LabelledLine(List<List<string>> paragraphs, Regex label) =>
        paragraphs.Take(2).SelectMany(p => p).Select(l => label.Match(l)).FirstOrDefault(m => m.Success) is { } m && m.Groups["value"].Value.Trim() is { Length: > 0 } v ? v : null;

    /// <summary>
    /// A session that holds several talks prints a "Title:" field for each: each talk is a post of its own, under the
    /// session's date.
    /// </summary>
    private static IEnumerable<RawPost> SplitTalks(RawPost post)
    {
        if (post.Title is not null || post.Paragraphs.SelectMany(p => p).Count(l => TitleLabel().IsMatch(l)) < 2) return [post];
        var talks = new List<List<List<string>>> { new() };
        var seen = false;
        foreach (var paragraph in post.Paragraphs)
        {
            var current = new List<string>();
            foreach (var line in paragraph)
            {
                if (TitleLabel().IsMatch(line))
                {
                    if (seen)
                    {
                        if (current.Count > 0) talks[^1].Add(current);
                        talks.Add([]);
                        current = [];
                    }
                    seen = true;
                }
                current.Add(line);
            }
            if (current.Count > 0) talks[^1].Add(current);
        }
        return talks.Select((t, k) => k == 0 ? post with { Paragraphs = t } : new RawPost(post.Line, post.Lead, t));
    }

    /// <summary>The "Title:" field's value; a long title wraps onto the lines below it, up to the next field.</summary>
    private static string? LabelledTitle(List<List<string>> paragraphs)
    {
        foreach (var paragraph in paragraphs.Take(2))
            for (var i = 0; i < paragraph.Count; i++)
            {
                var m = TitleLabel().Match(paragraph[i]);
                if (!m.Success || m.Groups["value"].Value.Trim() is not { Length: > 0 } value) continue;
                // "Paper: Choi, J., Chen, W., et al.": a citation opening with its authors names no title.
                if (CitationAuthors().IsMatch(value)) return null;
                for (var j = i + 1; j < paragraph.Count && paragraph[j - 1].Length >= 80 && !FieldLabel().IsMatch(paragraph[j]) && !value.EndsWith('.'); j++)
                    value += " " + paragraph[j].Trim();
                return value;
            }
        return null;
    }

    [GeneratedRegex(@"^(?:(?:talk\s+)?title|paper|reading)\s*:\s*(?<value>.{3,200})$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    /// <summary>"Okafor, D.", "Lindqvist, P., Osei, K." or a value closing on a comma or "et al.": an author list.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}\.|,\s*$|\bet al\b")]
    private static partial Regex CitationAuthors();

    [GeneratedRegex(@"^(?:(?:speakers?|presenters?|presented by|discussion lead|led by)\s*:|(?:led|presented|given) by)\s*(?<value>.{2,150})$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerLabel();

    /// <summary>"(University of Leeds)", ", ETH Zürich": where the speaker is from, not who.</summary>
    [GeneratedRegex(@"\s*(?:\([^)]*\)|,.*)$")]
    private static partial Regex Affiliation();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Mx)\.?\s+)+")]
    private static partial Regex Honorific();

    /// <summary>
    /// The post's first paragraph, unless that is a lone label over the paragraphs it introduces (a newsletter's "TL;DR:"
    /// over its bullet points): then the first of those, its bullet dropped, is what the post is about.
    /// </summary>
    private static string SummaryText(List<string> texts) =>
        texts is [var label, var next, ..] && LeadLabel().IsMatch(label) ? ListMarker().Replace(next, "") : texts[0];

    /// <summary>One to three words closed by a colon and nothing else: "TL;DR:", "In short:", "Highlights:".</summary>
    [GeneratedRegex(@"^[\p{L};'’]+(?:\s+[\p{L};'’]+){0,2}\s*:$")]
    private static partial Regex LeadLabel();

    [GeneratedRegex(@"^(?:[-–•*·▪]|\d{1,2}[.)])\s+")]
    private static partial Regex ListMarker();

    private static string PlainText(string text) => MarkdownLink().Replace(text, "${text}");

    /// <summary>HTML-escaped text, with Markdown-style links the extraction kept turned into anchors.</summary>
    private static string InlineHtml(string text)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (Match m in MarkdownLink().Matches(text))
        {
            sb.Append(WebUtility.HtmlEncode(text[at..m.Index]));
            sb.Append("<a href=\"").Append(WebUtility.HtmlEncode(m.Groups["url"].Value)).Append("\">")
              .Append(WebUtility.HtmlEncode(m.Groups["text"].Value)).Append("</a>");
            at = m.Index + m.Length;
        }
        sb.Append(WebUtility.HtmlEncode(text[at..]));
        return sb.ToString();
    }

    [GeneratedRegex(@"\[(?<text>[^\[\]]+)\]\((?<url>https?://[^\s()]+)\)")]
    private static partial Regex MarkdownLink();
}
