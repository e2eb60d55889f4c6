using System.Globalization;
using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>
/// The dates feeds and front matter write: RFC 3339 / ISO 8601 (at their precision), RFC 822 / 1123 with
/// the zones and two-digit years old feeds still use ("Tue, 3 Jun 08 9:00 EST"), and Jekyll's
/// "2020-01-02 10:00:00 +0100". The one place rss, atom, jsonfeed and front-matter read dates.
/// </summary>
public static partial class FeedDates
{
    // RFC 822 named zones plus the few abbreviations feeds in the wild write; unknown names count as UTC
    // (RFC 2822 §4.3: an unknown zone means "no zone information").
    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
        ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
        ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
        ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["MET"] = 60, ["MEST"] = 120, ["EET"] = 120, ["EEST"] = 180,
        ["IST"] = 330, ["JST"] = 540, ["KST"] = 540, ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
    };

    /// <summary>Parses one date; false when the text is not a date these forms cover.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = TextKey.CollapseWhitespace(text);
        if (PartialDate.TryParseIso(s, out date)) return true;
        return TryRfc822(s, out date) || TrySpacedIso(s, out date) || LooseDates.TryParse(s, out date);
    }

    /// <summary>Like <see cref="TryParse"/>, or null.</summary>
    public static PartialDate? Parse(string? text) => TryParse(text, out var d) ? d : null;

    private static bool TryRfc822(string s, out PartialDate date)
    {
        date = default;
        var m = Rfc822().Match(s);
        if (!m.Success) return false;
        var month = LooseDates.Month(m.Groups["mon"].Value);
        if (month is null) return false;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Length == 2) year += year < 50 ? 2000 : 1900;
        else if (m.Groups["y"].Length == 3) year += 1900; // RFC 2822 §4.3: three-digit years add 1900
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["h"].Success)
            return TryDay(year, month.Value, day, out date);
        return TryInstant(year, month.Value, day, m.Groups["h"].Value, m.Groups["mi"].Value, m.Groups["s"].Value, m.Groups["zone"].Value, out date);
    }

    private static bool TrySpacedIso(string s, out PartialDate date)
    {
        date = default;
        var m = SpacedIso().Match(s);
        if (!m.Success) return false;
        return TryInstant(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture),
            m.Groups["h"].Value, m.Groups["mi"].Value, m.Groups["s"].Value, m.Groups["zone"].Value, out date);
    }

    private static bool TryDay(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (year is < 1000 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = PartialDate.OfDay(year, month, day);
        return true;
    }

    private static bool TryInstant(int year, int month, int day, string h, string mi, string sec, string zone, out PartialDate date)
    {
        date = default;
        if (year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var hour = int.Parse(h, CultureInfo.InvariantCulture);
        var minute = int.Parse(mi, CultureInfo.InvariantCulture);
        var second = sec.Length == 0 ? 0 : int.Parse(sec, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59 || second > 60) return false;
        second = Math.Min(second, 59); // a leap second is the last second of its minute
        var offset = Offset(zone);
        if (offset is null) return false;
        date = PartialDate.OfInstant(new DateTimeOffset(year, month, day, hour, minute, second, offset.Value));
        return true;
    }

    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 0) return TimeSpan.Zero;
        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "");
            var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59) return null;
            var span = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -span : span;
        }
        return TimeSpan.FromMinutes(ZoneMinutes.GetValueOrDefault(zone, 0));
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{2,9}\.?,?\s*)?(?<d>\d{1,2})(?:\s+|-)(?<mon>[A-Za-z]{3,9})\.?(?:\s+|-)(?<y>\d{2,4})(?:,?\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?(?:\s*(?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?(?:\s*\([^)]*\))?)?$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?(?:\s*(?<zone>[+-]\d{2}:?\d{2}|Z|[A-Za-z]{2,5}))?$")]
    private static partial Regex SpacedIso();
}
