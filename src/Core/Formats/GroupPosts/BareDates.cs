using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// The dates of a card grid that prints each date on a line of its own, where the card readers
/// (<see cref="ClosingDates"/>, <see cref="CardFootDates"/>) start: they differ in which side of its date a card lies.
/// </summary>
internal static class BareDates
{
    /// <summary>
    /// Each dated line's index and date; null when there are fewer than <paramref name="least"/> or a dated line
    /// prints more than its date.
    /// </summary>
    public static List<(int At, DateLead Lead)>? Read(List<PageLine> lines, HashSet<int> dated, int least)
    {
        var found = new List<(int, DateLead)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!dated.Contains(lines[i].Number)) continue;
            if (!DateLeads.TryRead(lines[i].Text, out var lead) || lead.Rest.Length > 0) return null;
            found.Add((i, lead));
        }
        return found.Count < least ? null : found;
    }
}
