using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>Jekyll names posts "YYYY-MM-DD-slug.md"; the name carries the date when the front matter does not.</summary>
public static partial class JekyllFileName
{
    public static PartialDate? Date(string? location)
    {
        if (string.IsNullOrEmpty(location)) return null;
        var name = location.Split('?', '#')[0].Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var m = DatedName().Match(name);
        if (!m.Success) return null;
        try
        {
            return PartialDate.OfDay(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})-.+\.(?:md|markdown|mdown|mkd|html)$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedName();
}
