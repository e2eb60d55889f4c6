using Aggregator.Core.Records;

namespace Aggregator.Core.Feeds;

/// <summary>What a feed request asks for (CONTRACTS.md: limit, kind, source, tag, author).</summary>
public sealed record FeedQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public int Limit { get; init; } = DefaultLimit;
    public RecordKind? Kind { get; init; }
    public string? Source { get; init; }
    public string? Tag { get; init; }
    /// <summary>Matched with <see cref="Normalising.PersonNames.SamePerson"/>: accents, case and initials ignored.</summary>
    public string? Author { get; init; }
}
