using Aggregator.Core.Feeds;
using Aggregator.Core.Fetching;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Setup;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Aggregator.Core.Tests.Setup;

public sealed class CoreServicesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("core-services-").FullName;

    private CoreSettings Settings(string sourcesJson, bool allowPrivate = false)
    {
        var path = Path.Combine(_dir, "sources.json");
        File.WriteAllText(path, sourcesJson);
        return new CoreSettings { SourcesPath = path, StoragePrefix = "di", AllowPrivateFetch = allowPrivate };
    }

    [Fact]
    public void Registers_everything_ingestion_and_the_feeds_need_from_the_settings()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddAggregatorCore(Settings("""{ "sources": [ { "id": "a", "url": "https://a.example/" } ] }""", allowPrivate: true))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<IngestionService>(provider.GetRequiredService<IIngestionService>());
        Assert.IsType<DocumentFetcher>(provider.GetRequiredService<IDocumentFetcher>());
        Assert.True(provider.GetRequiredService<FetchOptions>().AllowPrivateAddresses);
        var store = Assert.IsType<TableItemStore>(provider.GetRequiredService<IItemStore>());
        Assert.Equal("diitems", store.TableNames[0]);
        Assert.Equal("a", Assert.Single(provider.GetRequiredService<IReadOnlyList<SourceDefinition>>()).Id);
        Assert.Equal(["json", "rss", "atom"], provider.GetServices<IFeedWriter>().Select(w => w.Extension));
    }

    [Fact]
    public void A_malformed_sources_file_fails_when_the_sources_are_first_resolved_naming_the_field()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddAggregatorCore(Settings("""{ "sources": [ { "id": "a" } ] }"""))
            .BuildServiceProvider();

        var e = Assert.Throws<SourcesConfigException>(() => provider.GetRequiredService<IReadOnlyList<SourceDefinition>>());
        Assert.Contains("url", e.Message);
    }

    [Fact]
    public void Storage_by_identity_needs_an_account_and_a_credential()
    {
        var e = Assert.Throws<ArgumentException>(() => new TableItemStore(new StorageOptions { ConnectionString = null, AccountName = "acct" }));
        Assert.Contains("credential", e.Message);
        var store = new TableItemStore(new StorageOptions { ConnectionString = null, AccountName = "acct", Credential = new FixedToken() });
        Assert.Equal("items", store.TableNames[0]);
    }

    private sealed class FixedToken : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("token", DateTimeOffset.MaxValue);

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
