using System.Security.Cryptography;
using System.Text.Json;
using Aggregator.Core.Records;

namespace Aggregator.Core.Storage;

/// <summary>
/// A hash of what an item says, without what storage adds (first seen, date modified, position, sources):
/// equal fingerprints mean "unchanged", so re-ingesting the same page writes nothing.
/// </summary>
public static class ItemFingerprint
{
    public static string Of(Item item)
    {
        var content = item with { DateModified = null, FirstSeen = null, Position = null, Sources = [] };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(content, RecordJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16);
    }
}
