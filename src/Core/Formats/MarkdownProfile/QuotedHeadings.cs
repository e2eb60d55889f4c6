using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// "### ‘The structure of an argument’" over "_Journal_ 4 (1974), 89-92": humanities pages set each work's title in
/// quotes as a heading of its own, however short ("### ‘On signs’"). Quotes around a whole heading mark it as one
/// work's title, never a heading that groups works ("### Journal articles" is never quoted).
/// </summary>
internal static partial class QuotedHeadings
{
    /// <summary>True when the heading's whole text is one quoted title: it opens and closes with a quote mark.</summary>
    public static bool IsQuotedTitle(string heading) => Quoted().IsMatch(heading.Trim());

    /// <summary>The title inside the heading's quotes; headings not wholly quoted come back as they are.</summary>
    public static string Unquote(string heading)
    {
        var m = Quoted().Match(heading.Trim());
        return m.Success ? m.Groups["t"].Value.Trim() : heading;
    }

    // The closing mark may be left outside an italic run ("‘Epicurus’ _On nature’_" reads "‘Epicurus’ On nature’")
    // and a full stop may follow it. The title holds a letter and is not a lone quoted word pair like "‘’".
    [GeneratedRegex(@"^[‘“""'](?<t>(?=[^\n]*\p{L})[^\n]{2,}?)[’”""'][.,]?$")]
    private static partial Regex Quoted();
}
