using Aggregator.Core.Formats;
using Aggregator.Core.Formats.GroupPosts;

namespace Aggregator.Core.Tests.Posts;

/// <summary>A page prints its numeric dates in one order: one that can only be month first decides the ambiguous ones.</summary>
public class SlashDatesTests
{
    private static readonly GroupPostsFormat Format = new();

    private static List<string?> Dates(string dates)
    {
        var text = "Robotics Lab\n\n  • Home\n  • News\n\n" + string.Join("\n", dates.Split(';').Select((d, k) => $"  • Item number {k + 1} happened at the lab ({d}).")) + "\n";
        return Format.Parse(new Document(text), ParseOptions.Default).Select(i => i.Published?.ToString()).ToList();
    }

    [Fact]
    public void A_month_first_date_makes_the_page_month_first() =>
        Assert.Equal(["2018-02-19", "2018-01-09", "2017-12-03"], Dates("2/19/2018;1/9/2018;12/3/2017"));

    [Fact]
    public void A_day_first_date_keeps_the_page_day_first() =>
        Assert.Equal(["2018-02-19", "2018-09-01", "2017-03-12"], Dates("19/2/2018;1/9/2018;12/3/2017"));
}
