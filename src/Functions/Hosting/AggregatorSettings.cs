using Aggregator.Core.Setup;

namespace Aggregator.Functions.Hosting;

/// <summary>
/// The app's settings, read from configuration (environment variables / app settings; names as in the
/// README). Storage and fetching settings are read where Core's services are registered.
/// </summary>
public sealed record AggregatorSettings
{
    public const string AdminKeySetting = "AGGREGATOR_ADMIN_KEY";
    public const string IngestOnStartSetting = "AGGREGATOR_INGEST_ON_START";
    public const string PublicUrlSetting = "AGGREGATOR_PUBLIC_URL";
    public const string FeedTitleSetting = "AGGREGATOR_FEED_TITLE";
    public const string DefaultFeedTitle = "Aggregator";

    /// <summary>Key for the admin routes; when unset they refuse every request.</summary>
    public string? AdminKey { get; init; }

    /// <summary>Standalone only: ingest every source once when the app starts.</summary>
    public bool IngestOnStart { get; init; }

    /// <summary>Base URL for feed self links (e.g. https://app.azurewebsites.net); the request's own when unset.</summary>
    public Uri? PublicUrl { get; init; }

    public string FeedTitle { get; init; } = DefaultFeedTitle;

    public static AggregatorSettings From(IConfiguration configuration)
    {
        Uri? publicUrl = null;
        if (configuration[PublicUrlSetting] is { Length: > 0 } raw
            && (!Uri.TryCreate(raw.TrimEnd('/') + "/", UriKind.Absolute, out publicUrl) || publicUrl.Scheme is not ("http" or "https")))
            throw new InvalidOperationException($"{PublicUrlSetting} must be an absolute http(s) URL, not '{raw}'.");

        return new AggregatorSettings
        {
            AdminKey = configuration[AdminKeySetting] is { Length: > 0 } key ? key : null,
            IngestOnStart = CoreSettings.ParseFlag(configuration[IngestOnStartSetting], IngestOnStartSetting) ?? false,
            PublicUrl = publicUrl,
            FeedTitle = configuration[FeedTitleSetting] is { Length: > 0 } title ? title : DefaultFeedTitle,
        };
    }
}
