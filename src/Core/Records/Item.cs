using System.Text.Json.Serialization;

namespace Aggregator.Core.Records;

/// <summary>
/// One normalised record: the model of CONTRACTS.md ("Record"). Immutable; parsers build it, normalisers
/// return changed copies with <c>with</c>. Property order is the wire order.
/// </summary>
public sealed record Item
{
    /// <summary>Stable across re-ingestion of the same content. Parsers may leave it empty; normalising assigns it.</summary>
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("kind")] public RecordKind Kind { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("authors")] public IReadOnlyList<string> Authors { get; init; } = [];
    [JsonPropertyName("published")] public PartialDate? Published { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("venue")] public string? Venue { get; init; }
    /// <summary>Plain text: the abstract or first paragraph.</summary>
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    /// <summary>Sanitised HTML (see Normalising/HtmlSafety).</summary>
    [JsonPropertyName("contentHtml")] public string? ContentHtml { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; init; } = [];
    [JsonPropertyName("links")] public IReadOnlyList<Link> Links { get; init; } = [];
    [JsonPropertyName("identifiers")] public Identifiers Identifiers { get; init; } = Identifiers.None;

    // Extensions beyond the contract's fields.

    /// <summary>True when <see cref="Title"/> was made by us (from the text), not printed by the page.</summary>
    [JsonPropertyName("titleDerived")] public bool TitleDerived { get; init; }
    /// <summary>Ids of the sources this item was seen on (several after merging).</summary>
    [JsonPropertyName("sources")] public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>Set when stored content changed after the item was first stored.</summary>
    [JsonPropertyName("dateModified"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? DateModified { get; init; }
    /// <summary>When storage first saw the item; the feed date of items whose page prints none.</summary>
    [JsonPropertyName("firstSeen"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? FirstSeen { get; init; }
    /// <summary>Position of the item on its page (0 = first); keeps page order among items first seen together.</summary>
    [JsonPropertyName("position"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Position { get; init; }
}
