using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class YearSlotWordsTests
{
    private static readonly Regex Slot = new(@"^[(\[](?i:" + PublicationStatus.YearSlotWords + @")\.?[)\]]$");

    [Theory]
    [InlineData("(Forthcoming)")]
    [InlineData("[In press.]")]
    [InlineData("(in preparation)")]
    [InlineData("(in prep.)")]
    [InlineData("(Under review)")]
    [InlineData("(submitted)")]
    [InlineData("(n.d.)")]
    [InlineData("(n. d.)")]
    [InlineData("(Accepted with revisions)")]
    [InlineData("(accepted with minor revisions)")]
    [InlineData("(Revise and resubmit)")]
    [InlineData("(under revision)")]
    public void A_status_in_the_years_slot(string text) => Assert.Matches(Slot, text);

    [Theory]
    [InlineData("(to appear)")]
    [InlineData("(accepted)")]
    [InlineData("(2024)")]
    [InlineData("(in review)")]
    [InlineData("(nd)")]
    public void Other_words_are_not_in_the_list(string text) => Assert.DoesNotMatch(Slot, text);

    private static readonly Regex AfterYear = new(@"^\((?:19|20)\d{2},\s*(?i:" + PublicationStatus.AfterYearWords + @")\)$");

    [Theory]
    [InlineData("(2021, in press)")]
    [InlineData("(2020, to appear)")]
    [InlineData("(2019, Accepted)")]
    [InlineData("(2022, forthcoming)")]
    [InlineData("(2023, under review)")]
    [InlineData("(2023, submitted)")]
    [InlineData("(2020, in preparation)")]
    public void A_status_after_the_year(string text) => Assert.Matches(AfterYear, text);

    [Theory]
    [InlineData("(2020, n.d.)")]
    [InlineData("(2020, May)")]
    [InlineData("(2020, in review)")]
    public void Other_words_do_not_follow_the_year(string text) => Assert.DoesNotMatch(AfterYear, text);
}
