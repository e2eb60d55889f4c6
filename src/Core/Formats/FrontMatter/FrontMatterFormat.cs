using Aggregator.Core.Formats.Feeds;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;
using Markdig;
using Markdig.Syntax;

namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>
/// One Markdown file with front matter (Hugo TOML "+++", Jekyll/Hugo YAML "---") → one record: a post, or a
/// paper or talk in the researcher site templates' own collections (see <see cref="FrontMatterKinds"/>).
/// Drafts (draft: true, or Jekyll's published: false) are read, so bad metadata still fails loudly, but
/// yield no record: an unpublished post must not reach a public feed.
/// </summary>
public sealed class FrontMatterFormat : IFormat
{
    public string Name => "front-matter";

    public int Detect(Document document) => FrontMatterDetection.Score(document.Text, document.Location);

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        var block = FrontMatterBlock.Split(document.Text, Name)
            ?? throw new ParseException(Name, "the document does not start with a \"+++\" or \"---\" front matter fence", "line 1");
        var fields = FrontMatterFields.Read(block, Name);
        if (fields.Flag("draft") || fields.Has("published") && !fields.Flag("published")) return [];

        var untrimmed = TemplateTags.Remove(block.Body);
        if (TemplateTags.TemplateOnly(untrimmed) is { } templateLine)
            throw new ParseException(Name, "the body is a site template ({{ ... }} placeholders filled from data kept elsewhere), not content: point the source at the built page or the data", $"line {block.BodyLine + templateLine - 1}");
        var body = untrimmed.Trim('\n');
        var kind = FrontMatterKinds.Of(fields, document.Location);
        var isPost = kind == RecordKind.Post;
        var url = fields.Text("link", "permalink", "url");
        // Relative links in the body are written relative to the post's own address, not the source file's.
        var postBase = UrlResolver.Absolute(url, document.BaseUri) is { } abs ? new Uri(abs) : null;
        var summary = isPost
            ? fields.Text("description", "summary", "excerpt")
            : fields.Text("abstract", "excerpt", "summary", "description");
        return
        [
            new Item
            {
                Kind = kind,
                Title = FeedText.Plain(fields.Text("title")),
                Url = url,
                Authors = isPost
                    ? fields.Authors()
                    : WorkFields.Authors(fields, options.Owner),
                Published = FeedDates.Parse(fields.Text("date", "publishDate", "pubDate"))
                    ?? JekyllFileName.Date(document.Location)
                    ?? FeedDates.Parse(fields.Text("lastmod", "updated", "last_modified_at")),
                Venue = isPost ? null : WorkFields.Venue(fields),
                Summary = (summary is null ? null : FeedText.Plain(summary)) ?? Teaser(body) ?? FirstParagraph(body),
                ContentHtml = body.Length == 0 ? null : FeedEntries.AbsoluteHtml(MarkdownHtml.Default.ToHtml(body), postBase),
                Links = isPost ? [] : WorkFields.Links(fields),
                Tags = fields.List("tags", words: true).Concat(fields.List("categories", words: true)).Concat(fields.List("category")).ToList(),
            },
        ];
    }

    /// <summary>The text above Hugo's / Jekyll's "&lt;!--more--&gt;" divider: the author's own choice of summary.</summary>
    private static string? Teaser(string markdown)
    {
        var i = markdown.IndexOf("<!--more-->", StringComparison.OrdinalIgnoreCase);
        return i <= 0 ? null : FeedText.Plain(MarkdownHtml.Default.ToHtml(markdown[..i]));
    }

    /// <summary>The text of the first top-level paragraph (not a heading, list or quote).</summary>
    private static string? FirstParagraph(string markdown)
    {
        var doc = Markdown.Parse(markdown, MarkdownHtml.Default.Pipeline);
        var paragraph = doc.OfType<ParagraphBlock>().FirstOrDefault() ?? doc.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph is null) return null;
        var html = Markdown.ToHtml(markdown.Substring(paragraph.Span.Start, paragraph.Span.Length), MarkdownHtml.Default.Pipeline);
        return FeedText.Plain(html);
    }
}
