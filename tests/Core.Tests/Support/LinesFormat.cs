using Aggregator.Core.Formats;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Support;

/// <summary>
/// A tiny format for storage and ingestion tests (the real parsers are tested on their own): a first line
/// "#lines", then one item per line "kind | published | title | authors;… | tags;… | text | url".
/// Empty fields are null; a line with fewer than 6 fields is a ParseException naming the line.
/// </summary>
public sealed class LinesFormat : IFormat
{
    public const string FormatName = "test-lines";
    public string Name => FormatName;

    public int Detect(Document document) => document.Text.StartsWith("#lines", StringComparison.Ordinal) ? 90 : 0;

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        var items = new List<Item>();
        var lines = document.Text.Replace("\r\n", "\n").Split('\n');
        for (var n = 1; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n])) continue;
            var f = lines[n].Split('|').Select(x => x.Trim()).ToArray();
            if (f.Length < 6) throw new ParseException(Name, $"expected at least 6 fields, found {f.Length}", $"line {n + 1}");
            if (!RecordKinds.TryParse(f[0], out var kind)) throw new ParseException(Name, $"unknown kind '{f[0]}'", $"line {n + 1}");
            items.Add(new Item
            {
                Kind = kind,
                Published = PartialDate.TryParseIso(f[1], out var d) ? d : null,
                Title = f[2].Length == 0 ? null : f[2],
                Authors = Split(f[3]),
                Tags = Split(f[4]),
                ContentHtml = f[5].Length == 0 ? null : $"<p>{f[5]}</p>",
                Url = f.Length > 6 && f[6].Length > 0 ? f[6] : null,
            });
        }
        return items;
    }

    private static IReadOnlyList<string> Split(string s) => s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static FormatRegistry Registry() => new([new LinesFormat()]);
}
