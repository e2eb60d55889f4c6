using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// AcadHomepage-style lists print an entry's venue and year only as a static shields.io badge opening the item
/// ("- ![](https://img.shields.io/badge/ACL-2023-white.svg) &nbsp; Authors. Title."): the badge's label and message
/// are the venue and year. They become the text a citation prints at its end ("Authors. Title. ACL 2023."),
/// where the entry reader looks for them.
/// </summary>
internal static partial class BadgeVenues
{
    public static string Inline(string text) => LeadingBadge().Replace(text, m =>
    {
        var venue = Decode(m.Groups["label"].Value);
        var rest = m.Groups["rest"].Value.TrimEnd();
        var stop = rest.Length > 0 && rest[^1] is '.' or ')' or ']' ? " " : ". ";
        return $"{m.Groups["lead"].Value}{rest}{stop}{venue} {m.Groups["year"].Value}.";
    });

    /// <summary>Shields escapes: "--" is a dash, "__" an underscore, "_" a space; the rest is URL-encoded.</summary>
    private static string Decode(string label) =>
        Uri.UnescapeDataString(label.Replace("--", "\u0001").Replace("__", "\u0002").Replace('_', ' ')
            .Replace('\u0001', '-').Replace('\u0002', '_')).Trim();

    [GeneratedRegex(@"^(?<lead>[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)!\[[^\]\n]*\]\(https?://img\.shields\.io/badge/(?<label>(?:[^-/)\s]|--)+)-(?<year>(?:19|20)\d{2})-[^)\s]*\)(?:[ \t]|&nbsp;)*(?<rest>\S[^\n]*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingBadge();
}
