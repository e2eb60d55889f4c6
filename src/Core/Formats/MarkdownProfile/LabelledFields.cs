using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Metadata written as labelled fields under the title ("Authors: Ana Díaz, Bo Chen", "Venue: X · Year: 2024"):
/// the labels, not the position, say which field each value fills.
/// </summary>
internal static partial class LabelledFields
{
    public sealed record Fields(string? Authors, string? Venue, string? Year);

    /// <summary>The labelled fields of a line, or null when the line does not open with a known label.</summary>
    public static Fields? Read(string text)
    {
        var matches = Label().Matches(text);
        if (matches.Count == 0 || matches[0].Index != 0) return null;
        string? authors = null, venue = null, year = null;
        for (var k = 0; k < matches.Count; k++)
        {
            var start = matches[k].Index + matches[k].Length;
            var end = k + 1 < matches.Count ? matches[k + 1].Index : text.Length;
            var value = Separators().Replace(text[start..end], "").Trim();
            if (value.Length == 0) continue;
            switch (matches[k].Groups["l"].Value.ToLowerInvariant())
            {
                case "author" or "authors" or "by": authors ??= value; break;
                case "year" or "date" or "published": year ??= value; break;
                default: venue ??= value; break;
            }
        }
        return authors is null && venue is null && year is null ? null : new Fields(authors, venue, year);
    }

    /// <summary>A label with nothing after it ("Resources:", "Links:"): it heads the lines below, it is no field.</summary>
    public static bool IsBareLabel(string text) => BareLabel().IsMatch(text);

    [GeneratedRegex(@"^\p{L}[\p{L} ]{0,24}[:：]$")]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"(?:^|(?<=[·|•;,]\s*)|(?<=\s))(?<l>Authors?|By|Venue|Year|Date|Published|Conference|Journal|Published\s+in|Appeared\s+in|Booktitle)\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"[\s·|•;,]+$")]
    private static partial Regex Separators();
}
