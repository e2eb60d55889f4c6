using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Normalising;

public class DateMendingTests
{
    [Theory]
    [InlineData("18 Feburay 2025", "2025-02-18")]
    [InlineData("Setpember 3, 2024", "2024-09-03")]
    [InlineData("Novmeber 2023", "2023-11")]
    public void A_misspelt_long_month_is_read_as_the_month_it_is_nearest(string text, string iso)
    {
        Assert.True(MisspeltMonths.TryRead(text, out var date));
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("March 3, 2024")]   // spelt right: nothing to mend
    [InlineData("Maybe 2024")]      // short words are never taken for months
    [InlineData("Marching 2024")]   // near two names at once? no: too far from every long month
    public void Words_that_are_not_misspelt_months_are_left_alone(string text) =>
        Assert.False(MisspeltMonths.TryRead(text, out _));

    [Fact]
    public void Slashed_dates_are_month_first_when_the_page_shows_a_second_number_above_12()
    {
        var order = SlashDateOrder.For("09/19/2023 talk ... 03/05/2024 seminar");
        Assert.Equal(PartialDate.OfDay(2024, 3, 5), order(PartialDate.OfDay(2024, 5, 3)));
    }

    [Fact]
    public void Slashed_dates_with_a_clipped_year_follow_the_page_order_too()
    {
        var order = SlashDateOrder.For("<b>11/30/18:</b> news ... <b>9/10/18:</b> more news");
        Assert.Equal(PartialDate.OfDay(2018, 9, 10), order(PartialDate.OfDay(2018, 10, 9)));
    }

    [Fact]
    public void Slashed_dates_stay_day_first_when_a_first_number_exceeds_12()
    {
        var order = SlashDateOrder.For("09/19/2023 talk ... 25/04/2024 seminar ... 03/05/2024");
        Assert.Equal(PartialDate.OfDay(2024, 5, 3), order(PartialDate.OfDay(2024, 5, 3)));
    }
}
