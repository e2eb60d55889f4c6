using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aggregator.Functions.Hosting;
using Functions.Tests.Fakes;

namespace Functions.Tests.Endpoints;

/// <summary>The timer function invoked the way the Functions host invokes a custom handler.</summary>
public sealed class ScheduledIngestTests
{
    // What the host POSTs for a timer trigger: the binding's value is the serialised TimerInfo.
    private const string HostPayload = """
        {
          "Data": {
            "timer": {
              "Schedule": { "AdjustForDST": true },
              "ScheduleStatus": null,
              "IsPastDue": false
            }
          },
          "Metadata": {
            "sys": { "MethodName": "ScheduledIngest", "UtcNow": "2026-11-23T12:00:00.0123456Z", "RandGuid": "0b4bd1c9-6c3e-4bd3-9a52-4f4f0c8e1d2a" }
          }
        }
        """;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Host_timer_invocation_runs_ingestion_and_answers_in_the_host_shape()
    {
        using var factory = new HandlerFactory();
        var response = await factory.CreateClient().PostAsync("/ScheduledIngest", Json(HostPayload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        var logs = body.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Contains(logs, l => l!.Contains("Ingested 2 sources, 0 failed"));
        Assert.Equal(2, body.GetProperty("ReturnValue").GetProperty("sources").GetInt32());

        Assert.Equal(2, factory.Ingestion.Runs);
        var feed = await factory.CreateClient().GetStringAsync("/api/feed.json");
        Assert.Contains("Sparse probes for tidal sensing", feed);
    }

    [Fact]
    public async Task The_binding_name_does_not_matter_and_past_due_is_logged()
    {
        using var factory = new HandlerFactory();
        var payload = HostPayload.Replace("\"timer\"", "\"myTimer\"").Replace("\"IsPastDue\": false", "\"IsPastDue\": true")
            .Replace("\"ScheduleStatus\": null", "\"ScheduleStatus\": {\"Last\": \"2026-11-23T06:00:00+00:00\", \"Next\": \"2026-11-23T12:00:00+00:00\", \"LastUpdated\": \"2026-11-23T06:00:00.5+00:00\"}");
        var response = await factory.CreateClient().PostAsync("/ScheduledIngest", Json(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("past due"));
        Assert.Equal(2, factory.Ingestion.Runs);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"Metadata\": {}}")]
    public async Task A_body_that_is_not_an_invocation_is_refused(string body)
    {
        using var factory = new HandlerFactory();
        var response = await factory.CreateClient().PostAsync("/ScheduledIngest", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, factory.Ingestion.Runs);
    }

    [Fact]
    public async Task Standalone_the_invocation_route_needs_the_admin_key()
    {
        using var factory = HandlerFactory.With(new Dictionary<string, string?> { [HandlerMode.PortSetting] = null });
        var refused = await factory.CreateClient().PostAsync("/ScheduledIngest", Json(HostPayload));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(0, factory.Ingestion.Runs);

        var accepted = await factory.CreateAdminClient().PostAsync("/ScheduledIngest", Json(HostPayload));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
