using System.Text.Json.Serialization;

namespace Aggregator.Core.Records;

/// <summary>Global identifiers of a work; null members are omitted from JSON.</summary>
public sealed record Identifiers
{
    public static readonly Identifiers None = new();

    [JsonPropertyName("doi"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Doi { get; init; }

    [JsonPropertyName("arxiv"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Arxiv { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Doi is null && Arxiv is null;
}
