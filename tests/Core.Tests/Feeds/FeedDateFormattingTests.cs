using Aggregator.Core.Feeds;

namespace Aggregator.Core.Tests.Feeds;

public class FeedDateFormattingTests
{
    public static TheoryData<DateTimeOffset, string, string> Cases => new()
    {
        { new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), "2026-11-23T10:00:00Z", "Mon, 23 Nov 2026 10:00:00 +0000" },
        { new DateTimeOffset(2017, 5, 26, 0, 14, 56, TimeSpan.FromHours(5.5)), "2017-05-26T00:14:56+05:30", "Fri, 26 May 2017 00:14:56 +0530" },
        { new DateTimeOffset(2021, 1, 9, 23, 5, 1, TimeSpan.FromHours(-9.5)), "2021-01-09T23:05:01-09:30", "Sat, 09 Jan 2021 23:05:01 -0930" },
        { new DateTimeOffset(2020, 2, 29, 12, 0, 0, 999, TimeSpan.Zero), "2020-02-29T12:00:00Z", "Sat, 29 Feb 2020 12:00:00 +0000" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formats_rfc3339_and_rfc822(DateTimeOffset value, string rfc3339, string rfc822)
    {
        Assert.Equal(rfc3339, FeedDateFormat.Rfc3339(value));
        Assert.Equal(rfc822, FeedDateFormat.Rfc822(value));
    }

    [Fact]
    public void Rfc3339_round_trips_through_date_time_offset()
    {
        var value = new DateTimeOffset(2017, 5, 26, 0, 14, 56, TimeSpan.FromHours(5.5));
        Assert.Equal(value, DateTimeOffset.Parse(FeedDateFormat.Rfc3339(value), System.Globalization.CultureInfo.InvariantCulture));
    }
}
