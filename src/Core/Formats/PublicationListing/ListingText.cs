namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>The page as trimmed, non-empty lines, page furniture removed.</summary>
internal static class ListingText
{
    public static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => l.Replace('\u00a0', ' ').Trim())
            .Where(l => l.Length > 0 && !ListingLines.IsChrome(l))
            .ToList();
}
