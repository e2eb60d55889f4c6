using System.Net;
using Aggregator.Core.Fetching;
using Aggregator.Core.Tests.Support;

namespace Aggregator.Core.Tests.Fetching;

public class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.254")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fd00::1")]
    [InlineData("fc12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:c0a8:0101::1")]
    public void Refuses_local_private_and_special_addresses(string address) =>
        Assert.True(AddressGuard.IsRefused(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("11.0.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:82b::200e")]
    [InlineData("::ffff:8.8.8.8")]
    public void Allows_public_addresses(string address) =>
        Assert.False(AddressGuard.IsRefused(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("http://127.0.0.1:{0}/")]
    [InlineData("http://localhost:{0}/feed.xml")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/")]
    [InlineData("http://2130706433:{0}/")]
    [InlineData("http://0x7f.1:{0}/")]
    public async Task A_fetch_of_a_loopback_url_is_refused_before_any_request(string template)
    {
        await using var server = new LoopbackServer(c => LoopbackServer.WriteAsync(c.Response, "secret"u8.ToArray()));
        using var fetcher = new HttpDocumentFetcher(new FetchOptions { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(10) });

        var url = string.Format(template, server.Port);
        var e = await Assert.ThrowsAsync<AddressRefusedException>(() => fetcher.FetchAsync(url));

        Assert.Contains("not a public address", e.Message);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task The_same_fetch_succeeds_when_private_addresses_are_allowed()
    {
        await using var server = new LoopbackServer(c => LoopbackServer.WriteAsync(c.Response, "hello"u8.ToArray()));
        using var fetcher = new HttpDocumentFetcher(new FetchOptions { AllowPrivateAddresses = true });

        var result = await fetcher.FetchAsync(server.Url);

        Assert.Equal("hello", Assert.Single(result.Documents).Text);
    }
}
