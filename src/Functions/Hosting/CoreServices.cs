namespace Aggregator.Functions.Hosting;

/// <summary>Registers Core's storage, ingestion and feed writers from the app settings.</summary>
public static class CoreServices
{
    public static IServiceCollection AddAggregatorCore(this IServiceCollection services, IConfiguration configuration)
    {
        // Core's TableItemStore, IngestionService and feed writers are wired here once they are on main.
        return services;
    }
}
