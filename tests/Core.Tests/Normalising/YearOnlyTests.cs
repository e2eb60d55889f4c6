using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class YearOnlyTests
{
    [Theory]
    [InlineData("2024", true)]
    [InlineData("(2024)", true)]
    [InlineData("(1999", true)]
    [InlineData("1899", false)]
    [InlineData("2101", false)]
    [InlineData("2024:", false)]
    [InlineData(" 2024", false)]
    [InlineData("2024a", false)]
    [InlineData("In 2024", false)]
    [InlineData("", false)]
    public void A_line_that_is_only_a_year(string text, bool expected) =>
        Assert.Equal(expected, LooseDates.IsYearOnly(text));

    [Theory]
    [InlineData("2024:", true)]
    [InlineData("(2024):", true)]
    [InlineData("2024", true)]
    [InlineData("2024::", false)]
    [InlineData("2024 :", false)]
    public void A_heading_year_may_end_in_a_colon(string text, bool expected) =>
        Assert.Equal(expected, LooseDates.IsYearOnly(text, colon: true));
}
