using Aggregator.Core.Feeds;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Records;
using Aggregator.Core.Storage;
using Aggregator.Functions.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Functions.Tests.Fakes;

/// <summary>
/// The real handler app over an in-memory store and scripted ingestion. By default it runs as under the
/// Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set), so no standalone scheduler runs during tests.
/// </summary>
public sealed class HandlerFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-5f1c";

    private readonly Dictionary<string, string?> _settings = new()
    {
        [AggregatorSettings.AdminKeySetting] = AdminKey,
        [HandlerMode.PortSetting] = "0",
    };

    public HandlerFactory() : this(new Dictionary<string, string?>()) { }

    private HandlerFactory(IReadOnlyDictionary<string, string?> settings)
    {
        foreach (var (key, value) in settings)
            _settings[key] = value;
        Ingestion = new ScriptedIngestion(Store, new Dictionary<string, IReadOnlyList<Item>>
        {
            ["lab-posts"] = [SampleItems.Post],
            ["alice-papers"] = [SampleItems.Paper],
        });
    }

    /// <summary>A factory whose app sees these settings on top of the defaults (null removes one).</summary>
    public static HandlerFactory With(IReadOnlyDictionary<string, string?> settings) => new(settings);

    public InMemoryItemStore Store { get; } = new();
    public ScriptedIngestion Ingestion { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IItemStore>();
            services.RemoveAll<IIngestionService>();
            services.RemoveAll<IFeedWriter>();
            services.AddSingleton<IItemStore>(Store);
            services.AddSingleton<IIngestionService>(Ingestion);
            services.AddSingleton<IFeedWriter>(new ListingFeedWriter("json", "application/feed+json; charset=utf-8"));
            services.AddSingleton<IFeedWriter>(new ListingFeedWriter("rss", "application/rss+xml; charset=utf-8"));
            services.AddSingleton<IFeedWriter>(new ListingFeedWriter("atom", "application/atom+xml; charset=utf-8"));
        });
    }

    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", AdminKey);
        return client;
    }
}

public static class SampleItems
{
    public static readonly Item Post = new()
    {
        Id = "post-1", Kind = RecordKind.Post, Title = "Field notes from the spring workshop",
        Url = "https://lab.example.org/posts/spring-workshop", Authors = ["Mira Okafor"],
        Published = PartialDate.OfDay(2024, 4, 12), Year = 2024, Tags = ["workshop"],
    };

    public static readonly Item Paper = new()
    {
        Id = "paper-1", Kind = RecordKind.Publication, Title = "Sparse probes for tidal sensing",
        Url = "https://alice.example.org/papers/sparse-probes", Authors = ["Alice Lindqvist", "Mira Okafor"],
        Published = PartialDate.OfYear(2023), Year = 2023, Venue = "Journal of Coastal Instruments", Tags = ["sensing"],
    };
}
