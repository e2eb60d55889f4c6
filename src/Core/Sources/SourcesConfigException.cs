namespace Aggregator.Core.Sources;

/// <summary>
/// sources.json cannot be used. The message names the file, the entry (index and id) and the field, so a
/// maintainer can fix it without reading code.
/// </summary>
public sealed class SourcesConfigException : Exception
{
    public int? EntryIndex { get; }
    public string? EntryId { get; }
    public string? Field { get; }

    public SourcesConfigException(string message, int? entryIndex = null, string? entryId = null, string? field = null, Exception? inner = null)
        : base(message, inner)
    {
        EntryIndex = entryIndex;
        EntryId = entryId;
        Field = field;
    }
}
