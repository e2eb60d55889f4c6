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
    public static bool IsFurniture(List<PageLine> lines, int i) =>
        IsFurniture(lines[i].Text.Trim(), i > 0 && lines[i - 1].Kind == LineKind.Text ? lines[i - 1].Text : null,
            i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Text ? lines[i + 1].Text : null);

    /// <summary>A known field or a time-and-place line wherever it stands; another short label only beside a field.</summary>
    private static bool IsFurniture(string text, string? before, string? after) =>
        TimePlace().IsMatch(text) || KnownField().IsMatch(text)
        || Field().IsMatch(text) && (before is not null && IsKnownOrField(before) || after is not null && IsKnownOrField(after));

    private static bool IsKnownOrField(string text) => Field().IsMatch(text.Trim()) || TimePlace().IsMatch(text.Trim());

    /// <summary>A title some reading chose is a time-and-place line or a known field, which no card prints as its title.</summary>
    public static bool IsFurniture(string title) => Unmarked(title) is var t && (TimePlace().IsMatch(t) || KnownField().IsMatch(t));

    /// <summary>
    /// A card whose text opens with its furniture (the time and place left over from its date line, then maybe "Room: ..."
    /// fields) prints its title next, on a line or list entry of its own: that entry, wrapped lines joined. Null when the
    /// text does not open with furniture, or what follows is no title (a sentence, a section label, the last line).
    /// </summary>
    public static string? TitleAfterFurniture(List<List<string>> paragraphs)
    {
        var lines = paragraphs.SelectMany(p => p.Select((text, j) => (Text: text.Trim(), Opens: j == 0))).ToList();
        var texts = lines.Select(l => Unmarked(l.Text)).ToList();
        var i = 0;
        while (i < texts.Count && IsFurniture(texts, i)) i++;
        if (i == 0 || i >= texts.Count) return null;
        var title = texts[i];
        var next = i + 1;
        // A wrapped title runs on until the next entry or paragraph opens.
        for (; next < lines.Count && !lines[next].Opens && !Marker().IsMatch(lines[next].Text); next++) title += " " + texts[next];
        if (next >= lines.Count || title.Length is < 3 or > 200 || PageLines.EndsUnlikeTitle(title) || SectionLabel().IsMatch(title)) return null;
        // A title heads the card's text; a line between fields ("No recording available" above a time row) is a field's value.
        if (IsFurniture(texts, next) || TimeOpens().IsMatch(texts[next])) return null;
        return title;
    }

    private static bool IsFurniture(List<string> texts, int i) =>
        IsFurniture(texts[i], i > 0 ? texts[i - 1] : null, i + 1 < texts.Count ? texts[i + 1] : null);

    /// <summary>A row opening with a time of day ("4:00 PM CET  Title of the talk"): a schedule's row, not a card's text.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOpens();

    private static string Unmarked(string text) => Marker().Replace(text.Trim(), "");

    /// <summary>A list entry's marker, nested entries' included ("□", "◦", "▪").</summary>
    [GeneratedRegex(@"^[•*·▪‣◦□■◆◇○●–-](?:\s+|$)")]
    private static partial Regex Marker();

    /// <summary>The label over a card's sections ("Abstract", "Bio"), not its title.</summary>
    [GeneratedRegex(@"^(?:abstract|summary|description|details|bio(?:graphy)?|speaker bio|about(?: the speaker)?|more|read more|slides|video|recording|links?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionLabel();

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
