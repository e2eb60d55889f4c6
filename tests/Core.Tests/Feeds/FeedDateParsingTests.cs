using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Feeds;

public class FeedDateParsingTests
{
    [Theory]
    [InlineData("Tue, 05 Sep 2023 09:15:00 +0530", "2023-09-05T09:15:00+05:30")]
    [InlineData("Sat, 07 Sep 2002 00:00:01 GMT", "2002-09-07T00:00:01Z")]
    [InlineData("Sat, 07 Sep 2002 00:00:01 UT", "2002-09-07T00:00:01Z")]
    [InlineData("Mon, 7 Aug 23 14:00 EST", "2023-08-07T14:00:00-05:00")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 PDT", "2002-10-02T13:00:00-07:00")]
    [InlineData("Thu, 01 Jan 98 08:00:00 CDT", "1998-01-01T08:00:00-05:00")]
    [InlineData("02 Oct 2002 13:00:00 -0230", "2002-10-02T13:00:00-02:30")]
    [InlineData("Tuesday, 3 June 2008 11:05:30 +01:00", "2008-06-03T11:05:30+01:00")]
    [InlineData("Fri, 23 Dec 2005 17:00:00 Z", "2005-12-23T17:00:00Z")]
    [InlineData("Fri, 23 Dec 2005 17:00:00 XYZ", "2005-12-23T17:00:00Z")] // unknown zone: no zone information
    [InlineData("Mon, 30 Sept 2019 10:00:00 +0000", "2019-09-30T10:00:00Z")]
    [InlineData("Mon, 30 Sep 2019", "2019-09-30")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +0000 (UTC)", "2003-06-10T04:00:00Z")]
    [InlineData("10-Jun-2003 04:00", "2003-06-10T04:00:00Z")]
    [InlineData("2017-05-26T00:14:56+05:30", "2017-05-26T00:14:56+05:30")]
    [InlineData("2017-05-26T00:14:56.250Z", "2017-05-26T00:14:56Z")]
    [InlineData("2021-03-04", "2021-03-04")]
    [InlineData("2021-03", "2021-03")]
    [InlineData("2020-01-02 10:00:00 +0100", "2020-01-02T10:00:00+01:00")]
    [InlineData("2020-01-02 10:00", "2020-01-02T10:00:00Z")]
    [InlineData("  Mon,  7  Aug  2023  14:00:00  GMT ", "2023-08-07T14:00:00Z")]
    public void Reads_feed_date_spellings_at_their_precision(string text, string expected)
    {
        Assert.True(FeedDates.TryParse(text, out var date), text);
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Mon, 31 Feb 2021 10:00:00 GMT")]
    [InlineData("Mon, 12 Foo 2021 10:00:00 GMT")]
    [InlineData("Mon, 12 Mar 2021 25:00:00 GMT")]
    [InlineData("2021-03-04 10:00:00 +9900")]
    public void Refuses_what_is_not_a_valid_date(string text)
    {
        Assert.False(FeedDates.TryParse(text, out _), text);
        Assert.Null(FeedDates.Parse(text));
    }

    [Fact]
    public void Two_digit_years_follow_rfc_2822()
    {
        Assert.Equal(2049, FeedDates.Parse("1 Jan 49 00:00 GMT")!.Value.Year);
        Assert.Equal(1950, FeedDates.Parse("1 Jan 50 00:00 GMT")!.Value.Year);
    }
}
