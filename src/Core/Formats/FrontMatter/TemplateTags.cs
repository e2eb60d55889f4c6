using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>
/// Liquid tags ({% include ... %}, {% raw %}) and Hugo shortcodes ({{&lt; figure ... &gt;}}) are site template
/// instructions, not post text; left in, they would show up as literal braces in every reader.
/// </summary>
public static partial class TemplateTags
{
    public static string Remove(string markdown)
    {
        // Link targets built from the site's address ("{{ site.baseurl }}/papers/", "{{ '/cv.pdf' | relative_url }}")
        // keep their path; other variables ("{{ page.title }}") print nothing a reader could use.
        var s = UrlFilter().Replace(markdown, "${path}");
        s = SiteVariable().Replace(s, "");
        return Shortcode().Replace(LiquidTag().Replace(s, ""), "");
    }

    /// <summary>
    /// The line of the first loop placeholder ("{{ paper.title }}") when the text is a template that prints
    /// records kept elsewhere (a data file, a collection) rather than content; null when it has content.
    /// </summary>
    public static int? TemplateOnly(string text)
    {
        var placeholders = Placeholder().Matches(text);
        if (placeholders.Count < 2) return null;
        var rest = Placeholder().Replace(text, " ");
        if (rest.Count(char.IsLetter) >= 80) return null;
        return text[..placeholders[0].Index].Count(c => c == '\n') + 1;
    }

    [GeneratedRegex(@"\{\{-?\s*[\w.\[\]'""]+(?:\s*\|[^{}]*)?\s*-?\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{-?\s*[""'](?<path>[^""'{}]*)[""']\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url))\s*-?\}\}")]
    private static partial Regex UrlFilter();

    [GeneratedRegex(@"\{\{-?\s*(?:site|page|post|include|layout)\.[\w.]+(?:\s*\|[^{}]*)?\s*-?\}\}")]
    private static partial Regex SiteVariable();

    [GeneratedRegex(@"\{%-?\s*[a-zA-Z_]+(?:[^%]|%(?!\}))*-?%\}")]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"\{\{[<%]\s*/?[a-zA-Z_][^}]*?[>%]\}\}")]
    private static partial Regex Shortcode();
}
