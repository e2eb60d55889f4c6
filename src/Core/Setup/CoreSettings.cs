namespace Aggregator.Core.Setup;

/// <summary>
/// The settings Core's services are built from, read from environment variables / app settings (names as
/// in the README), shared by the Function App and the CLI so both find the same storage and sources.
/// </summary>
public sealed record CoreSettings
{
    public const string StorageSetting = "AzureWebJobsStorage";
    public const string StorageAccountSetting = "AzureWebJobsStorage__accountName";
    public const string StorageClientIdSetting = "AzureWebJobsStorage__clientId";
    public const string SourcesSetting = "AGGREGATOR_SOURCES";
    public const string AllowPrivateFetchSetting = "AGGREGATOR_ALLOW_PRIVATE_FETCH";
    public const string StoragePrefixSetting = "AGGREGATOR_STORAGE_PREFIX";
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";
    public const string DefaultSourcesFile = "sources.json";

    /// <summary>A connection string; null when storage is reached by identity (<see cref="StorageAccount"/>).</summary>
    public string? StorageConnection { get; init; } = DevelopmentStorage;

    /// <summary>Identity-based storage (Azure): the account name, as the Functions host's own setting gives it.</summary>
    public string? StorageAccount { get; init; }

    /// <summary>The user-assigned identity's client id for identity-based storage; null for the system identity.</summary>
    public string? StorageClientId { get; init; }

    public string StoragePrefix { get; init; } = "";

    /// <summary>Absolute path of sources.json.</summary>
    public required string SourcesPath { get; init; }

    /// <summary>Let the fetcher connect to loopback and private addresses (tests, local demos).</summary>
    public bool AllowPrivateFetch { get; init; }

    /// <param name="setting">Looks a setting up by name (environment, IConfiguration).</param>
    /// <param name="searchDirectories">Where a relative sources path is looked for, in order (working directory first).</param>
    public static CoreSettings Read(Func<string, string?> setting, IReadOnlyList<string> searchDirectories)
    {
        var connection = Value(setting, StorageSetting);
        var account = Value(setting, StorageAccountSetting);
        return new CoreSettings
        {
            StorageConnection = connection ?? (account is null ? DevelopmentStorage : null),
            StorageAccount = connection is null ? account : null,
            StorageClientId = Value(setting, StorageClientIdSetting),
            StoragePrefix = Value(setting, StoragePrefixSetting) ?? "",
            SourcesPath = FindSources(Value(setting, SourcesSetting) ?? DefaultSourcesFile, searchDirectories),
            AllowPrivateFetch = ParseFlag(setting(AllowPrivateFetchSetting), AllowPrivateFetchSetting) ?? false,
        };
    }

    /// <summary>From the process environment, looking for sources.json in the working directory, then beside the executable and above it.</summary>
    public static CoreSettings FromEnvironment() =>
        Read(Environment.GetEnvironmentVariable, DefaultSearchDirectories());

    public static IReadOnlyList<string> DefaultSearchDirectories()
    {
        var list = new List<string> { Directory.GetCurrentDirectory() };
        // Above the executable: bin/<config>/<tfm>/ of a project inside the repository.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            list.Add(dir.FullName);
        return list;
    }

    /// <summary>An absolute path as given; a relative one at the first search directory holding it (else the first).</summary>
    public static string FindSources(string path, IReadOnlyList<string> searchDirectories)
    {
        if (Path.IsPathRooted(path) || searchDirectories.Count == 0) return Path.GetFullPath(path);
        var found = searchDirectories.Select(d => Path.GetFullPath(Path.Combine(d, path))).FirstOrDefault(File.Exists);
        return found ?? Path.GetFullPath(Path.Combine(searchDirectories[0], path));
    }

    private static string? Value(Func<string, string?> setting, string name) =>
        setting(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>true/false/1/0/yes/no; null when blank; anything else is an error naming the setting.</summary>
    public static bool? ParseFlag(string? raw, string name) =>
        string.IsNullOrWhiteSpace(raw) ? null : raw.Trim().ToLowerInvariant() switch
        {
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => throw new InvalidOperationException($"{name} must be true or false, not '{raw}'."),
        };
}
