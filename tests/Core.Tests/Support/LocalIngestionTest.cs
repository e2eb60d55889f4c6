using Aggregator.Core.Fetching;
using Aggregator.Core.Formats;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Normalising;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Aggregator.Tests.Shared;

namespace Aggregator.Core.Tests.Support;

/// <summary>
/// Sources on local files, ingested with the real normaliser into a real Azurite; each test gets its own
/// tables (prefix), folder and clock.
/// </summary>
public abstract class LocalIngestionTest : IDisposable
{
    protected readonly TableItemStore _store;
    protected readonly string _dir = Directory.CreateTempSubdirectory("ingest-").FullName;
    protected readonly ManualTime _time;
    protected readonly ListLogger<IngestionService> _log = new();
    protected readonly DocumentFetcher _fetcher = new(new FetchOptions { AllowPrivateAddresses = true, MaxRetries = 0 });

    protected LocalIngestionTest(AzuriteFixture azurite, DateTimeOffset now)
    {
        _store = new TableItemStore(azurite.NewStorageOptions());
        _time = new ManualTime(now);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> under the test's folder; returns the path.</summary>
    protected string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    protected IngestionService Service(FormatRegistry formats, params SourceDefinition[] sources) =>
        new(sources, _fetcher, formats, new ItemNormaliser(), _store, _log, _time);

    public void Dispose()
    {
        _fetcher.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
