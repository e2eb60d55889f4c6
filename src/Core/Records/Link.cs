namespace Aggregator.Core.Records;

/// <summary>A link of an item. <see cref="Rel"/> is one of <see cref="LinkRel"/>'s values or a page's own word.</summary>
public sealed record Link(string Rel, string Url);

public static class LinkRel
{
    public const string Alternate = "alternate";
    public const string Pdf = "pdf";
    public const string Slides = "slides";
    public const string Video = "video";
    public const string Code = "code";
    public const string Doi = "doi";
    public const string Arxiv = "arxiv";
    public const string Poster = "poster";
    public const string Related = "related";
}
