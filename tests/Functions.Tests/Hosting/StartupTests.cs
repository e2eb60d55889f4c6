using System.Diagnostics;

namespace Functions.Tests.Hosting;

/// <summary>The built handler executable, started as a process the way run.sh and the Functions host start it.</summary>
public sealed class StartupTests
{
    private static async Task<(int ExitCode, string Output)> RunHandlerAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Aggregator.Functions.dll"));
        info.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        foreach (var (key, value) in environment) info.Environment[key] = value;

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The handler did not exit within {timeout}: {await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task A_malformed_sources_file_stops_start_up_naming_the_entry_and_the_field()
    {
        var dir = Directory.CreateTempSubdirectory("bad-sources").FullName;
        try
        {
            var path = Path.Combine(dir, "sources.json");
            await File.WriteAllTextAsync(path, """
                { "sources": [
                  { "id": "lab-posts", "url": "posts" },
                  { "id": "alice", "format": "rss" }
                ] }
                """);
            var (exitCode, output) = await RunHandlerAsync(new Dictionary<string, string>
            {
                ["AGGREGATOR_SOURCES"] = path,
                ["AGGREGATOR_URLS"] = "http://127.0.0.1:0",
            }, TimeSpan.FromSeconds(60));

            Assert.Equal(1, exitCode);
            Assert.Contains("entry 1 (id \"alice\"), field \"url\"", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
