using Microsoft.AspNetCore.Mvc;
using Aggregator.Core.Ingestion;
using Aggregator.Functions.Security;

namespace Aggregator.Functions.AdminIngestSource;

/// <summary>
/// The function AdminIngestSource (POST /api/admin/sources/{id}/ingest, admin key): re-ingests one source,
/// replies with its status; 404 for an id sources.json does not know.
/// </summary>
public static class AdminIngestSourceEndpoint
{
    public const string FunctionName = "AdminIngestSource";
    public const string Route = "/api/admin/sources/{id}/ingest";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Route, IngestAsync).WithName(FunctionName).AddEndpointFilter<AdminKeyFilter>();

    private static async Task<IResult> IngestAsync(string id, [FromServices] IIngestionService ingestion, ILoggerFactory loggers, CancellationToken ct)
    {
        try
        {
            var status = await ingestion.IngestSourceAsync(id, ct);
            loggers.CreateLogger(FunctionName).LogInformation(
                "Admin ingestion of {SourceId} finished: ok {Ok}, {Count} items", id, status.Ok, status.ItemCount);
            return Results.Ok(status);
        }
        catch (KeyNotFoundException)
        {
            return Results.Json(new { error = $"No source with id '{id}' in sources.json." }, statusCode: StatusCodes.Status404NotFound);
        }
    }
}
