using System.Text.RegularExpressions;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// A listing whose entries print their parts as labelled fields — a definition list or "Label: value" lines:
/// "Authors:" / "Ruiz, Chen &amp; Díaz" / "Journal:" / "Cell Reports" / "Abstract:" / … / "Citation:" / "…". The labels,
/// not the positions, say what each value is; "Published:" or "Date:" is the paper's date, never its venue. The title
/// is printed above the fields, unlabelled, with perhaps an image's caption or a year heading between: of the
/// paragraphs since the previous entry it is the one the entry's own citation repeats, else the last that reads as
/// a title. Every entry opens its fields with an authors label, which is what tells one entry from the next.
/// </summary>
internal static partial class LabelledEntries
{
    private enum Field { Authors, Venue, Date, Summary, Citation, Doi, Other }

    /// <summary>One entry's fields as printed, and the line its fields open on.</summary>
    private sealed record Fields(int Start, int End, Dictionary<Field, string> Values);

    public static int Detect(string text) => CitationListing.IsMarkup(text) ? 0 : Read(text, null).Count >= 3 ? 88 : 0;

    public static List<Item> Read(string text, string? owner)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.Replace('\u00a0', ' ').Trim()).ToList();
        var runs = FieldRuns(lines);
        var items = new List<Item>();
        int? sectionYear = null;
        var previousEnd = 0;
        foreach (var run in runs)
        {
            var gap = Paragraphs(lines, previousEnd, run.Start);
            previousEnd = run.End;
            // A year printed alone between entries heads those after it.
            foreach (var p in gap.Where(p => LooseDates.IsYearOnly(p))) sectionYear = LooseDates.FindYear(p);
            if (ToItem(run.Values, gap, sectionYear, owner) is { } item) items.Add(item);
        }
        return items;
    }

    private static Item? ToItem(Dictionary<Field, string> values, List<string> gap, int? sectionYear, string? owner)
    {
        if (!values.TryGetValue(Field.Authors, out var authorText)) return null;
        var citation = values.GetValueOrDefault(Field.Citation);
        var title = Title(gap, citation);
        if (title is null) return null;
        var venue = values.GetValueOrDefault(Field.Venue);
        var year = LooseDates.FindYear(values.GetValueOrDefault(Field.Date))
                   ?? (citation is not null && BracketedYear().Match(citation) is { Success: true } y ? LooseDates.FindYear(y.Value) : null)
                   ?? LooseDates.FindYear(citation) ?? sectionYear;
        var doi = ScholarlyIds.FindDoi(values.GetValueOrDefault(Field.Doi)) ?? ScholarlyIds.FindDoi(citation);
        var arxiv = ScholarlyIds.FindArxiv(citation) ?? ScholarlyIds.FindArxiv(venue);
        return new Item
        {
            Kind = RecordKind.Publication,
            Title = title,
            Authors = AuthorLists.WithOwner(AuthorLists.Tidy(Names(authorText)), owner),
            Published = year is { } py ? PartialDate.OfYear(py) : null,
            Year = year,
            Venue = venue,
            Summary = values.GetValueOrDefault(Field.Summary),
            Identifiers = new Identifiers { Doi = doi, Arxiv = arxiv },
        };
    }

    /// <summary>
    /// The entry's title among the paragraphs above its fields: the one its citation repeats (the longest, should
    /// several), else the last of three words or more, else the last that is no heading or caption of one word.
    /// </summary>
    private static string? Title(List<string> gap, string? citation)
    {
        var candidates = gap.Where(p => !LooseDates.IsYearOnly(p) && !p.EndsWith(':') && p.Split(' ').Length <= 45).ToList();
        if (citation is not null)
        {
            var cited = TextKey.ForTitle(citation);
            var repeated = candidates.Where(p => p.Split(' ').Length >= 2 && TextKey.ForTitle(p) is { Length: > 0 } key
                                                 && (cited.Contains(key, StringComparison.Ordinal) || cited.Replace(" ", "").Contains(key.Replace(" ", ""), StringComparison.Ordinal)))
                .OrderByDescending(p => p.Length).FirstOrDefault();
            if (repeated is not null) return repeated;
        }
        return candidates.LastOrDefault(p => p.Split(' ').Length >= 3) ?? candidates.LastOrDefault(p => p.Split(' ').Length >= 2);
    }

    /// <summary>
    /// "Ruiz, Chen &amp; Díaz" (surnames alone), "Ana Ruiz, Bo Chen, and Cy Díaz", "Ruiz, A., Chen, B.": under an authors
    /// label every name counts, read as a citation's names where they read so whole, else split at the separators.
    /// </summary>
    private static List<string> Names(string text)
    {
        var pieces = NameSeparator().Split(text).Select(n => n.Trim().TrimEnd('.')).Where(n => n.Length > 0 && !AuthorLists.IsEtAl(n)).ToList();
        // Surnames alone, one word each: no "Surname, Initials" pairs to put together.
        if (pieces.Count >= 2 && pieces.All(p => !p.Contains(' ') && p.Length > 2 && char.IsUpper(p[0]) && !p.EndsWith('.'))) return pieces;
        var (names, rest) = AuthorText.Consume(text);
        if (names.Count > 0 && EntryTitles.TrimSeparators(rest).Length == 0) return names;
        return pieces;
    }

    /// <summary>Paragraphs (runs of non-blank lines, joined) in lines [from, to), their bullets and stars dropped.</summary>
    private static List<string> Paragraphs(List<string> lines, int from, int to)
    {
        var result = new List<string>();
        var current = new List<string>();
        for (var i = from; i <= to; i++)
        {
            if (i == to || lines[i].Length == 0)
            {
                if (current.Count > 0) result.Add(TextKey.CollapseWhitespace(string.Join(" ", current)));
                current = [];
                continue;
            }
            // A menu of bulleted links is one bullet per line: each is a paragraph of its own.
            if (Bullet().IsMatch(lines[i]) && current.Count > 0)
            {
                result.Add(TextKey.CollapseWhitespace(string.Join(" ", current)));
                current = [];
            }
            current.Add(Bullet().Replace(lines[i], ""));
        }
        return result;
    }

    /// <summary>
    /// The page's runs of labelled fields, each opened by an authors label. A run goes on over blank lines while the
    /// next line is another label of the same entry; a line under a label is its value (a value printed on the label's
    /// own line too). The run ends at a blank line followed by anything else, or at the next authors label.
    /// </summary>
    private static List<Fields> FieldRuns(List<string> lines)
    {
        var runs = new List<Fields>();
        var i = 0;
        while (i < lines.Count)
        {
            if (LabelOf(lines[i]) is not (Field.Authors, _)) { i++; continue; }
            var start = i;
            var values = new Dictionary<Field, List<string>>();
            Field? current = null;
            for (; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Length == 0)
                {
                    var next = i + 1;
                    while (next < lines.Count && lines[next].Length == 0) next++;
                    if (next < lines.Count && LabelOf(lines[next]) is ({ } f, _) && f != Field.Authors) { i = next - 1; continue; }
                    break;
                }
                if (LabelOf(line) is ({ } field, var value))
                {
                    if (field == Field.Authors && i > start) break;
                    current = field;
                    if (!values.ContainsKey(field)) values[field] = [];
                    if (value.Length > 0) values[field].Add(value);
                }
                else if (current is { } c) values[c].Add(line);
            }
            var joined = values.Where(v => v.Value.Count > 0)
                .ToDictionary(v => v.Key, v => TextKey.CollapseWhitespace(string.Join(" ", v.Value)));
            runs.Add(new Fields(start, i, joined));
        }
        // A lone "Authors:" line is no layout: the entries of a listing print the same fields again and again.
        return runs.Count >= 2 && runs.Count(r => r.Values.ContainsKey(Field.Venue) || r.Values.ContainsKey(Field.Citation) || r.Values.ContainsKey(Field.Date)) >= 0.75 * runs.Count
            ? runs : [];
    }

    private static (Field? Field, string Value) LabelOf(string line)
    {
        var m = Label().Match(line);
        if (!m.Success) return (null, "");
        var field = m.Groups["l"].Value.ToLowerInvariant() switch
        {
            "author" or "authors" or "by" or "co-authors" or "coauthors" => Field.Authors,
            "journal" or "venue" or "conference" or "published in" or "appeared in" or "booktitle" or "book" or "in" or "source" => Field.Venue,
            "year" or "date" or "published" or "publication date" => Field.Date,
            "summary" or "abstract" => Field.Summary,
            "citation" or "cite" or "cite as" or "reference" => Field.Citation,
            "doi" => Field.Doi,
            _ => Field.Other,
        };
        return (field, m.Groups["v"].Value.Trim());
    }

    [GeneratedRegex(@"^(?<l>Authors?|By|Co-?authors|Journal|Venue|Conference|Published in|Appeared in|Booktitle|Book|Source|Year|Date|Published|Publication date|Summary|Abstract|Citation|Cite|Cite as|Reference|DOI|Links?|Keywords|Publisher|Pages|Volume|Status|Type|Notes?|Resources|Ressources)\s*[:：](?<v>\s.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^[•▪◦‣·*\-–☆★○●◆◇■□✓✔]+\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s*(?:,\s*(?:and\s+|&\s*)?|\s&\s|\s+and\s+)\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\((?:19|20)\d{2}")]
    private static partial Regex BracketedYear();
}
