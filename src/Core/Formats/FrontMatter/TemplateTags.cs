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

    [GeneratedRegex(@"\{\{-?\s*[""'](?<path>[^""'{}]*)[""']\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url))\s*-?\}\}")]
    private static partial Regex UrlFilter();

    [GeneratedRegex(@"\{\{-?\s*(?:site|page|post|include|layout)\.[\w.]+(?:\s*\|[^{}]*)?\s*-?\}\}")]
    private static partial Regex SiteVariable();

    [GeneratedRegex(@"\{%-?\s*[a-zA-Z_]+(?:[^%]|%(?!\}))*-?%\}")]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"\{\{[<%]\s*/?[a-zA-Z_][^}]*?[>%]\}\}")]
    private static partial Regex Shortcode();
}
