using System.Net;
using System.Text;
using Aggregator.Core.Fetching;
using Aggregator.Core.Tests.Support;

namespace Aggregator.Core.Tests.Fetching;

/// <summary>Against a real HTTP server on loopback, so the guard is off in these tests.</summary>
public class HttpDocumentFetcherTests
{
    private int _calls;

    private static HttpDocumentFetcher Fetcher(long maxBytes = 10 * 1024 * 1024) => new(new FetchOptions
    {
        AllowPrivateAddresses = true, MaxBytes = maxBytes, MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        UserAgent = "AggregatorTest/1.0",
    });

    [Fact]
    public async Task Conditional_get_with_etag_gives_not_modified()
    {
        var seenIfNoneMatch = new List<string?>();
        await using var server = new LoopbackServer(async c =>
        {
            seenIfNoneMatch.Add(c.Request.Headers["If-None-Match"]);
            if (c.Request.Headers["If-None-Match"] == "\"v1\"") { c.Response.StatusCode = 304; return; }
            c.Response.Headers["ETag"] = "\"v1\"";
            await LoopbackServer.WriteAsync(c.Response, "<rss/>"u8.ToArray(), "application/rss+xml");
        });
        using var fetcher = Fetcher();

        var first = await fetcher.FetchAsync(server.Url + "feed.xml");
        Assert.False(first.NotModified);
        Assert.Equal("\"v1\"", first.Validators?.ETag);
        var doc = Assert.Single(first.Documents);
        Assert.Equal("application/rss+xml", doc.ContentType);
        Assert.Equal(server.Url + "feed.xml", doc.Location);

        var second = await fetcher.FetchAsync(server.Url + "feed.xml", first.Validators);
        Assert.True(second.NotModified);
        Assert.Empty(second.Documents);
        Assert.Equal("\"v1\"", second.Validators?.ETag);
        Assert.Equal([null, "\"v1\""], seenIfNoneMatch);
    }

    [Fact]
    public async Task Conditional_get_with_last_modified_gives_not_modified()
    {
        var stamp = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero).ToString("R");
        await using var server = new LoopbackServer(async c =>
        {
            if (c.Request.Headers["If-Modified-Since"] == stamp) { c.Response.StatusCode = 304; return; }
            c.Response.Headers["Last-Modified"] = stamp;
            await LoopbackServer.WriteAsync(c.Response, "x"u8.ToArray());
        });
        using var fetcher = Fetcher();

        var first = await fetcher.FetchAsync(server.Url);
        Assert.Equal(stamp, first.Validators?.LastModified);
        Assert.True((await fetcher.FetchAsync(server.Url, first.Validators)).NotModified);
    }

    [Fact]
    public async Task Sends_the_user_agent_and_decodes_the_charset_of_the_content_type()
    {
        string? agent = null;
        await using var server = new LoopbackServer(c =>
        {
            agent = c.Request.UserAgent;
            return LoopbackServer.WriteAsync(c.Response, Encoding.Latin1.GetBytes("Caf\u00e9 G\u00f6del"), "text/html; charset=ISO-8859-1");
        });
        using var fetcher = Fetcher();

        var doc = Assert.Single((await fetcher.FetchAsync(server.Url)).Documents);

        Assert.Equal("Café Gödel", doc.Text);
        Assert.Equal("AggregatorTest/1.0", agent);
    }

    [Fact]
    public async Task Refuses_documents_over_the_size_limit()
    {
        await using var server = new LoopbackServer(c => LoopbackServer.WriteAsync(c.Response, new byte[5000]));
        using var fetcher = Fetcher(maxBytes: 1000);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url));
        Assert.Contains("limit", e.Message);
    }

    [Fact]
    public async Task An_http_error_names_the_url_and_status()
    {
        await using var server = new LoopbackServer(c => { c.Response.StatusCode = 404; return Task.CompletedTask; });
        using var fetcher = Fetcher();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url + "gone"));
        Assert.Contains("404", e.Message);
        Assert.Contains("/gone", e.Message);
    }

    [Fact]
    public async Task Retries_transient_failures()
    {
        await using var server = new LoopbackServer(async c =>
        {
            if (Interlocked.Increment(ref _calls) < 3) { c.Response.StatusCode = 503; return; }
            await LoopbackServer.WriteAsync(c.Response, "ok"u8.ToArray());
        });
        using var fetcher = Fetcher();

        var doc = Assert.Single((await fetcher.FetchAsync(server.Url)).Documents);
        Assert.Equal("ok", doc.Text);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task Follows_redirects_and_reports_the_final_location()
    {
        await using var server = new LoopbackServer(async c =>
        {
            if (c.Request.Url!.AbsolutePath == "/old") { c.Response.StatusCode = 301; c.Response.RedirectLocation = "/new/"; return; }
            await LoopbackServer.WriteAsync(c.Response, "moved"u8.ToArray());
        });
        using var fetcher = Fetcher();

        var doc = Assert.Single((await fetcher.FetchAsync(server.Url + "old")).Documents);
        Assert.Equal(server.Url + "new/", doc.Location);
    }
}
