using Microsoft.AspNetCore.Mvc;
using Aggregator.Core.Ingestion;
using Aggregator.Functions.Security;

namespace Aggregator.Functions.AdminIngest;

/// <summary>The function AdminIngest (POST /api/admin/ingest, admin key): re-ingests every source, replies with the report.</summary>
public static class AdminIngestEndpoint
{
    public const string FunctionName = "AdminIngest";
    public const string Route = "/api/admin/ingest";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Route, IngestAsync).WithName(FunctionName).AddEndpointFilter<AdminKeyFilter>();

    private static async Task<IResult> IngestAsync([FromServices] IIngestionService ingestion, ILoggerFactory loggers, CancellationToken ct)
    {
        var report = await ingestion.IngestAllAsync(ct);
        loggers.CreateLogger(FunctionName).LogInformation(
            "Admin ingestion finished: {Count} sources, {Failed} failed", report.Sources.Count, report.Failed);
        return Results.Ok(report);
    }
}
