using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>
/// How sure we are a fenced document is a blog post. Researchers' pages (Jekyll "_pages/publications.md",
/// résumés) carry front matter too; those belong to markdown-profile, so they score low here.
/// </summary>
public static partial class FrontMatterDetection
{
    public const int Post = 95;
    public const int FencedButNotPost = 40;
    public const int NotMarkdown = 5;

    private static readonly HashSet<string> BaseLayouts = new(StringComparer.OrdinalIgnoreCase) { "default", "none", "null", "base", "wide" };

    // Layouts of site pages rather than dated posts.
    private static readonly HashSet<string> PageLayouts = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "archive", "resume", "cv", "home", "splash", "about", "publications", "bib", "profile", "talks", "teaching",
    };

    public static int Score(string text, string? location)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        var lines = head.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        var fence = lines[0].TrimEnd();
        if (fence is not ("+++" or "---")) return 0;

        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line == fence) { close = i; break; }
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var m = (fence == "+++" ? TomlKey() : YamlKey()).Match(line);
            if (m.Success) keys.TryAdd(m.Groups["key"].Value, m.Groups["value"].Value.Trim().Trim('"', '\''));
            // Continuation lines: indented YAML, list items, multi-line TOML arrays and inline tables.
            else if (!char.IsWhiteSpace(lines[i][0]) && line[0] is not ('-' or '[' or ']' or '{' or '}' or '"' or '\'')) return 0;
        }
        if (close < 0 || keys.Count == 0) return 0;

        var body = string.Join('\n', lines[(close + 1)..]);
        // Jekyll puts (often empty) front matter on any file it should process, BibTeX included.
        if (body.TrimStart().StartsWith('@')) return NotMarkdown;
        keys.TryGetValue("layout", out var layout);
        if (layout is not null && PageLayouts.Contains(layout)) return FencedButNotPost;
        if (LooksLikePublicationList(body)) return FencedButNotPost;
        // A page titled "Publications" or "Papers" (quoted or bold: "**Publications**") is the list itself, not a post about it.
        if (keys.TryGetValue("title", out var title) && PublicationTitle().IsMatch(title.Trim().Trim('"', '\'', '*', '_').Trim())) return FencedButNotPost;
        if (keys.ContainsKey("date") || JekyllFileName.Date(location) is not null) return Post;
        // An undated page of citations under topic headings ("## Social movements") names no publication section, yet it is one.
        if (MarkdownProfile.CitationSections.AreCitations(body)) return FencedButNotPost;
        // Undated, on the site's base layout: a page (a news list, a landing page) rather than a post.
        if (layout is not null && BaseLayouts.Contains(layout)) return FencedButNotPost;
        return keys.ContainsKey("title") && HasProse(body) ? Post : FencedButNotPost;
    }

    /// <summary>A "Publications"/"Papers" heading over entries, or many list entries that carry years.</summary>
    private static bool LooksLikePublicationList(string body)
    {
        // Citations written as raw HTML paragraphs ("<p><cite>Doe, J., …" with the year on a later line) are entries too:
        // a blank-line block that opens with a "Surname, Initial" name and holds a year.
        var entriesWithYears = Math.Max(EntryWithYear().Matches(body).Count, Blocks().Split(body).Count(b => CitationBlock().IsMatch(b)));
        // A list item wrapped over indented lines ("1. Names,  \n   _Title_  \n   [Journal 11 (2025)](…)") holds its year
        // on a later line: the item, not its first line, is the entry.
        entriesWithYears = Math.Max(entriesWithYears, WrappedItem().Matches(body).Count(m => YearIn().IsMatch(m.Value)));
        // "### ‘Title’" straight over "_Journal_ 4 (1974), 89-92": each quoted heading is one work, dated on the line under it.
        entriesWithYears = Math.Max(entriesWithYears, QuotedHeadingOverYear().Matches(body).Count);
        return entriesWithYears >= 6 || PublicationHeading().IsMatch(body) && entriesWithYears >= 2;
    }

    private static bool HasProse(string body) => ProseLine().IsMatch(body);

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?<value>.*))?$")]
    private static partial Regex YamlKey();
    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w.-]*|""[^""]+"")\s*=\s*(?<value>.*)$|^\[\[?[\w.-]+\]\]?$")]
    private static partial Regex TomlKey();
    // Table rows count as entries too: a pipe row holding a year, or a raw "<td>2024</td>" year cell; so does a line
    // opening with a year badge ("`2021` **Title**, …"), and a raw HTML item or paragraph ("<li>Names. Title. 2021</li>",
    // "<p>…</p>"), which is a bullet or a paragraph written in HTML.
    [GeneratedRegex(@"^\s*(?:[-*+]|\d+\.|\*\*|<(?:li|p)\b[^>\n]*>)\s*.*\b(?:19|20)\d{2}\b|^[ \t]*`(?:19|20)\d{2}\b[^`\n]{0,10}`[ \t]*\S|^[ \t]*\|[^\n]*\b(?:19|20)\d{2}\b[^\n]*\|[ \t]*$|^[ \t]*<td\b[^>]*>\s*\(?(?:19|20)\d{2}\b", RegexOptions.Multiline)]
    private static partial Regex EntryWithYear();
    // Blocks end at a blank line, and a heading ("### 2021" straight over a citation) is a block of its own.
    [GeneratedRegex(@"^[ ]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S[^\n]*(?:\n[ \t]+\S[^\n]*)+", RegexOptions.Multiline)]
    private static partial Regex WrappedItem();
    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex YearIn();
    [GeneratedRegex(@"^[ ]{0,3}#{2,6}[ \t]+[‘“""'][^\n]*\p{L}[^\n]*[’”""'][.,]?[ \t]*\n(?:[ \t]*\n)?[^\n#]*\b(?:19|20)\d{2}\b", RegexOptions.Multiline)]
    private static partial Regex QuotedHeadingOverYear();
    [GeneratedRegex(@"\n[ \t]*\n|\n(?=[ ]{0,3}#)|(?<=(?:\A|\n)[ ]{0,3}#[^\n]*)\n")]
    private static partial Regex Blocks();
    [GeneratedRegex(@"\A\s*(?:<[^>]+>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:<[^>]+>\s*)*(?:\*\*|__)?\p{Lu}[\p{L}'’‐-]+,\s*\p{Lu}(?:\.|\p{Ll}+\b)(?=[\s\S]*\b(?:19|20)\d{2}\b)")]
    private static partial Regex CitationBlock();
    [GeneratedRegex(@"^#{1,4}\s*(?:Selected\s+)?(?:Publications|Papers|Preprints|Conference Papers|Journal Articles)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PublicationHeading();
    [GeneratedRegex(@"^(?:(?:selected|recent|my|all|full)\s+)?(?:publications?|papers|preprints|bibliography|(?:publications?|papers)\s+(?:and|&)\s+(?:talks|preprints|patents|presentations))$", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationTitle();
        [GeneratedRegex(@"^[^\s#>*\-|<{].{40,}$", RegexOptions.Multiline)]
    private static partial Regex ProseLine();
}
