using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Functions.Tests.Fakes;

namespace Functions.Tests.Endpoints;

public sealed class HealthAndReadinessTests
{
    [Fact]
    public async Task Health_is_200_with_a_small_json_body_when_storage_answers()
    {
        using var factory = new HandlerFactory();
        var response = await factory.CreateClient().GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_is_503_when_storage_says_no_or_throws()
    {
        using var factory = new HandlerFactory();
        factory.Store.Ping = () => false;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.CreateClient().GetAsync("/api/health")).StatusCode);

        factory.Store.Ping = () => throw new HttpRequestException("connection refused");
        var response = await factory.CreateClient().GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unavailable", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_root_answers_for_the_hosts_readiness_probe()
    {
        using var factory = new HandlerFactory();
        var response = await factory.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_storage_failure_during_a_request_is_a_500_problem_reply_without_internals()
    {
        using var factory = new HandlerFactory();
        factory.Store.QueryFailure = new InvalidOperationException("table secret-internal-name is gone");
        var response = await factory.CreateClient().GetAsync("/api/feed.json");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret-internal-name", await response.Content.ReadAsStringAsync());
    }
}
