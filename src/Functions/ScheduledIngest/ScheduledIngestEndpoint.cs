using Microsoft.AspNetCore.Mvc;
using System.Text.Json;
using Aggregator.Core.Ingestion;
using Aggregator.Functions.Hosting;
using Aggregator.Functions.Security;

namespace Aggregator.Functions.ScheduledIngest;

/// <summary>
/// The timer function ScheduledIngest. The host POSTs /ScheduledIngest (the function's name, no /api) with
/// the timer payload; this runs the ingestion of every source and answers in the host's invocation shape.
/// A failed source is reported in the logs, not as a failed invocation; an exception fails it (500).
/// Standalone, the same route needs the admin key, since no host stands in front of it.
/// </summary>
public static class ScheduledIngestEndpoint
{
    public const string FunctionName = "ScheduledIngest";
    public const string Route = "/" + FunctionName;

    private static readonly JsonSerializerOptions HostJson = new(JsonSerializerDefaults.General);

    public static void Map(IEndpointRouteBuilder app)
    {
        var endpoint = app.MapPost(Route, InvokeAsync).WithName(FunctionName);
        if (!app.ServiceProvider.GetRequiredService<HandlerMode>().UnderFunctionsHost)
            endpoint.AddEndpointFilter<AdminKeyFilter>();
    }

    private static async Task<IResult> InvokeAsync(HttpRequest request, [FromServices] IIngestionService ingestion, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(FunctionName);
        HostInvocationRequest? invocation;
        try
        {
            invocation = await JsonSerializer.DeserializeAsync<HostInvocationRequest>(request.Body, HostJson, ct);
        }
        catch (JsonException e)
        {
            return Results.Json(new { error = $"Not a host invocation payload: {e.Message}" }, statusCode: StatusCodes.Status400BadRequest);
        }
        if (invocation?.Data is null)
            return Results.Json(new { error = "Not a host invocation payload: no Data." }, statusCode: StatusCodes.Status400BadRequest);

        var logs = new List<string>();
        if (invocation.IsPastDue)
            logs.Add("Timer is past due; ingesting now.");

        var report = await ingestion.IngestAllAsync(ct);
        logs.Add($"Ingested {report.Sources.Count} sources, {report.Failed} failed.");
        foreach (var status in report.Sources.Where(s => !s.Ok))
            logs.Add($"Source {status.SourceId} failed: {status.Error}");
        logger.LogInformation("Scheduled ingestion finished: {Count} sources, {Failed} failed (past due: {PastDue})",
            report.Sources.Count, report.Failed, invocation.IsPastDue);

        var response = new HostInvocationResponse(
            Outputs: new Dictionary<string, object?>(),
            Logs: logs,
            ReturnValue: new { sources = report.Sources.Count, failed = report.Failed });
        return Results.Json(response, HostJson);
    }
}
