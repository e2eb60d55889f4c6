using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// News printed as one run of text ("13 March, 2025 Congratulations to Lory! 11 March, 2025 Our paper ... is out!"),
/// as templates that place "&lt;b&gt;date&lt;/b&gt; headline" side by side without breaks render: such a paragraph is
/// set out again as one block per dated item, so it splits like any dated news.
/// </summary>
internal static partial class RunOnNews
{
    /// <summary>A paragraph is a run when it opens with a date and dates follow sentence ends often enough to make this many items.</summary>
    private const int MinimumItems = 3;

    public static List<PageLine> Split(List<PageLine> lines)
    {
        List<PageLine>? result = null;
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Kind != LineKind.Text || i > 0 && lines[i - 1].Kind == LineKind.Text)
            {
                result?.Add(lines[i]);
                i++;
                continue;
            }
            var end = i;
            while (end < lines.Count && lines[end].Kind == LineKind.Text) end++;
            var block = lines.Skip(i).Take(end - i).Select(l => l.Text.Trim()).ToList();
            // Where the dates already open lines (a table, a list), the lines part the items; a date wrapped onto
            // the next line ("... 26" / "August, 2024 ...") does not open one.
            var opened = Enumerable.Range(0, block.Count)
                .Count(k => (k == 0 || LineEnd().IsMatch(block[k - 1])) && DateLeads.TryRead(block[k], out _, loose: true));
            var items = block.Count >= 2 && opened < 2 ? Items(string.Join(" ", block)) : null;
            if (items is null)
            {
                result?.AddRange(lines.Skip(i).Take(end - i));
            }
            else
            {
                result ??= lines.Take(i).ToList();
                foreach (var item in items)
                {
                    if (result.Count > 0 && result[^1].Kind != LineKind.Blank) result.Add(new PageLine(lines[i].Number, "", LineKind.Blank));
                    result.Add(new PageLine(lines[i].Number, item, LineKind.Text));
                }
            }
            i = end;
        }
        if (result is null) return lines;
        // Posts are found by line number: number the lines afresh so each item's line has its own.
        return result.Select((l, k) => l with { Number = k + 1 }).ToList();
    }

    /// <summary>The items of a run, each starting with its date; null when the text is not such a run.</summary>
    private static List<string>? Items(string text)
    {
        if (!DateLeads.TryRead(text, out var first, loose: true) || first.Rest.Length == 0) return null;
        var starts = new List<int> { 0 };
        // The dots of a date ("17. - 21. July 2017") are no sentence breaks: a date is read whole.
        var dated = first.Matched.Length;
        foreach (Match m in SentenceBreak().Matches(text))
        {
            var at = m.Index + m.Length;
            if (m.Index < dated) continue;
            if (DateLeads.TryRead(text[at..], out var lead, loose: true) && lead.Rest.Length > 0 && !lead.Date.ToString().All(char.IsDigit))
            {
                starts.Add(at);
                dated = at + lead.Matched.Length;
            }
        }
        if (starts.Count < MinimumItems) return null;
        return starts.Select((s, k) => text[s..(k + 1 < starts.Count ? starts[k + 1] : text.Length)].Trim()).ToList();
    }

    [GeneratedRegex(@"[.!?:;)""”’]\s*$")]
    private static partial Regex LineEnd();

    [GeneratedRegex(@"[.!?]+[)""”’]?\s+(?=\S)")]
    private static partial Regex SentenceBreak();
}
