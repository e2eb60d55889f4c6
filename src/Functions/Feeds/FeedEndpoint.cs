using Microsoft.AspNetCore.Mvc;
using System.Security.Cryptography;
using Aggregator.Core.Feeds;
using Aggregator.Core.Records;
using Aggregator.Core.Storage;
using Aggregator.Functions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Aggregator.Functions.Feeds;

/// <summary>
/// The functions FeedJson, FeedRss and FeedAtom (GET /api/feed.{extension}): one route per registered
/// <see cref="IFeedWriter"/>, each with its function folder. Query → store → writer; the reply carries an
/// ETag (304 on If-None-Match), Last-Modified and a short public cache lifetime.
/// </summary>
public static class FeedEndpoint
{
    public const string CacheControl = "public, max-age=300";

    public static string FunctionName(IFeedWriter writer) =>
        "Feed" + char.ToUpperInvariant(writer.Extension[0]) + writer.Extension[1..].ToLowerInvariant();

    public static string Route(IFeedWriter writer) => $"/api/feed.{writer.Extension}";

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var writer in app.ServiceProvider.GetServices<IFeedWriter>())
        {
            app.MapMethods(Route(writer), [HttpMethods.Get, HttpMethods.Head],
                    (HttpContext context, [FromServices] IItemStore store, [FromServices] AggregatorSettings settings, CancellationToken ct) =>
                        ServeAsync(writer, context, store, settings, ct))
                .WithName(FunctionName(writer));
        }
    }

    private static async Task<IResult> ServeAsync(IFeedWriter writer, HttpContext context, IItemStore store, AggregatorSettings settings, CancellationToken ct)
    {
        var query = FeedQueryReader.Read(context.Request.Query, out var error);
        if (query is null)
            return Results.Json(new { error }, statusCode: StatusCodes.Status400BadRequest);

        var items = await store.QueryAsync(query, ct);
        var baseUrl = BaseUrl(context.Request, settings);
        var feed = new FeedDocument(
            Title: settings.FeedTitle,
            FeedUrl: baseUrl + context.Request.Path.ToUriComponent().TrimStart('/') + context.Request.QueryString.ToUriComponent(),
            HomePageUrl: baseUrl,
            Description: $"Publications and posts gathered by {settings.FeedTitle}.",
            Updated: NewestChange(items) ?? DateTimeOffset.UtcNow,
            Items: items);

        using var buffer = new MemoryStream();
        await writer.WriteAsync(feed, buffer, ct);
        var body = buffer.ToArray();

        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        context.Response.Headers.CacheControl = CacheControl;
        if (NewestChange(items) is { } lastModified)
            headers.LastModified = lastModified;

        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return Results.StatusCode(StatusCodes.Status304NotModified);

        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.ContentType = writer.MediaType;
            context.Response.ContentLength = body.Length;
            return Results.Empty;
        }
        return Results.Bytes(body, writer.MediaType);
    }

    /// <summary>"https://host/" from AGGREGATOR_PUBLIC_URL when set (behind the Functions host), else from the request.</summary>
    private static string BaseUrl(HttpRequest request, AggregatorSettings settings) =>
        settings.PublicUrl?.ToString() ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/";

    /// <summary>The latest moment any listed item appeared or changed, for Updated and Last-Modified.</summary>
    private static DateTimeOffset? NewestChange(IReadOnlyList<Item> items)
    {
        DateTimeOffset? newest = null;
        foreach (var item in items)
            foreach (var moment in new[] { item.DateModified, item.FirstSeen, item.Published?.ToInstant() })
                if (moment is not null && (newest is null || moment > newest))
                    newest = moment;
        return newest;
    }
}
