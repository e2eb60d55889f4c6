using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class FindYearTests
{
    [Theory]
    [InlineData("ICML (2019)", 2019)]
    [InlineData("EACL 2014: 15th Conference", 2014)]
    [InlineData("arXiv:1907.13223 (2019)", 2019)]
    [InlineData("arXiv:2009.01234", null)]
    [InlineData("https://arxiv.org/abs/1902.05781", null)]
    [InlineData("Science Signaling (to appear)", null)]
    [InlineData("Robotics Symposium (ROSY-2022), Turin", 2022)]
    [InlineData("pp. 2019-2031", null)]
    [InlineData("Ocean Modelling, 15, e2022MS003311", null)]
    [InlineData("Smith 2019a, ICML2020", 2020)]
    public void Finds_printed_years_but_not_arxiv_ids(string text, int? year) => Assert.Equal(year, LooseDates.FindYear(text));
}
