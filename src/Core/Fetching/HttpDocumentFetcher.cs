using System.Net;
using System.Net.Http.Headers;
using Aggregator.Core.Formats;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Aggregator.Core.Fetching;

/// <summary>
/// http(s) fetches: retries with backoff on transient failures, a timeout per attempt and in all, a size
/// limit, charset decoding, conditional GET, and the <see cref="AddressGuard"/> on every connection
/// (including those of redirects).
/// </summary>
public sealed class HttpDocumentFetcher : IDocumentFetcher, IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public HttpDocumentFetcher(FetchOptions options)
    {
        _options = options;
        var sockets = new SocketsHttpHandler
        {
            ConnectCallback = (context, ct) => AddressGuard.ConnectAsync(context.DnsEndPoint, options.AllowPrivateAddresses, ct),
            // A proxy would make the connection (and the address check) somewhere else.
            UseProxy = false,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            ConnectTimeout = options.AttemptTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            });
        var pipeline = builder.AddTimeout(options.AttemptTimeout).Build();
        _client = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = sockets })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the caller's token and FetchOptions.Timeout rule
        };
    }

    public async Task<FetchResult> FetchAsync(string location, FetchValidators? previous = null, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new FetchException($"{location}: not an http(s) URL");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = CreateRequest(uri, previous);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var finalUri = response.RequestMessage?.RequestUri ?? uri;

            if (response.StatusCode == HttpStatusCode.NotModified)
                return FetchResult.Unchanged(ValidatorsOf(response) ?? previous);
            if (!response.IsSuccessStatusCode)
                throw new FetchException($"{finalUri}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");

            var bytes = await ReadLimitedAsync(response.Content, finalUri, timeout.Token);
            var contentType = response.Content.Headers.ContentType;
            var text = TextDecoding.Decode(bytes, contentType?.ToString());
            var document = new Document(text, finalUri.AbsoluteUri, contentType?.MediaType);
            return new FetchResult([document], false, ValidatorsOf(response));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"{location}: no complete answer within {_options.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            throw Innermost<AddressRefusedException>(e) is { } refused
                ? new AddressRefusedException($"{location}: {refused.Message}")
                : new FetchException($"{location}: {e.Message}", e);
        }
        catch (Polly.Timeout.TimeoutRejectedException e)
        {
            throw new FetchException($"{location}: no answer within {_options.AttemptTimeout.TotalSeconds:0} s ({_options.MaxRetries + 1} attempts)", e);
        }
    }

    private HttpRequestMessage CreateRequest(Uri uri, FetchValidators? previous)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept",
            "text/html,application/xhtml+xml,application/atom+xml,application/rss+xml,application/feed+json,application/json;q=0.9,application/x-bibtex,text/markdown,text/plain;q=0.8,*/*;q=0.5");
        if (previous?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (previous?.LastModified is { } lastModified) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        return request;
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, Uri uri, CancellationToken cancellationToken)
    {
        var max = _options.MaxBytes;
        if (content.Headers.ContentLength is { } length && length > max)
            throw new FetchException($"{uri}: {length} bytes is more than the limit of {max} bytes");
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
                throw new FetchException($"{uri}: the document is larger than the limit of {max} bytes");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static FetchValidators? ValidatorsOf(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        return etag is null && lastModified is null ? null : new FetchValidators(etag, lastModified);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) =>
        Innermost<AddressRefusedException>(outcome.Exception) is null && HttpClientResiliencePredicates.IsTransient(outcome);

    private static T? Innermost<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T t) return t;
        return null;
    }

    public void Dispose() => _client.Dispose();
}
