using System.Text.Json.Serialization;

namespace Aggregator.Core.Records;

/// <summary>What an item is. Serialised in lower case, as CONTRACTS.md fixes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecordKind>))]
public enum RecordKind
{
    [JsonStringEnumMemberName("publication")] Publication,
    [JsonStringEnumMemberName("post")] Post,
    [JsonStringEnumMemberName("talk")] Talk,
    [JsonStringEnumMemberName("thesis")] Thesis,
    [JsonStringEnumMemberName("service")] Service,
    [JsonStringEnumMemberName("event")] Event,
}

public static class RecordKinds
{
    public static string ToWire(this RecordKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? value, out RecordKind kind) =>
        Enum.TryParse(value, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}
