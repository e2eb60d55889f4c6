using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class LinkLabelsTests
{
    [Theory]
    [InlineData("Read more")]
    [InlineData("Read more »")]
    [InlineData("[Read More]")]
    [InlineData("Read the announcement")]
    [InlineData("Read the interview")]
    [InlineData("Read the full article")]
    [InlineData("See the press release")]
    [InlineData("Watch the video")]
    [InlineData("Listen to the podcast")]
    [InlineData("Register here")]
    [InlineData("Apply now")]
    [InlineData("Full story")]
    [InlineData("Learn more →")]
    [InlineData("More info")]
    public void A_link_that_leads_on_is_a_label(string text) => Assert.True(LinkLabels.IsLabel(text));

    [Theory]
    [InlineData("Check out our opinion piece on Efficient NLP")]
    [InlineData("Read our paper on coral bleaching in Nature")]
    [InlineData("Registration is open for the summer school")]
    [InlineData("Interview in the regional newsletter")]
    [InlineData("Watch the talk Ana gave at NeurIPS")]
    [InlineData("Readings for week 3")]
    [InlineData("")]
    public void A_headline_is_no_label(string text) => Assert.False(LinkLabels.IsLabel(text));

    [Theory]
    [InlineData("Read it here", true)]
    [InlineData("See them online.", true)]
    [InlineData("Read more", false)]
    [InlineData("Read the paper here", false)]
    [InlineData("Read it in Nature", false)]
    public void A_label_pointing_back_closes_the_text_above(string text, bool back) => Assert.Equal(back, LinkLabels.PointsBack(text));
}
