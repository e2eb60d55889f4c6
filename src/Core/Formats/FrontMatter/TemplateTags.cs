using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>
/// Liquid tags ({% include ... %}, {% raw %}) and Hugo shortcodes ({{&lt; figure ... &gt;}}) are site template
/// instructions, not post text; left in, they would show up as literal braces in every reader.
/// </summary>
public static partial class TemplateTags
{
    public static string Remove(string markdown) => Shortcode().Replace(LiquidTag().Replace(markdown, ""), "");

    [GeneratedRegex(@"\{%-?\s*[a-zA-Z_]+(?:[^%]|%(?!\}))*-?%\}")]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"\{\{[<%]\s*/?[a-zA-Z_][^}]*?[>%]\}\}")]
    private static partial Regex Shortcode();
}
