using System.Text;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// BibTeX name lists: names separated by the word "and" outside braces, each written "First von Last",
/// "von Last, First" or "von Last, Jr, First". A name wholly in braces ("{Theano Development Team}") is one
/// literal name. Names come out as "First Last" in Unicode; "others" (BibTeX's "et al.") is dropped.
/// </summary>
internal static class BibNames
{
    public static IReadOnlyList<string> Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return [];
        var names = new List<string>();
        foreach (var words in SplitOnAnd(WithoutListBraces(raw)))
        {
            var name = Display(words);
            if (name.Length > 0 && !name.Equals("others", StringComparison.OrdinalIgnoreCase)) names.Add(name);
        }
        return names;
    }

    /// <summary>
    /// Some files brace the whole list ("{{A. One and B. Two}}") to stop case changes. BibTeX would read one literal
    /// name, but a reader sees the people: the braces are dropped when what they hold is a list of two or more
    /// names of two or more words each (a literal like "{Barnes and Noble}" keeps its braces).
    /// </summary>
    private static string WithoutListBraces(string raw)
    {
        var t = raw.Trim();
        if (t.Length < 2 || t[0] != '{' || t[^1] != '}' || !IsOneGroup(t)) return raw;
        var inner = SplitOnAnd(t[1..^1]);
        return inner.Count >= 2 && inner.All(n => n.Count >= 2) ? t[1..^1] : raw;
    }

    /// <summary>True when the opening brace at 0 closes only at the end.</summary>
    private static bool IsOneGroup(string t)
    {
        var depth = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '{') depth++;
            else if (t[i] == '}' && --depth == 0 && i < t.Length - 1) return false;
        }
        return depth == 0;
    }

    /// <summary>The words of each name; "and" at brace depth 0 separates names, "and and" gives no empty name.</summary>
    private static List<List<string>> SplitOnAnd(string raw)
    {
        var names = new List<List<string>> { new() };
        foreach (var word in Words(raw))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                if (names[^1].Count > 0) names.Add([]);
                continue;
            }
            names[^1].Add(word);
        }
        if (names[^1].Count == 0) names.RemoveAt(names.Count - 1);
        return names;
    }

    /// <summary>White-space separated words; spaces inside braces do not separate.</summary>
    private static IEnumerable<string> Words(string raw)
    {
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in raw)
        {
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            if (depth == 0 && char.IsWhiteSpace(c))
            {
                if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
                continue;
            }
            sb.Append(c);
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    private static string Display(List<string> words)
    {
        var joined = string.Join(' ', words);
        var parts = SplitTopLevelCommas(joined).Select(p => LatexText.ToUnicode(p)).ToList();
        while (parts.Count > 0 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        return parts.Count switch
        {
            0 => "",
            1 => parts[0],
            2 => Join(parts[1], parts[0]),
            _ => Join(string.Join(", ", parts.Skip(2)), parts[0], parts[1]),
        };
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));

    private static List<string> SplitTopLevelCommas(string name)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '{') depth++;
            else if (name[i] == '}' && depth > 0) depth--;
            else if (name[i] == ',' && depth == 0)
            {
                parts.Add(name[start..i]);
                start = i + 1;
            }
        }
        parts.Add(name[start..]);
        return parts;
    }
}
