using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aggregator.Functions.Hosting;

/// <summary>
/// One function folder's function.json, as the Functions host reads it. The app reads the same files
/// (the standalone scheduler takes its schedule from ScheduledIngest/function.json).
/// </summary>
public sealed record FunctionManifest(string Name, IReadOnlyList<FunctionBinding> Bindings)
{
    public const string FileName = "function.json";

    /// <summary>Where the function folders are: next to the executable (the build copies them there).</summary>
    public static string DefaultAppRoot => AppContext.BaseDirectory;

    public FunctionBinding Trigger =>
        Bindings.SingleOrDefault(b => b.Direction == "in" && b.Type?.EndsWith("Trigger", StringComparison.Ordinal) == true)
        ?? throw new InvalidDataException($"{Name}/{FileName} has no single trigger binding.");

    public static FunctionManifest Load(string appRoot, string functionName)
    {
        var path = Path.Combine(appRoot, functionName, FileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"No {FileName} for function '{functionName}' under {appRoot}.", path);
        try
        {
            var file = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(path))
                       ?? throw new InvalidDataException($"{path} is empty.");
            return new FunctionManifest(functionName, file.Bindings ?? []);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Every folder under <paramref name="appRoot"/> that holds a function.json, as the host sees them.</summary>
    public static IReadOnlyList<FunctionManifest> LoadAll(string appRoot) =>
        Directory.EnumerateDirectories(appRoot)
            .Where(d => File.Exists(Path.Combine(d, FileName)))
            .Select(d => Load(appRoot, Path.GetFileName(d)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();

    private sealed record ManifestFile([property: JsonPropertyName("bindings")] IReadOnlyList<FunctionBinding>? Bindings);
}

public sealed record FunctionBinding
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("direction")] public string? Direction { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("authLevel")] public string? AuthLevel { get; init; }
    [JsonPropertyName("route")] public string? Route { get; init; }
    [JsonPropertyName("methods")] public IReadOnlyList<string>? Methods { get; init; }
    [JsonPropertyName("schedule")] public string? Schedule { get; init; }
    [JsonPropertyName("runOnStartup")] public bool? RunOnStartup { get; init; }
}
