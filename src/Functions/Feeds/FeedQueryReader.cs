using System.Globalization;
using Aggregator.Core.Feeds;
using Aggregator.Core.Records;
using Microsoft.Extensions.Primitives;

namespace Aggregator.Functions.Feeds;

/// <summary>Turns the feed routes' query string (limit, kind, source, tag, author) into a <see cref="FeedQuery"/>.</summary>
public static class FeedQueryReader
{
    /// <summary>Longest filter value accepted; real ids, tags and names are far shorter.</summary>
    public const int MaxValueLength = 200;

    /// <returns>The query, or null with <paramref name="error"/> saying which parameter is wrong and why.</returns>
    public static FeedQuery? Read(IQueryCollection query, out string? error)
    {
        error = null;
        var result = new FeedQuery();

        if (!TrySingle(query, "limit", out var limitText, ref error)) return null;
        if (limitText is not null)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
                || limit is < 1 or > FeedQuery.MaxLimit)
            {
                error = $"limit must be a whole number from 1 to {FeedQuery.MaxLimit}, not '{limitText}'.";
                return null;
            }
            result = result with { Limit = limit };
        }

        if (!TrySingle(query, "kind", out var kindText, ref error)) return null;
        if (kindText is not null)
        {
            if (kindText.Any(char.IsDigit) || !RecordKinds.TryParse(kindText, out var kind))
            {
                error = $"kind must be one of {string.Join(", ", Enum.GetValues<RecordKind>().Select(k => k.ToWire()))}, not '{kindText}'.";
                return null;
            }
            result = result with { Kind = kind };
        }

        if (!TrySingle(query, "source", out var source, ref error)
            || !TrySingle(query, "tag", out var tag, ref error)
            || !TrySingle(query, "author", out var author, ref error))
            return null;
        return result with { Source = source, Tag = tag, Author = author };
    }

    /// <summary>One value at most per parameter; blank counts as absent.</summary>
    private static bool TrySingle(IQueryCollection query, string name, out string? value, ref string? error)
    {
        value = null;
        if (!query.TryGetValue(name, out StringValues values)) return true;
        if (values.Count > 1)
        {
            error = $"{name} may be given once.";
            return false;
        }
        var text = values.ToString().Trim();
        if (text.Length > MaxValueLength)
        {
            error = $"{name} is longer than {MaxValueLength} characters.";
            return false;
        }
        value = text.Length == 0 ? null : text;
        return true;
    }
}
