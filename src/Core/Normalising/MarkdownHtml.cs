using Markdig;

namespace Aggregator.Core.Normalising;

/// <summary>Markdown to HTML with Markdig (tables, autolinks, footnotes...). The result still goes through <see cref="HtmlSafety"/>.</summary>
public sealed class MarkdownHtml
{
    public static MarkdownHtml Default { get; } = new();

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public MarkdownPipeline Pipeline => _pipeline;

    public string ToHtml(string markdown) => Markdown.ToHtml(markdown, _pipeline).Trim();
}
