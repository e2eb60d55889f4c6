using System.Text.Json;
using Aggregator.Core.Formats;

namespace Aggregator.Core.Tests.Golden;

/// <summary>
/// One golden-file case: <c>Formats/&lt;format&gt;/&lt;case&gt;.&lt;ext&gt;</c> next to <c>&lt;case&gt;.expected.json</c>
/// (the normalised records) and an optional <c>&lt;case&gt;.options.json</c>
/// (<c>{"owner": ..., "location": ..., "postStart": ..., "selectors": {...}, "detect": true}</c>).
/// </summary>
public sealed record GoldenCase(string Format, string Name, string InputPath)
{
    public static string TestsRoot { get; } = FindTestsRoot();

    public string ExpectedPath => Path.Combine(Path.GetDirectoryName(InputPath)!, Name + ".expected.json");
    public string OptionsPath => Path.Combine(Path.GetDirectoryName(InputPath)!, Name + ".options.json");

    public override string ToString() => $"{Format}/{Name}";

    public static IEnumerable<GoldenCase> All()
    {
        var formats = Path.Combine(TestsRoot, "Formats");
        if (!Directory.Exists(formats)) yield break;
        foreach (var dir in Directory.GetDirectories(formats).Order(StringComparer.Ordinal))
        foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".expected.json") || name.EndsWith(".options.json") || name.EndsWith(".md") && name.StartsWith("README")) continue;
            yield return new GoldenCase(Path.GetFileName(dir), Path.GetFileNameWithoutExtension(file), file);
        }
    }

    public (Document Document, ParseOptions Options, bool Detect) Load()
    {
        var text = File.ReadAllText(InputPath);
        string location = $"https://example.test/{Format}/{Path.GetFileName(InputPath)}";
        var options = new ParseOptions();
        var detect = false;
        if (File.Exists(OptionsPath))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(OptionsPath));
            var root = json.RootElement;
            if (root.TryGetProperty("location", out var loc)) location = loc.GetString()!;
            if (root.TryGetProperty("owner", out var owner)) options = options with { Owner = owner.GetString() };
            if (root.TryGetProperty("postStart", out var ps)) options = options with { PostStartPattern = ps.GetString() };
            if (root.TryGetProperty("selectors", out var sel)) options = options with { Selectors = sel.Deserialize<HtmlSelectors>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) };
            if (root.TryGetProperty("detect", out var d)) detect = d.GetBoolean();
        }
        return (new Document(text, location), options, detect);
    }

    private static string FindTestsRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Core.Tests.csproj"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Core.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
