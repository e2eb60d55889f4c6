using Aggregator.Core.Fetching;
using Aggregator.Core.Formats;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Normalising;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aggregator.Core;

/// <summary>Registers Core's services for a host: formats, normaliser, fetcher, store and ingestion.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services as singletons. <paramref name="sources"/> come from <see cref="SourcesFile.LoadAsync"/>
    /// (load them before building the host, so a bad sources.json stops start-up with its message).
    /// </summary>
    public static IServiceCollection AddAggregatorCoreServices(
        this IServiceCollection services,
        IReadOnlyList<SourceDefinition> sources,
        StorageOptions? storage = null,
        FetchOptions? fetch = null,
        IngestionOptions? ingestion = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => FormatRegistry.CreateDefault());
        services.TryAddSingleton(_ => new ItemNormaliser());
        services.TryAddSingleton(sources);
        services.TryAddSingleton(storage ?? new StorageOptions());
        services.TryAddSingleton(fetch ?? new FetchOptions());
        services.TryAddSingleton(ingestion ?? new IngestionOptions());
        services.TryAddSingleton<IDocumentFetcher>(sp => new DocumentFetcher(sp.GetRequiredService<FetchOptions>()));
        services.TryAddSingleton<IItemStore>(sp => new TableItemStore(sp.GetRequiredService<StorageOptions>()));
        services.TryAddSingleton<IIngestionService>(sp => ActivatorUtilities.CreateInstance<IngestionService>(sp));
        return services;
    }
}
