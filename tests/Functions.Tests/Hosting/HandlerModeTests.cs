using Aggregator.Functions.Hosting;
using Aggregator.Functions.Security;
using Microsoft.Extensions.Configuration;

namespace Functions.Tests.Hosting;

public sealed class HandlerModeTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    [Fact]
    public void Under_the_host_it_listens_on_loopback_at_the_given_port_whatever_the_urls_setting()
    {
        var mode = HandlerMode.From(Config(("FUNCTIONS_CUSTOMHANDLER_PORT", "45123"), ("AGGREGATOR_URLS", "http://0.0.0.0:80")));
        Assert.True(mode.UnderFunctionsHost);
        Assert.Equal("http://127.0.0.1:45123", mode.ListenUrls);
    }

    [Fact]
    public void Standalone_it_listens_on_the_urls_setting_or_the_default()
    {
        Assert.Equal("http://127.0.0.1:7071", HandlerMode.From(Config()).ListenUrls);
        var mode = HandlerMode.From(Config(("AGGREGATOR_URLS", "http://127.0.0.1:9000")));
        Assert.False(mode.UnderFunctionsHost);
        Assert.Equal("http://127.0.0.1:9000", mode.ListenUrls);
    }

    [Fact]
    public void A_port_that_is_not_a_number_is_an_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => HandlerMode.From(Config(("FUNCTIONS_CUSTOMHANDLER_PORT", "eighty"))));
        Assert.Contains("FUNCTIONS_CUSTOMHANDLER_PORT", e.Message);
    }

    [Theory]
    [InlineData("s3cret-key", "s3cret-key", true)]
    [InlineData("s3cret-key", "s3cret-kex", false)]
    [InlineData("s3cret-key", "s3cret-key ", false)]
    [InlineData("S3CRET-KEY", "s3cret-key", false)]
    [InlineData("", "s3cret-key", false)]
    public void Admin_keys_match_exactly(string presented, string expected, bool matches) =>
        Assert.Equal(matches, AdminKeyFilter.Matches(presented, expected));

    [Fact]
    public void Boolean_settings_refuse_unclear_values()
    {
        Assert.True(AggregatorSettings.From(Config(("AGGREGATOR_INGEST_ON_START", "true"))).IngestOnStart);
        Assert.False(AggregatorSettings.From(Config()).IngestOnStart);
        var e = Assert.Throws<InvalidOperationException>(() => AggregatorSettings.From(Config(("AGGREGATOR_INGEST_ON_START", "sometimes"))));
        Assert.Contains("AGGREGATOR_INGEST_ON_START", e.Message);
    }
}
