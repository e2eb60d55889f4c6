using Aggregator.Core.Formats;
using Aggregator.Core.Formats.GroupPosts;

namespace Aggregator.Core.Tests.Posts;

public class StackedDatesTests
{
    private static readonly GroupPostsFormat Format = new();

    [Fact]
    public void A_badge_with_the_day_before_the_month_and_no_weekday_dates_its_post()
    {
        var text = "Seminars\n\n\n14 May\n2012\n\nGlaciers in Retreat\n\nA look at forty years of survey photographs.\n\n"
            + "11 Jun\n2012\n\nReading Old Maps\n\nWhat surveyors got right, and what they guessed.\n";
        var items = Format.Parse(new Document(text), ParseOptions.Default);
        Assert.Equal(2, items.Count);
        Assert.Equal(["2012-05-14", "2012-06-11"], items.Select(i => i.Published?.ToString()));
        Assert.Equal(["Glaciers in Retreat", "Reading Old Maps"], items.Select(i => i.Title));
    }
}
