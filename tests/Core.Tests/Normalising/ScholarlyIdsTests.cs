using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class ScholarlyIdsTests
{
    [Theory]
    [InlineData("https://doi.org/10.1145/3341301.3359630", "10.1145/3341301.3359630")]
    [InlineData("see doi:10.1016/S0140-6736(20)30183-5.", "10.1016/s0140-6736(20)30183-5")]
    [InlineData("https://dx.doi.org/10.18653/v1%2FP19-1001", "10.18653/v1/p19-1001")]
    [InlineData("no identifier here", null)]
    [InlineData("Ocean Letters 12. (DOI:10.5555/ocl.2021.104433).", "10.5555/ocl.2021.104433")]
    [InlineData("(doi:10.5555/abc(2)12-3)", "10.5555/abc(2)12-3")]
    public void Finds_dois(string text, string? expected) => Assert.Equal(expected, ScholarlyIds.FindDoi(text));

    [Theory]
    [InlineData("10.5555/ocl.2021.104433).", "10.5555/ocl.2021.104433")]
    [InlineData("10.1016/S0140-6736(20)30183-5", "10.1016/S0140-6736(20)30183-5")]
    [InlineData("10.1016/S0140-6736(20)30183-5).", "10.1016/S0140-6736(20)30183-5")]
    [InlineData("10.5555/x(1)),", "10.5555/x(1)")]
    [InlineData("10.5555/x(1", "10.5555/x(1")]
    public void A_dois_closing_bracket_is_kept_only_when_it_closes_its_own(string candidate, string expected) =>
        Assert.Equal(expected, ScholarlyIds.TrimDoiEnd(candidate));

    [Theory]
    [InlineData("https://dl.acm.org/doi/10.1145/3555209", "10.1145/3555209")]
    [InlineData("https://www.tandfonline.com/doi/epdf/10.1080/08838151.2022.2141242?needAccess=true", "10.1080/08838151.2022.2141242")]
    [InlineData("https://doi.org/10.1007/978-3-030-44081-7_9", "10.1007/978-3-030-44081-7_9")]
    [InlineData("https://academic.oup.com/ccc/advance-article/doi/10.1093/ccc/tcad015/7160340", null)]
    [InlineData("https://www.mdpi.com/2624-800X/3/4/38", null)]
    [InlineData("https://journals.aps.org/prb/abstract/10.1103/PhysRevB.101.014502", "10.1103/physrevb.101.014502")]
    [InlineData("https://example-press.org/jcs/abstract/10.5555/jcs.2020.17/full/extra", null)]
    [InlineData("https://link.example.com/content/pdf/10.1007/s00285-019-01234-5.pdf", "10.1007/s00285-019-01234-5")]
    [InlineData("http://onlinelibrary.example.com/doi/10.1002/2019GL012345/abstract", "10.1002/2019gl012345")]
    [InlineData("http://onlinelibrary.example.com/doi/10.1002/tect.20123/full", "10.1002/tect.20123")]
    [InlineData("https://doi-org.proxy.library.example.edu/10.1093/abc/xyz123", "10.1093/abc/xyz123")]
    [InlineData("https://dx-doi-org.ezproxy.example.ac.uk/10.1016/j.cell.2020.01.001", "10.1016/j.cell.2020.01.001")]
    [InlineData("https://doi-org.proxy.library.example.edu/login?url=x", null)]
    public void Finds_dois_that_links_name(string url, string? expected) => Assert.Equal(expected, ScholarlyIds.FindDoiInUrl(url));

    [Theory]
    [InlineData("https://arxiv.org/abs/1907.13223", "1907.13223")]
    [InlineData("https://arxiv.org/pdf/2102.01670v2.pdf", "2102.01670v2")]
    [InlineData("arXiv preprint arXiv:1907.13223", "1907.13223")]
    [InlineData("http://arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001v1")]
    [InlineData("https://example.org/1907.13223", null)]
    public void Finds_arxiv_ids(string text, string? expected) => Assert.Equal(expected, ScholarlyIds.FindArxiv(text));

    [Theory]
    [InlineData("doi: https://doi. org/10.7202/1066011ar", "doi: https://doi.org/10.7202/1066011ar")]
    [InlineData("https://dx.doi.  org/10.1037/a0012345", "https://dx.doi.org/10.1037/a0012345")]
    [InlineData("https://doi.org/10.1016/j. learninstruc.2021.04.007", "https://doi.org/10.1016/j.learninstruc.2021.04.007")]
    [InlineData("doi:10.1016/s. cell2020.3", "doi:10.1016/s.cell2020.3")]
    public void Joins_dois_broken_by_a_space(string text, string expected) => Assert.Equal(expected, ScholarlyIds.JoinSpacedDois(text));

    [Theory]
    [InlineData("doi:10.5555/abc.123. 2019. Next sentence")]
    [InlineData("doi:10.1016/j. The journal moved.")]
    [InlineData("see the doi. org page")]
    public void Leaves_dois_that_end_a_sentence(string text) => Assert.Equal(text, ScholarlyIds.JoinSpacedDois(text));

    [Fact]
    public void Version_is_dropped_for_matching() => Assert.Equal("2101.00001", ScholarlyIds.WithoutVersion("2101.00001v4"));
}
