using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// A card's furniture, which is never its title: labelled fields ("Speaker: Dr Ana Ruiz", "Date: 3 May 2025",
/// "Venue: Room 2.14") and time-and-place lines ("1:00pm–2:00pm, Room 101"). A short label with a colon heads a title
/// too ("New paper: ..."), so an unknown label counts as a field only among other fields (a meta block).
/// </summary>
internal static partial class CardFields
{
    /// <summary>Line <paramref name="i"/> is a field of a card or a time-and-place line.</summary>
    public static bool IsFurniture(List<PageLine> lines, int i)
    {
        var text = lines[i].Text.Trim();
        if (TimePlace().IsMatch(text) || KnownField().IsMatch(text)) return true;
        if (!Field().IsMatch(text)) return false;
        return i > 0 && lines[i - 1].Kind == LineKind.Text && IsKnownOrField(lines[i - 1].Text)
            || i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Text && IsKnownOrField(lines[i + 1].Text);
    }

    private static bool IsKnownOrField(string text) => Field().IsMatch(text.Trim()) || TimePlace().IsMatch(text.Trim());

    /// <summary>
    /// The fields a card labels for its event or person: who, when, where. Read as a field wherever it stands.
    /// </summary>
    [GeneratedRegex(@"^(?:speakers?|presenters?|hosts?|hosted by|chair|moderator|organi[sz]ers?|role|position|affiliation|institution|date|time|when|where|venue|location|place|room|format|mode|zoom|registration|contact|email)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex KnownField();

    /// <summary>A short capitalised label of one to three words, a colon, then its value.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}\s*:\s+\S")]
    private static partial Regex Field();

    /// <summary>A time of day opening the line, alone or with a place ("10:00 am to 11:00 am (SGT)", "1pm–2pm, Room 3").</summary>
    [GeneratedRegex(@"^(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d{2})(?:\s*(?:[–—-]|to)\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?(?:\s*\([^()]{1,20}\))?\s*(?:[,;|·@]\s*.{0,80})?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimePlace();
}
