using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aggregator.Functions.ScheduledIngest;

/// <summary>
/// What the Functions host POSTs to a custom handler for a non-HTTP trigger:
/// <c>{"Data": {"&lt;binding name&gt;": value}, "Metadata": {...}}</c>.
/// </summary>
public sealed record HostInvocationRequest
{
    [JsonPropertyName("Data")] public Dictionary<string, JsonElement>? Data { get; init; }
    [JsonPropertyName("Metadata")] public Dictionary<string, JsonElement>? Metadata { get; init; }

    /// <summary>
    /// The serialised TimerInfo (<c>{"Schedule": ..., "ScheduleStatus": ... | null, "IsPastDue": bool}</c>),
    /// found by shape rather than by the binding's name, which function.json may change.
    /// </summary>
    public JsonElement? FindTimerInfo() =>
        Data?.Values.FirstOrDefault(v => v.ValueKind == JsonValueKind.Object
            && (v.TryGetProperty("IsPastDue", out _) || v.TryGetProperty("Schedule", out _)));

    public bool IsPastDue =>
        FindTimerInfo() is { } timer && timer.TryGetProperty("IsPastDue", out var due) && due.ValueKind == JsonValueKind.True;
}

/// <summary>
/// The reply the host expects: output binding values, log lines (added to the invocation's logs) and the
/// return value (used only when function.json declares a $return binding).
/// </summary>
public sealed record HostInvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue);
