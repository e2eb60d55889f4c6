using Microsoft.AspNetCore.Mvc;
using Aggregator.Core.Storage;

namespace Aggregator.Functions.Health;

/// <summary>The function Health (GET /api/health): 200 when storage answers, 503 when it does not.</summary>
public static class HealthEndpoint
{
    public const string FunctionName = "Health";
    public const string Route = "/api/health";
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(5);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Route, CheckAsync).WithName(FunctionName);

    private static async Task<IResult> CheckAsync(HttpContext context, [FromServices] IItemStore store, ILoggerFactory loggers, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PingTimeout);
        bool reachable;
        try
        {
            reachable = await store.PingAsync(timeout.Token);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            loggers.CreateLogger(FunctionName).LogWarning(e, "Storage ping failed");
            reachable = false;
        }

        context.Response.Headers.CacheControl = "no-store";
        return reachable
            ? Results.Json(new { status = "ok", storage = "reachable", time = DateTimeOffset.UtcNow })
            : Results.Json(new { status = "unavailable", storage = "unreachable", time = DateTimeOffset.UtcNow },
                statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
