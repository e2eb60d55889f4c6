using Aggregator.Core.Feeds;
using Aggregator.Core.Fetching;
using Aggregator.Core.Formats;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Normalising;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Aggregator.Core.Setup;

/// <summary>
/// Registers Core's services from <see cref="CoreSettings"/>: formats, sources, fetcher, store, ingestion
/// and feed writers. One place, so the Function App and the CLI build the same pipeline.
/// </summary>
public static class CoreServices
{
    public static IServiceCollection AddAggregatorCore(this IServiceCollection services, CoreSettings settings) =>
        services.AddAggregatorCore(_ => settings);

    /// <param name="settings">Read when first needed (the app's configuration is final only then).</param>
    public static IServiceCollection AddAggregatorCore(this IServiceCollection services, Func<IServiceProvider, CoreSettings> settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(_ => FormatRegistry.CreateDefault());
        services.AddSingleton<ItemNormaliser>();

        // Loaded (and validated) on first use; the app resolves it at start-up so a bad file stops it there.
        services.AddSingleton<IReadOnlyList<SourceDefinition>>(sp =>
            SourcesFile.LoadAsync(sp.GetRequiredService<CoreSettings>().SourcesPath, sp.GetRequiredService<FormatRegistry>()).GetAwaiter().GetResult());

        services.AddSingleton(sp => new FetchOptions { AllowPrivateAddresses = sp.GetRequiredService<CoreSettings>().AllowPrivateFetch });
        services.AddSingleton<IDocumentFetcher>(sp => new DocumentFetcher(sp.GetRequiredService<FetchOptions>()));

        services.AddSingleton<IItemStore>(sp => StorageClients.CreateStore(sp.GetRequiredService<CoreSettings>()));

        services.AddSingleton<IIngestionService>(sp => new IngestionService(
            sp.GetRequiredService<IReadOnlyList<SourceDefinition>>(),
            sp.GetRequiredService<IDocumentFetcher>(),
            sp.GetRequiredService<FormatRegistry>(),
            sp.GetRequiredService<ItemNormaliser>(),
            sp.GetRequiredService<IItemStore>(),
            sp.GetRequiredService<ILogger<IngestionService>>(),
            sp.GetRequiredService<TimeProvider>()));

        foreach (var writer in FeedWriters.CreateDefault())
            services.AddSingleton(writer);
        return services;
    }
}
