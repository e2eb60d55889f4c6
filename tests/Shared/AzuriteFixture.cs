using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Aggregator.Core.Storage;

namespace Aggregator.Tests.Shared;

/// <summary>
/// A real Azurite (from the repository's node_modules) on free loopback ports with in-memory storage, for
/// one test collection. Missing Azurite is a failure with the fix in the message, never a skip.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string Account = "devstoreaccount1";
    // Azurite's fixed, publicly documented development key (not a secret).
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;
    private string? _workDir;
    private readonly StringBuilder _output = new();

    public string ConnectionString { get; private set; } = "";

    /// <summary>Storage options with a prefix no other test class uses, so each class sees only its own tables.</summary>
    public StorageOptions NewStorageOptions() => new()
    {
        ConnectionString = ConnectionString,
        Prefix = "t" + Guid.NewGuid().ToString("N")[..12],
    };

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
            throw new InvalidOperationException(
                $"Azurite is not installed ({script} is missing): run 'npm ci' in {root} (./test.sh does it for you).");

        // A port picked free can be taken before Azurite binds it: try again with new ports.
        for (var attempt = 1; ; attempt++)
        {
            var ports = FreePorts(3);
            if (await TryStartAsync(script, ports))
            {
                ConnectionString =
                    $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};" +
                    $"BlobEndpoint=http://127.0.0.1:{ports[0]}/{Account};QueueEndpoint=http://127.0.0.1:{ports[1]}/{Account};" +
                    $"TableEndpoint=http://127.0.0.1:{ports[2]}/{Account};";
                return;
            }
            if (attempt == 3)
                throw new InvalidOperationException($"Azurite did not start (3 attempts). Its output:\n{_output}");
        }
    }

    private async Task<bool> TryStartAsync(string script, int[] ports)
    {
        _workDir = Directory.CreateTempSubdirectory("azurite-test-").FullName;
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = _workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     script, "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(),
                     "--inMemoryPersistence",
                     "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
                 })
            info.ArgumentList.Add(arg);

        try
        {
            _process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Could not run 'node' (Node.js 20 or later is needed for Azurite): " + e.Message, e);
        }
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) { await StopAsync(); return false; }
            if (await AnswersAsync(ports[0]) && await AnswersAsync(ports[1]) && await AnswersAsync(ports[2])) return true;
            await Task.Delay(200);
        }
        await StopAsync();
        throw new InvalidOperationException($"Azurite's ports did not answer within 60 s. Its output:\n{_output}");
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int[] FreePorts(int count)
    {
        // Bound together so they differ; released just before Azurite binds them.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Aggregator.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Aggregator.sln above {AppContext.BaseDirectory}.");
    }

    public Task DisposeAsync() => StopAsync();

    private async Task StopAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
            _process = null;
        }
        if (_workDir is not null && Directory.Exists(_workDir))
        {
            try { Directory.Delete(_workDir, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
            _workDir = null;
        }
    }
}

/// <summary>Test classes in this collection share one Azurite (and run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
