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
    public void A_status_in_the_years_slot(string text) => Assert.Matches(Slot, text);

    [Theory]
    [InlineData("(to appear)")]
    [InlineData("(accepted)")]
    [InlineData("(2024)")]
    [InlineData("(in review)")]
    [InlineData("(nd)")]
    public void Other_words_are_not_in_the_list(string text) => Assert.DoesNotMatch(Slot, text);
}
