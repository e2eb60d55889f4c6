using System.Text.RegularExpressions;

namespace Aggregator.Core.Storage;

/// <summary>Where and how records are stored.</summary>
public sealed partial class StorageOptions
{
    /// <summary>
    /// Azure Storage connection string; defaults to the AzureWebJobsStorage setting, else the local emulator.
    /// Set it to null to reach the account by identity (<see cref="AccountName"/> and <see cref="Credential"/>).
    /// </summary>
    public string? ConnectionString { get; set; } =
        Environment.GetEnvironmentVariable("AzureWebJobsStorage") is { Length: > 0 } s ? s : "UseDevelopmentStorage=true";

    /// <summary>Identity-based access (no connection string): the storage account's name.</summary>
    public string? AccountName { get; set; }

    /// <summary>Identity-based access: the credential (e.g. a managed identity) used with <see cref="AccountName"/>.</summary>
    public Azure.Core.TokenCredential? Credential { get; set; }

    /// <summary>
    /// Put before every table and container name (letters and digits, starting with a letter), so several
    /// apps or test runs can share one storage account without seeing each other's data.
    /// </summary>
    public string Prefix { get; set; } = "";

    /// <summary>Record JSON larger than this (UTF-8 bytes) goes to a blob; table properties hold at most 64 KiB.</summary>
    public int InlineBodyLimit { get; set; } = 32 * 1024;

    /// <summary>Retries of a failed storage request (the SDK's exponential backoff).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>How many items one save writes at once.</summary>
    public int WriteParallelism { get; set; } = 8;

    internal string TableName(string name) => Validated() + name;
    internal string ContainerName(string name) => Validated().ToLowerInvariant() + name;

    private string Validated() =>
        Prefix.Length == 0 || PrefixPattern().IsMatch(Prefix)
            ? Prefix
            : throw new ArgumentException($"Storage prefix '{Prefix}' must be letters and digits starting with a letter (at most 40).");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex PrefixPattern();
}
