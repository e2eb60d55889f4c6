using System.ComponentModel;
using System.Diagnostics;

namespace Aggregator.Core.Tests.Feeds;

/// <summary>
/// Runs an installed validator (Python feedparser, jing). A missing tool fails the test with how to install it:
/// the acceptance of the feeds is these validators' verdict, so it must never be silently skipped.
/// </summary>
internal static class ExternalTool
{
    public const string InstallHint = "install the feed validators with: sudo apt-get update && sudo apt-get install -y python3-feedparser jing";

    /// <summary>Debian's Python, which has python3-feedparser; the python3 on PATH may be another one.</summary>
    public const string Python = "/usr/bin/python3";

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
    }

    public static async Task<Result> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{program} is not installed ({e.Message}); {InstallHint}");
            throw;
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var result = new Result(process.ExitCode, await stdout, await stderr);
            if (result.Stderr.Contains("No module named 'feedparser'", StringComparison.Ordinal))
                Assert.Fail($"Python feedparser is not installed for {program}; {InstallHint}");
            return result;
        }
    }

    /// <summary>A scratch folder for files handed to the tools, deleted afterwards.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("aggregator-feeds-").FullName;
        public string File(string name) => System.IO.Path.Combine(Path, name);
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
