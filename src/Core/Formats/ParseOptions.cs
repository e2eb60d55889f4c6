namespace Aggregator.Core.Formats;

/// <summary>What a source tells a parser beyond the document itself.</summary>
public sealed record ParseOptions
{
    public static readonly ParseOptions Default = new();

    /// <summary>The page owner's display name (sources.json "owner" or <c>--owner</c>): added to author lists that omit them.</summary>
    public string? Owner { get; init; }

    /// <summary>The source id, when parsing for a configured source.</summary>
    public string? SourceId { get; init; }

    /// <summary>group-posts: a regular expression a line must match to start a new post (overrides the default rules).</summary>
    public string? PostStartPattern { get; init; }

    /// <summary>html: CSS selectors for exact control; null = readability-style extraction.</summary>
    public HtmlSelectors? Selectors { get; init; }
}

/// <summary>CSS selectors for the html format. <see cref="Item"/> selects each post; the others are relative to it.</summary>
public sealed record HtmlSelectors
{
    public required string Item { get; init; }
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Link { get; init; }
    public string? Body { get; init; }
}
