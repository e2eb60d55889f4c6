using Microsoft.AspNetCore.Mvc;
using Aggregator.Core.Storage;
using Aggregator.Functions.Security;

namespace Aggregator.Functions.SourceStatuses;

/// <summary>
/// The function SourceStatuses (GET /api/sources, admin key): each source's last ingestion outcome.
/// Admin-only because failure messages name fetched addresses and document internals meant for maintainers.
/// </summary>
public static class SourceStatusesEndpoint
{
    public const string FunctionName = "SourceStatuses";
    public const string Route = "/api/sources";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Route, ListAsync).WithName(FunctionName).AddEndpointFilter<AdminKeyFilter>();

    private static async Task<IResult> ListAsync([FromServices] IItemStore store, CancellationToken ct)
    {
        var statuses = await store.GetStatusesAsync(ct);
        return Results.Ok(new { sources = statuses.OrderBy(s => s.SourceId, StringComparer.Ordinal) });
    }
}
