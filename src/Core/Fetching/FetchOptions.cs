namespace Aggregator.Core.Fetching;

/// <summary>How documents are fetched. Defaults suit public pages on the internet.</summary>
public sealed class FetchOptions
{
    /// <summary>Whole fetch, retries included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>One HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Larger documents are refused (bytes, before decoding).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Retries after the first attempt on transient failures (5xx, 408, 429, connection errors).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public string UserAgent { get; set; } = "Aggregator/1.0 (research feed aggregator)";

    /// <summary>
    /// False (the default) refuses to connect to loopback, private, link-local, unique-local, multicast and
    /// unspecified addresses, so a source URL (or a redirect, or a DNS answer) cannot reach internal
    /// services. True only for tests and local demos.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>A local folder source reads the files with these extensions (lower case, with the dot).</summary>
    public IReadOnlyList<string> FolderExtensions { get; set; } =
        [".md", ".markdown", ".bib", ".bibtex", ".html", ".htm", ".xml", ".rss", ".atom", ".json", ".txt"];
}
