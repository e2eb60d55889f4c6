using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// A group's page of posts as extracted text: the group's description, then posts newest first, dated
/// ("Mar 2024: ...") or not, with navigation, picture placeholders and the site footer around them.
/// </summary>
public sealed partial class GroupPostsFormat : IFormat
{
    public string Name => "group-posts";

    public int Detect(Document document)
    {
        var text = document.Text;
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.Length == 0 || trimmed[0] is '<' or '{' || JsonArray().IsMatch(trimmed) || trimmed.StartsWith("---") || trimmed.StartsWith("+++")) return 0;
        if (MarkupTag().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().Count() >= 3) return 0;
        if (BibEntry().IsMatch(text) || ListingMarker().IsMatch(text)) return 0;
        var markdown = MarkdownHeading().Matches(text).Count >= 2 || MarkdownListLink().Matches(text).Count >= 3;

        var lines = PageLines.Read(text);
        var blocks = 0;
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Kind == LineKind.Text && (i == 0 || lines[i - 1].Kind != LineKind.Text)) blocks++;
        var texts = lines.Where(l => l.Kind == LineKind.Text).Select(l => l.Text.Trim()).ToList();
        var dated = texts.Count(t => DateLeads.TryRead(t, out _)) >= 2 || texts.Count(t => DateLeads.TryRead(t, out _, loose: true)) >= 3
            || PostSplitter.TitledBullets(lines).Count >= 2;
        if (blocks < 3 && !dated) return 0;
        // Markdown is a profile's or a post's; a Markdown list of dated news items is still news.
        if (markdown) return texts.Count(t => DateLeads.TryRead(t, out _, year: 2000)) >= 3 ? 40 : 0;
        // Dated cards each closed by a "Read more" link are posts, however much a paper announced on one looks like a listing's entry.
        if (ReadMoreCards.Split(lines) is { Count: >= 3 }) return 80;
        // So are titles each over a posted-on, byline or date-and-category line, however many citations the posts quote.
        if (PostSplitter.PostedLines(lines) is { Count: >= 3 }) return 80;
        var score = 50;
        if (texts.Count(t => DerivedTitles.Greeting().Match(t).Length > 0) >= 2) score += 10;
        if (dated) score += 10;
        if (lines.Any(l => l.Kind == LineKind.Image)) score += 5;
        return Math.Min(score, 70);
    }

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        Regex? start = null;
        if (!string.IsNullOrWhiteSpace(options.PostStartPattern))
        {
            try { start = new Regex(options.PostStartPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
            catch (ArgumentException e) { throw new ParseException(Name, $"the post-start pattern is not a valid regular expression: {e.Message}", "option postStart", e); }
        }
        var lines = PageLines.Read(document.Text ?? "", out var footer);
        try
        {
            return PostBuilder.Build(PostSplitter.Split(lines, start, footer));
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new ParseException(Name, "the post-start pattern took too long to match", "option postStart", e);
        }
    }

    [GeneratedRegex(@"<(div|p|a|ul|ol|li|h[1-6]|span|table|section|article|img|body|head|html|rss|feed|entry|item)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupTag();

    /// <summary>JSON opens an array with a value; a page may open with "[logo]" or "[Skip to content]".</summary>
    [GeneratedRegex(@"^\[\s*(?:[\[{""\d\]-]|true|false|null)")]
    private static partial Regex JsonArray();

    [GeneratedRegex(@"^\s*@\w+\s*\{", RegexOptions.Multiline)]
    private static partial Regex BibEntry();

    /// <summary>Publication listings (another format) mark each paper with these controls.</summary>
    [GeneratedRegex(@"^\s*(?:Preview abstract|View details)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ListingMarker();

    [GeneratedRegex(@"^#{1,6}\s+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*[-*+]\s+.*\]\(", RegexOptions.Multiline)]
    private static partial Regex MarkdownListLink();
}
