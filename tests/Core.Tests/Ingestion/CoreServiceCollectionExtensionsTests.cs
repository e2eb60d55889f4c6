using Aggregator.Core.Fetching;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aggregator.Core.Tests.Ingestion;

public class CoreServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_everything_ingestion_needs_with_the_given_options()
    {
        var fetch = new FetchOptions { AllowPrivateAddresses = true };
        var storage = new StorageOptions { ConnectionString = "UseDevelopmentStorage=true", Prefix = "di" };
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddAggregatorCoreServices([new SourceDefinition { Id = "a", Url = "https://a.example/" }], storage, fetch)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<IngestionService>(provider.GetRequiredService<IIngestionService>());
        Assert.IsType<DocumentFetcher>(provider.GetRequiredService<IDocumentFetcher>());
        var store = Assert.IsType<TableItemStore>(provider.GetRequiredService<IItemStore>());
        Assert.Equal("diitems", store.TableNames[0]);
        Assert.Same(fetch, provider.GetRequiredService<FetchOptions>());
        Assert.Equal("a", Assert.Single(provider.GetRequiredService<IReadOnlyList<SourceDefinition>>()).Id);
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
}
