using System.Globalization;

namespace Aggregator.Core.Feeds;

/// <summary>The two date syntaxes feeds use. Whole seconds: no feed reader needs more.</summary>
public static class FeedDateFormat
{
    /// <summary>RFC 3339 (Atom, JSON Feed): "2017-05-26T00:14:56+05:30", or "...Z" for UTC.</summary>
    public static string Rfc3339(DateTimeOffset value)
    {
        value = WholeSeconds(value);
        var inv = CultureInfo.InvariantCulture;
        return value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", inv);
    }

    /// <summary>RFC 822 as RSS 2.0 uses it, four-digit year and numeric zone: "Fri, 26 May 2017 00:14:56 +0530".</summary>
    public static string Rfc822(DateTimeOffset value)
    {
        value = WholeSeconds(value);
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return value.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + $"{sign}{offset.Hours:D2}{offset.Minutes:D2}";
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset value) =>
        value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
}
