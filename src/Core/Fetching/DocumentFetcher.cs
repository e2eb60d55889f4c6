namespace Aggregator.Core.Fetching;

/// <summary>Sends http(s) locations to the web and everything else to the local file system.</summary>
public sealed class DocumentFetcher(HttpDocumentFetcher http, LocalDocumentReader local) : IDocumentFetcher, IDisposable
{
    public DocumentFetcher(FetchOptions options) : this(new HttpDocumentFetcher(options), new LocalDocumentReader(options)) { }

    public Task<FetchResult> FetchAsync(string location, FetchValidators? previous = null, CancellationToken cancellationToken = default) =>
        IsWeb(location)
            ? http.FetchAsync(location, previous, cancellationToken)
            : local.FetchAsync(location, previous, cancellationToken);

    public static bool IsWeb(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public void Dispose() => http.Dispose();
}
