using System.Net;
using System.Net.Sockets;

namespace Aggregator.Core.Tests.Support;

/// <summary>A small HTTP server on 127.0.0.1 (a free port) that answers with a handler; counts requests.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, Task> _handler;
    private readonly Task _loop;
    private int _requests;

    public LoopbackServer(Func<HttpListenerContext, Task> handler)
    {
        _handler = handler;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/";
    public int Requests => Volatile.Read(ref _requests);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            Interlocked.Increment(ref _requests);
            try { await _handler(context); }
            finally { context.Response.Close(); }
        }
    }

    public static async Task WriteAsync(HttpListenerResponse response, byte[] body, string? contentType = "text/plain; charset=utf-8")
    {
        if (contentType is not null) response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        // Close alone: on Linux, Stop and then Close each unbind the prefix, and the second unbinding binds the port
        // anew to release it, failing with "Address already in use" when a parallel test has taken the port meanwhile.
        _listener.Close();
        await _loop;
    }
}
