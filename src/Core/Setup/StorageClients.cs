using Aggregator.Core.Storage;
using Azure.Identity;

namespace Aggregator.Core.Setup;

/// <summary>
/// The item store for the configured account: by connection string (Azurite, key-based accounts), or by
/// identity when only the account name is given, as the Functions host's identity-based
/// <c>AzureWebJobsStorage__accountName</c> setting does (roles: Storage Table Data Contributor, Blob Data Owner).
/// </summary>
public static class StorageClients
{
    public static StorageOptions Options(CoreSettings settings)
    {
        if (settings.StorageConnection is { } connection)
            return new StorageOptions { ConnectionString = connection, Prefix = settings.StoragePrefix };

        var account = settings.StorageAccount
                      ?? throw new InvalidOperationException($"Set {CoreSettings.StorageSetting} (a connection string) or {CoreSettings.StorageAccountSetting}.");
        return new StorageOptions
        {
            ConnectionString = null,
            AccountName = account,
            Credential = settings.StorageClientId is { } clientId
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : new DefaultAzureCredential(),
            Prefix = settings.StoragePrefix,
        };
    }

    public static IItemStore CreateStore(CoreSettings settings) => new TableItemStore(Options(settings));
}
