using Aggregator.Core.Fetching;
using Aggregator.Core.Formats;

namespace Aggregator.Cli;

/// <summary>
/// Reads the one document <c>preview</c> parses: a local file, or an http(s) URL through Core's fetcher
/// (same limits, retries and address guard as ingestion: private and loopback addresses are refused).
/// </summary>
public static class DocumentReader
{
    public static async Task<Document> ReadAsync(string location, CancellationToken ct)
    {
        if (!DocumentFetcher.IsWeb(location) && Directory.Exists(location))
            throw new FetchException($"{Path.GetFullPath(location)} is a folder; preview reads one file.");

        using var fetcher = new DocumentFetcher(new FetchOptions());
        var result = await fetcher.FetchAsync(DocumentFetcher.IsWeb(location) ? location : Path.GetFullPath(location), cancellationToken: ct);
        return result.Documents.Count == 1
            ? result.Documents[0]
            : throw new FetchException($"{location} gave {result.Documents.Count} documents; preview reads one.");
    }
}
