using Aggregator.Core.Formats;

namespace Aggregator.Cli;

/// <summary>Reads a local file into a <see cref="Document"/>. (URLs go through Core's fetcher once it exists.)</summary>
public static class DocumentReader
{
    public static async Task<Document> ReadAsync(string location, CancellationToken ct)
    {
        var full = Path.GetFullPath(location);
        var text = await File.ReadAllTextAsync(full, ct);
        return new Document(text, full);
    }
}
