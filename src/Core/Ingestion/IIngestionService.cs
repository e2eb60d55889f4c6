using Aggregator.Core.Storage;

namespace Aggregator.Core.Ingestion;

/// <summary>fetch -> detect -> parse -> normalise -> store, for one source or all of them.</summary>
public interface IIngestionService
{
    /// <summary>Every configured source; one failing source never stops the others.</summary>
    Task<IngestReport> IngestAllAsync(CancellationToken cancellationToken = default);

    /// <summary>One source by id; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    Task<SourceStatus> IngestSourceAsync(string sourceId, CancellationToken cancellationToken = default);
}

public sealed record IngestReport(IReadOnlyList<SourceStatus> Sources)
{
    public int Failed => Sources.Count(s => !s.Ok);
}
