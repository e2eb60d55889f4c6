using Aggregator.Core.Normalising;
using Xunit;

namespace Aggregator.Core.Tests.Normalising;

public class PublicationStatusTests
{
    [Theory]
    [InlineData("Under review")]
    [InlineData("(submitted)")]
    [InlineData("In preparation.")]
    [InlineData("in prep.")]
    [InlineData("Submitted for publication")]
    [InlineData("Working paper")]
    [InlineData("To appear")]
    [InlineData("[Under revision]")]
    [InlineData("In submission")]
    [InlineData("In progress.")]
    [InlineData("Work in progress")]
    [InlineData("Draft.")]
    [InlineData("(working draft)")]
    public void A_status_alone_is_not_a_venue(string text) => Assert.True(PublicationStatus.IsStatusOnly(text));

    [Theory]
    [InlineData("Nature Communications")]
    [InlineData("Under review at NeurIPS")]
    [InlineData("To appear in ICML 2024")]
    [InlineData("Journal of Submitted Manuscripts")]
    [InlineData("Manuscript under review")]
    [InlineData("Manuscript submitted for publication.")]
    [InlineData("Manuscript in preparation.")]
    [InlineData("Progress in Mathematics")]
    [InlineData("Draft Genomes Quarterly")]
    [InlineData("")]
    [InlineData(null)]
    public void A_venue_or_a_status_naming_one_is_kept(string? text) => Assert.False(PublicationStatus.IsStatusOnly(text));
}
