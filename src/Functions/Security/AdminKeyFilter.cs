using System.Security.Cryptography;
using System.Text;
using Aggregator.Functions.Hosting;

namespace Aggregator.Functions.Security;

/// <summary>
/// Guards the admin routes with AGGREGATOR_ADMIN_KEY, sent as the Functions key (header
/// <c>x-functions-key</c> or query <c>code</c>). Under the host, authLevel "function" makes the host check
/// its own keys first; this check protects standalone runs too. No key configured = every request refused.
/// </summary>
internal sealed class AdminKeyFilter(AggregatorSettings settings, ILogger<AdminKeyFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (settings.AdminKey is null)
        {
            logger.LogWarning("Admin request to {Path} refused: {Setting} is not set", request.Path, AggregatorSettings.AdminKeySetting);
            return Unauthorized($"Admin routes are disabled: {AggregatorSettings.AdminKeySetting} is not set.");
        }

        string? presented = request.Headers[HeaderName].FirstOrDefault();
        if (string.IsNullOrEmpty(presented)) presented = request.Query[QueryName].FirstOrDefault();
        if (string.IsNullOrEmpty(presented))
            return Unauthorized($"Send the admin key in the {HeaderName} header.");
        if (!Matches(presented, settings.AdminKey))
        {
            logger.LogWarning("Admin request to {Path} refused: wrong key", request.Path);
            return Unauthorized("Wrong admin key.");
        }
        return await next(context);
    }

    /// <summary>Constant-time comparison; hashing first hides the key's length too.</summary>
    internal static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static IResult Unauthorized(string message) =>
        Results.Json(new { error = message }, statusCode: StatusCodes.Status401Unauthorized);
}
