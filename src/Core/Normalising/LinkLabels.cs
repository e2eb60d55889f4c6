using System.Text.RegularExpressions;

namespace Aggregator.Core.Normalising;

/// <summary>
/// The label of a link that leads on to more ("Read more", "Read the announcement", "Watch the video", "Register here",
/// "Full story"): a card's button, printed under its text or on a line of its own. It names where the link goes, never
/// what the post is about, so it is never a post's title and carries none of its text.
/// </summary>
public static partial class LinkLabels
{
    /// <summary>The whole of <paramref name="text"/> (brackets and a closing arrow allowed) is such a label.</summary>
    public static bool IsLabel(string? text) => text is { Length: > 0 and <= 80 } && Label().IsMatch(text.Trim());

    /// <summary>
    /// A label that points back at the sentence before it ("Read it here", "See them online"): under a line of text in
    /// the same paragraph it is that text's closing sentence, where a button would name what it opens ("Read more").
    /// </summary>
    public static bool PointsBack(string? text) => text is { Length: > 0 and <= 40 } && BackReference().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:read|see|watch|view)\s+(?:it|them)(?:\s+(?:here|online|now))?\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackReference();

    /// <summary>
    /// A reading verb and what it opens, nothing more ("read the interview", "see the full press release", "listen to the
    /// podcast", maybe "here"); a sign-up verb with "here" or "now"; "full story", "learn more". What it opens is a kind of
    /// document or medium, and nothing names its subject: "Check out our opinion piece on Efficient NLP" is a headline.
    /// </summary>
    [GeneratedRegex(@"^[\s\[(]*(?:"
        + @"(?:read|see|view|watch|listen\s+to|visit|download|open)\s+(?:(?:the|this|our)\s+)?(?:(?:full|complete|original|official|press|news|blog|video)\s+)?"
        + @"(?:announcement|interview|article|story|post|news|release|paper|preprint|publication|report|video|recording|podcast|talk|lecture|slides|details|update|statement|coverage|feature|item|entry|program(?:me)?|website|web\s*page|page|thread|summary|highlights?|episode|photos|pictures|gallery|newsletter)s?"
        + @"(?:\s+(?:here|online|now))?"
        + @"|(?:read|see|watch|view)\s+(?:it|more|them)(?:\s+here)?"
        + @"|(?:register|apply|sign\s+up|enrol{1,2}|rsvp|subscribe|book)\s+(?:here|now|online|today)"
        + @"|(?:full|complete)\s+(?:story|article|post|text|report|announcement|interview|details|update|coverage|press\s+release|news)"
        + @"|(?:learn|find\s+out|read|see)\s+more(?:\s+here)?"
        + @"|more\s+(?:info|information|details|here)"
        + @"|(?:continue|keep)\s+reading|read\s+on|details\s+here|click\s+here"
        + @")\s*(?:[.…»›→>]+)?[\s\])]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
