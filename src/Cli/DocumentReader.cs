using Aggregator.Core.Fetching;
using Aggregator.Core.Formats;

namespace Aggregator.Cli;

/// <summary>Reads a local file, or fetches an http(s) URL with Core's fetcher (address guard on), into a <see cref="Document"/>.</summary>
public static class DocumentReader
{
    public static async Task<Document> ReadAsync(string location, CancellationToken ct)
    {
        if (DocumentFetcher.IsWeb(location))
        {
            using var fetcher = new HttpDocumentFetcher(new FetchOptions());
            try
            {
                return (await fetcher.FetchAsync(location, null, ct)).Documents[0];
            }
            catch (FetchException e)
            {
                throw new IOException(e.Message, e);
            }
        }
        var full = Path.GetFullPath(location);
        var text = await File.ReadAllTextAsync(full, ct);
        return new Document(text, full);
    }
}
