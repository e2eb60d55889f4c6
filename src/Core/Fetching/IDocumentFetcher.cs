using Aggregator.Core.Formats;

namespace Aggregator.Core.Fetching;

/// <summary>Gets the documents a source location points at: a URL, a file or a folder of files.</summary>
public interface IDocumentFetcher
{
    /// <summary>
    /// Fetches <paramref name="location"/> (http(s) URL or absolute local path). With
    /// <paramref name="previous"/> validators an unchanged URL gives <see cref="FetchResult.NotModified"/>.
    /// Throws <see cref="FetchException"/> when the location cannot be fetched.
    /// </summary>
    Task<FetchResult> FetchAsync(string location, FetchValidators? previous = null, CancellationToken cancellationToken = default);
}

/// <summary>What a server said about a response, to ask next time "only if changed" (conditional GET).</summary>
public sealed record FetchValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}

/// <summary>
/// The documents fetched (one for a URL or file, one per file for a folder), or none when the server
/// said "not modified". <see cref="Validators"/> are to be remembered for the next fetch.
/// </summary>
public sealed record FetchResult(IReadOnlyList<Document> Documents, bool NotModified, FetchValidators? Validators)
{
    public static FetchResult Unchanged(FetchValidators? validators) => new([], true, validators);
}

/// <summary>A location could not be fetched; the message says which and why.</summary>
public class FetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The address guard refused to connect (a private or local address).</summary>
public sealed class AddressRefusedException(string message) : FetchException(message);
