using System.Text.Json.Serialization;
using Aggregator.Core.Formats;

namespace Aggregator.Core.Sources;

/// <summary>One entry of sources.json.</summary>
public sealed record SourceDefinition
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>http(s) URL, or a local path (relative to sources.json) for offline use.</summary>
    [JsonPropertyName("url")] public required string Url { get; init; }
    [JsonPropertyName("format")] public string Format { get; init; } = FormatRegistry.Auto;
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("owner")] public string? Owner { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; init; } = [];
    [JsonPropertyName("postStart")] public string? PostStartPattern { get; init; }
    [JsonPropertyName("selectors")] public HtmlSelectors? Selectors { get; init; }

    public ParseOptions ToParseOptions() => new()
    {
        Owner = Owner, SourceId = Id, PostStartPattern = PostStartPattern, Selectors = Selectors,
    };
}
