using Aggregator.Core.Feeds;

namespace Aggregator.Core.Tests.Feeds;

/// <summary>What every writer must do, whatever its format.</summary>
public class AllWritersTests
{
    public static TheoryData<string> Extensions => new(FeedWriters.CreateDefault().Select(w => w.Extension));

    /// <summary>Like an ASP.NET Core response body: synchronous writes and flushes are refused.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _inner = new();
        public byte[] ToArray() => _inner.ToArray();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => throw new InvalidOperationException("synchronous flush");
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _inner.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task Writes_only_asynchronously_to_a_response_like_stream(string extension)
    {
        var writer = FeedWriters.CreateDefault().Find(extension)!;
        // Enough items to overflow the writers' internal buffers several times.
        var many = Enumerable.Range(0, 300).Select(i => FeedSamples.Post with { Id = $"post-{i}", ContentHtml = new string('x', 500) }).ToArray();
        var stream = new AsyncOnlyStream();

        await writer.WriteAsync(FeedSamples.Feed(many), stream);

        Assert.Equal(await FeedSamples.WriteAsync(writer, FeedSamples.Feed(many)), stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task Cancelled_token_stops_writing(string extension)
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var writer = FeedWriters.CreateDefault().Find(extension)!;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.WriteAsync(FeedSamples.Full, new MemoryStream(), cts.Token));
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task Output_is_utf8_without_bom_and_the_same_every_time(string extension)
    {
        var writer = FeedWriters.CreateDefault().Find(extension)!;
        var first = await FeedSamples.WriteAsync(writer, FeedSamples.Full);
        var second = await FeedSamples.WriteAsync(writer, FeedSamples.Full);
        Assert.NotEqual(0xEF, first[0]);
        Assert.Equal(first, second);
        _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(first);
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task Leaves_the_stream_open_for_the_host(string extension)
    {
        var stream = new MemoryStream();
        await FeedWriters.CreateDefault().Find(extension)!.WriteAsync(FeedSamples.Empty, stream);
        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 0);
    }
}
