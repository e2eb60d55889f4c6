using System.Security.Cryptography;
using System.Text;

namespace Aggregator.Core.Normalising;

/// <summary>Ids that depend only on content, so re-ingesting the same thing gives the same id.</summary>
public static class StableId
{
    /// <summary>A 20-hex-digit id from the parts (joined with a separator that cannot appear in them).</summary>
    public static string From(params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? ""));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return Convert.ToHexStringLower(hash, 0, 10);
    }
}
