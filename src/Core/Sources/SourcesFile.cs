using System.Text.Json;
using System.Text.RegularExpressions;
using Aggregator.Core.Formats;

namespace Aggregator.Core.Sources;

/// <summary>
/// Reads sources.json: either an array of sources or an object {"sources": [...]}. Every entry is checked
/// before anything runs, and local paths are made absolute (relative to the file's folder), so a bad file
/// stops start-up with one clear message instead of failing later, source by source.
/// </summary>
public static partial class SourcesFile
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<IReadOnlyList<SourceDefinition>> LoadAsync(string path, FormatRegistry formats, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(full, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourcesConfigException($"Cannot read sources file {full}: {e.Message}", inner: e);
        }
        return Parse(text, Path.GetDirectoryName(full)!, formats, full);
    }

    /// <summary>Parses and validates sources.json text; <paramref name="baseDirectory"/> anchors relative paths.</summary>
    public static IReadOnlyList<SourceDefinition> Parse(string json, string baseDirectory, FormatRegistry formats, string fileName = "sources.json")
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new SourcesConfigException($"{fileName} is not valid JSON (line {e.LineNumber + 1}): {e.Message}", inner: e);
        }

        var array = root.ValueKind switch
        {
            JsonValueKind.Array => root,
            JsonValueKind.Object when root.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array => s,
            _ => throw new SourcesConfigException($"{fileName} must be an array of sources or an object with a \"sources\" array."),
        };

        var result = new List<SourceDefinition>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var source = ReadEntry(entry, index, fileName);
            Validate(source, index, fileName, formats);
            if (seen.TryGetValue(source.Id, out var first))
                throw Error(fileName, index, source.Id, "id", $"duplicates the id of entry {first}");
            seen[source.Id] = index;
            result.Add(source with { Url = ResolveLocation(source.Url, baseDirectory) });
            index++;
        }
        return result;
    }

    private static SourceDefinition ReadEntry(JsonElement entry, int index, string fileName)
    {
        var id = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String
            ? idEl.GetString() : null;
        if (entry.ValueKind != JsonValueKind.Object)
            throw Error(fileName, index, null, null, $"must be an object, not {entry.ValueKind.ToString().ToLowerInvariant()}");
        if (string.IsNullOrWhiteSpace(id))
            throw Error(fileName, index, null, "id", "is required (a non-empty string)");
        if (!entry.TryGetProperty("url", out var urlEl) || urlEl.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(urlEl.GetString()))
            throw Error(fileName, index, id, "url", "is required (an http(s) URL or a local path)");
        if (entry.TryGetProperty("selectors", out var sel) && sel.ValueKind == JsonValueKind.Object
            && (!sel.TryGetProperty("item", out var item) || item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString())))
            throw Error(fileName, index, id, "selectors.item", "is required when selectors are given (a CSS selector for each post)");
        try
        {
            var source = entry.Deserialize<SourceDefinition>(JsonOptions)!;
            // Explicit nulls in the file mean "not given".
            return source with { Tags = source.Tags ?? [], Format = source.Format ?? FormatRegistry.Auto };
        }
        catch (JsonException e)
        {
            // System.Text.Json's Path ("$.tags[0]") names the field.
            var field = e.Path is { Length: > 2 } p ? p.TrimStart('$', '.') : null;
            throw Error(fileName, index, id, field, $"has the wrong type or shape: {e.Message}", e);
        }
    }

    private static void Validate(SourceDefinition s, int index, string fileName, FormatRegistry formats)
    {
        if (!SafeId().IsMatch(s.Id))
            throw Error(fileName, index, s.Id, "id", "must be lower-case letters, digits, '-', '_' or '.' (at most 100 characters): it is used in storage keys");

        if (Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) && uri.Scheme is not ("http" or "https" or "file") && !IsWindowsDrive(s.Url))
            throw Error(fileName, index, s.Id, "url", $"scheme '{uri.Scheme}' is not supported (use http, https or a local path)");
        var looksWeb = s.Url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || s.Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
        if (looksWeb && (uri is null || string.IsNullOrEmpty(uri.Host)))
            throw Error(fileName, index, s.Id, "url", $"'{s.Url}' is not a valid http(s) URL");

        if (string.IsNullOrWhiteSpace(s.Format))
            throw Error(fileName, index, s.Id, "format", $"must be \"{FormatRegistry.Auto}\" or a format name");
        if (!string.Equals(s.Format, FormatRegistry.Auto, StringComparison.OrdinalIgnoreCase)
            && !formats.Formats.Any(f => string.Equals(f.Name, s.Format, StringComparison.OrdinalIgnoreCase)))
            throw Error(fileName, index, s.Id, "format",
                $"'{s.Format}' is not a known format (known: {string.Join(", ", formats.Formats.Select(f => f.Name).Prepend(FormatRegistry.Auto))})");

        if (s.PostStartPattern is { } pattern)
        {
            try { _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1)); }
            catch (ArgumentException e) { throw Error(fileName, index, s.Id, "postStart", $"is not a valid regular expression: {e.Message}", e); }
        }

        if (s.Selectors is { } sel && string.IsNullOrWhiteSpace(sel.Item))
            throw Error(fileName, index, s.Id, "selectors.item", "is required when selectors are given");

        if (s.Tags.Any(string.IsNullOrWhiteSpace))
            throw Error(fileName, index, s.Id, "tags", "must not contain empty tags");
    }

    /// <summary>http(s) URLs stay as they are; file URIs and paths become absolute local paths.</summary>
    public static string ResolveLocation(string url, string baseDirectory)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return url;
        if (uri is { IsFile: true } && url.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return uri.LocalPath;
        return Path.GetFullPath(Path.Combine(baseDirectory, url));
    }

    private static bool IsWindowsDrive(string s) => s.Length > 2 && char.IsAsciiLetter(s[0]) && s[1] == ':';

    private static SourcesConfigException Error(string fileName, int index, string? id, string? field, string problem, Exception? inner = null)
    {
        var entry = id is null ? $"entry {index}" : $"entry {index} (id \"{id}\")";
        var what = field is null ? entry : $"{entry}, field \"{field}\"";
        return new SourcesConfigException($"{fileName}: {what} {problem}.", index, id, field, inner);
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9\-_.]{0,99}$")]
    private static partial Regex SafeId();
}
