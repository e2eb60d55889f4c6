using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aggregator.Functions.Feeds;
using Aggregator.Functions.Hosting;
using Functions.Tests.Fakes;

namespace Functions.Tests.Endpoints;

/// <summary>The feed routes' HTTP behaviour (query validation, headers, caching); the feed bodies are the writers' tests.</summary>
public sealed class FeedEndpointTests : IClassFixture<HandlerFactory>, IAsyncLifetime
{
    private readonly HandlerFactory _factory;

    public FeedEndpointTests(HandlerFactory factory) => _factory = factory;

    public async Task InitializeAsync() => await _factory.Ingestion.IngestAllAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("json", "application/feed+json")]
    [InlineData("rss", "application/rss+xml")]
    [InlineData("atom", "application/atom+xml")]
    public async Task Feeds_are_served_with_their_media_type_cors_and_caching(string extension, string mediaType)
    {
        var response = await _factory.CreateClient().GetAsync($"/api/feed.{extension}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(FeedEndpoint.CacheControl, response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=-3")]
    [InlineData("limit=ten")]
    [InlineData("limit=2.5")]
    [InlineData("limit=5&limit=6")]
    [InlineData("kind=poem")]
    [InlineData("kind=1")]
    public async Task Bad_query_values_are_400_with_a_reason(string query)
    {
        var response = await _factory.CreateClient().GetAsync("/api/feed.json?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(query.Split('=')[0], body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("limit=1", new[] { "post-1" })]
    [InlineData("limit=500", new[] { "post-1", "paper-1" })]
    [InlineData("kind=publication", new[] { "paper-1" })]
    [InlineData("source=lab-posts", new[] { "post-1" })]
    [InlineData("tag=sensing", new[] { "paper-1" })]
    [InlineData("author=alice%20lindqvist", new[] { "paper-1" })]
    [InlineData("author=Mira%20Okafor&kind=post", new[] { "post-1" })]
    public async Task Query_values_reach_the_store(string query, string[] expectedIds)
    {
        var body = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/feed.json?" + query);
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToArray();
        Assert.Equal(expectedIds, ids);
    }

    [Fact]
    public async Task The_feed_url_is_the_request_url_or_the_public_url_setting()
    {
        var body = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/feed.json?tag=sensing");
        Assert.Equal("http://localhost/api/feed.json?tag=sensing", body.GetProperty("feedUrl").GetString());

        using var behindHost = HandlerFactory.With(new Dictionary<string, string?> { [AggregatorSettings.PublicUrlSetting] = "https://feeds.example.org" });
        var body2 = await behindHost.CreateClient().GetFromJsonAsync<JsonElement>("/api/feed.json");
        Assert.Equal("https://feeds.example.org/api/feed.json", body2.GetProperty("feedUrl").GetString());
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304_and_a_stale_one_gets_the_feed()
    {
        var client = _factory.CreateClient();
        var first = await client.GetAsync("/api/feed.atom");
        var etag = first.Headers.ETag!;

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/feed.atom");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var stale = new HttpRequestMessage(HttpMethod.Get, "/api/feed.atom");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Head_gives_the_headers_without_a_body()
    {
        var response = await _factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/feed.rss"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.True(response.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task Feeds_do_not_accept_post()
    {
        var response = await _factory.CreateClient().PostAsync("/api/feed.json", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
