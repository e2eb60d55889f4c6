using System.Collections;
using System.Globalization;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>
/// The front matter's top-level keys (case-insensitive) with scalar values as strings and sequences as
/// lists of strings; nested tables are kept as dictionaries. Dates stay as written so their precision and
/// offset survive.
/// </summary>
public sealed class FrontMatterFields
{
    private readonly Dictionary<string, object?> _values;

    private FrontMatterFields(Dictionary<string, object?> values) => _values = values;

    public static FrontMatterFields Read(FrontMatterBlock block, string format) =>
        block.Syntax == FrontMatterSyntax.Toml ? FromToml(block, format) : FromYaml(block, format);

    /// <summary>The value as one string (the first, for a list), or null when absent or blank.</summary>
    public string? Text(params string[] keys)
    {
        foreach (var key in keys)
        {
            var v = _values.GetValueOrDefault(key) switch
            {
                string s => s,
                List<string> list => list.FirstOrDefault(),
                Dictionary<string, object?> map => map.TryGetValue("name", out var n) ? n as string : null,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(v)) return v.Trim();
        }
        return null;
    }

    /// <summary>
    /// The value as a list: a sequence's items, or a string split into words (Jekyll reads tags: "a b" as two)
    /// when <paramref name="words"/> is set; a string with commas is split at the commas instead unless
    /// <paramref name="commas"/> is off (a name such as "Doe, Jane").
    /// </summary>
    public IEnumerable<string> List(string key, bool words = false, bool commas = true) =>
        _values.GetValueOrDefault(key) switch
        {
            string s when commas && s.Contains(',') => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            string s when words => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
            string s => [s.Trim()],
            List<string> list => list,
            List<object?> objects => objects.Select(o => o is Dictionary<string, object?> m ? m.GetValueOrDefault("name") as string : o as string).OfType<string>(),
            Dictionary<string, object?> map => map.GetValueOrDefault("name") is string n ? [n] : [],
            _ => [],
        };

    /// <summary>The names under "authors" then "author" (a name such as "Doe, Jane" is not split at its comma).</summary>
    public List<string> Authors() => List("authors", commas: false).Concat(List("author", commas: false)).ToList();

    public bool Flag(string key) => Text(key) is { } v && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("yes", StringComparison.OrdinalIgnoreCase));

    public bool Has(string key) => _values.ContainsKey(key);

    private static FrontMatterFields FromToml(FrontMatterBlock block, string format)
    {
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(block.Text) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            throw new ParseException(format, "invalid TOML front matter: " + e.Message.Split('\n')[0], $"line {block.FirstLine + Math.Max(e.Line ?? 1, 1) - 1}", e);
        }
        return new FrontMatterFields(Convert(table));
    }

    private static Dictionary<string, object?> Convert(IEnumerable<KeyValuePair<string, object>> table)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in table) result[key] = ConvertToml(value);
        return result;
    }

    private static object? ConvertToml(object? value) => value switch
    {
        null => null,
        string s => s,
        TomlDateTime dt => dt.ToString(),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        TomlTable t => Convert(t),
        IEnumerable list when list.Cast<object?>().All(x => x is not TomlTable) => list.Cast<object?>().Select(ConvertToml).OfType<string>().ToList(),
        IEnumerable list => list.Cast<object?>().Select(ConvertToml).ToList(),
        _ => value.ToString(),
    };

    private static FrontMatterFields FromYaml(FrontMatterBlock block, string format)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(block.Text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var line = block.FirstLine + (int)Math.Max(e.Start.Line, 1) - 1;
            throw new ParseException(format, "invalid YAML front matter: " + e.Message, $"line {line}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some malformed input; the last event read is where it stopped.
            var line = block.FirstLine + (int)Math.Max(parser.Current?.End.Line ?? 1, 1) - 1;
            throw new ParseException(format, "invalid YAML front matter", $"line {line}", e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new FrontMatterFields(new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase));
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new ParseException(format, "YAML front matter is not a set of key: value lines", $"line {block.FirstLine}");
        return new FrontMatterFields(ConvertYaml(map));
    }

    private static Dictionary<string, object?> ConvertYaml(YamlMappingNode map)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: { } key }) result[key] = ConvertYaml(v);
        return result;
    }

    private static object? ConvertYaml(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) => seq.Children.Select(c => ((YamlScalarNode)c).Value).OfType<string>().ToList(),
        YamlSequenceNode seq => seq.Children.Select(ConvertYaml).ToList(),
        YamlMappingNode m => ConvertYaml(m),
        _ => null,
    };
}
