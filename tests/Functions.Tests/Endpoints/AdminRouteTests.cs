using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aggregator.Functions.Hosting;
using Functions.Tests.Fakes;

namespace Functions.Tests.Endpoints;

public sealed class AdminRouteTests : IClassFixture<HandlerFactory>
{
    private readonly HandlerFactory _factory;

    public AdminRouteTests(HandlerFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/api/admin/ingest")]
    [InlineData("/api/admin/sources/lab-posts/ingest")]
    public async Task Ingest_routes_refuse_requests_without_the_key(string path)
    {
        var before = _factory.Ingestion.Runs;
        var response = await _factory.CreateClient().PostAsync(path, null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, _factory.Ingestion.Runs);
    }

    [Theory]
    [InlineData("/api/admin/ingest")]
    [InlineData("/api/admin/sources/lab-posts/ingest")]
    public async Task Ingest_routes_refuse_a_wrong_key(string path)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", HandlerFactory.AdminKey + "x");
        var response = await client.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var response2 = await _factory.CreateClient().PostAsync(path + "?code=" + HandlerFactory.AdminKey[..^1], null);
        Assert.Equal(HttpStatusCode.Unauthorized, response2.StatusCode);
    }

    [Fact]
    public async Task Ingest_all_with_the_key_runs_ingestion_and_returns_the_report()
    {
        var before = _factory.Ingestion.Runs;
        var response = await _factory.CreateAdminClient().PostAsync("/api/admin/ingest", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 2, _factory.Ingestion.Runs);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ids = report.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("sourceId").GetString()).Order();
        Assert.Equal(["alice-papers", "lab-posts"], ids);
        Assert.Equal(0, report.GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task The_key_may_come_as_the_code_query_parameter()
    {
        var response = await _factory.CreateClient().PostAsync("/api/admin/ingest?code=" + HandlerFactory.AdminKey, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_one_source_returns_its_status()
    {
        var response = await _factory.CreateAdminClient().PostAsync("/api/admin/sources/alice-papers/ingest", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("alice-papers", status.GetProperty("sourceId").GetString());
        Assert.True(status.GetProperty("ok").GetBoolean());
        Assert.Equal(1, status.GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task Ingest_of_an_unknown_source_is_404()
    {
        var response = await _factory.CreateAdminClient().PostAsync("/api/admin/sources/no-such-source/ingest", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-source", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Source_statuses_need_the_key()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().GetAsync("/api/sources")).StatusCode);

        await _factory.CreateAdminClient().PostAsync("/api/admin/sources/lab-posts/ingest", null);
        var response = await _factory.CreateAdminClient().GetAsync("/api/sources");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("sources").EnumerateArray(), s => s.GetProperty("sourceId").GetString() == "lab-posts");
    }

    [Fact]
    public async Task Without_a_configured_key_admin_routes_refuse_everyone()
    {
        using var factory = HandlerFactory.With(new Dictionary<string, string?> { [AggregatorSettings.AdminKeySetting] = "" });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", "");
        var response = await client.PostAsync("/api/admin/ingest", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(AggregatorSettings.AdminKeySetting, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, factory.Ingestion.Runs);
    }
}
