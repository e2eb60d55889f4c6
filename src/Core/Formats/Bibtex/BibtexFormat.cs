using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// BibTeX bibliographies (a site's <c>papers.bib</c>): one record per entry, in file order. Entries with a
/// syntax error are skipped and the rest kept; a file in which no entry can be read is an error. An entry key
/// that repeats with the same title keeps its first entry, as BibTeX itself does; a repeated key over another
/// title is a hand-copied key on a different paper (Google Scholar keys collide), so both are kept.
/// </summary>
public sealed partial class BibtexFormat : IFormat
{
    public string Name => "bibtex";

    public int Detect(Document document)
    {
        var text = document.Text.TrimStart('\uFEFF');
        var isBib = document.Extension == ".bib";
        var first = FirstEntryLine().Match(text);
        if (!first.Success) return isBib ? 50 : 0;
        // Entries embedded in another document (a Markdown page with a BibTeX code block) are that document's.
        return isBib || OnlyPreludeBefore(text[..first.Index]) ? 95 : 30;
    }

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        var file = BibReader.Read(document.Text);
        var seen = new HashSet<(string Key, string Title)>();
        var items = new List<Item>();
        foreach (var entry in file.Entries)
        {
            var item = BibRecords.ToItem(entry);
            if (entry.Key.Length > 0 && !seen.Add((entry.Key.ToLowerInvariant(), TextKey.ForTitle(item.Title)))) continue;
            items.Add(item);
        }
        if (items.Count == 0 && file.Errors.Count > 0)
        {
            var e = file.Errors[0];
            throw new ParseException(Name, $"no entry could be read: {e.Message}", e.Where);
        }
        if (items.Count == 0 && file.Entries.Count == 0 && !string.IsNullOrWhiteSpace(document.Text) && !HasBlock().IsMatch(document.Text))
            throw new ParseException(Name, "no BibTeX entry found (expected \"@type{key, field = {value}, ...}\")", "line 1");
        return items;
    }

    /// <summary>Before the first entry only blank lines, '%' comments or a front-matter fence may come.</summary>
    private static bool OnlyPreludeBefore(string prelude)
    {
        var lines = prelude.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > 0 && lines[0] == "---")
        {
            var close = lines.IndexOf("---", 1);
            if (close > 0) lines = lines[(close + 1)..];
        }
        return lines.All(l => l.StartsWith('%'));
    }

    [GeneratedRegex(@"^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]", RegexOptions.Multiline)]
    private static partial Regex FirstEntryLine();

    [GeneratedRegex(@"@[ \t]*[A-Za-z]+[ \t]*[{(]")]
    private static partial Regex HasBlock();
}
