using System.Text.RegularExpressions;

namespace Aggregator.Core.Normalising;

/// <summary>Titles made from text when a page prints none: the first sentence, greeting dropped, cut near 80 characters.</summary>
public static partial class DerivedTitles
{
    public const int TargetLength = 80;

    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = TextKey.CollapseWhitespace(text);
        s = LeadingBadge().Replace(Greeting().Replace(s, ""), "").Trim();
        if (s.Length == 0) return null;
        var end = SentenceEnd().Match(s);
        var sentence = end.Success ? s[..(end.Index + 1)] : s;
        sentence = sentence.TrimEnd('.', ' ');
        if (sentence.Length <= TargetLength) return sentence;
        var cut = sentence.LastIndexOf(' ', TargetLength);
        if (cut < TargetLength / 2) cut = TargetLength;
        return sentence[..cut].TrimEnd(',', ';', ':', ' ', '-', '–') + "…";
    }

    /// <summary>Greeting phrases that open many group posts ("Hey everyone!", "Hi all,", "Dear colleagues,").</summary>
    /// <remarks>Whom the greeting addresses varies ("Dear reading group members,", "Hello everyone and welcome back!"):
    /// up to four words before the punctuation, or an emoji, close it.</remarks>
    [GeneratedRegex(@"^(?:(?:hey|hi|hello|hiya|howdy|hola|dear|greetings|good (?:morning|afternoon|evening))(?:\s+[\p{L}'’-]+){0,4}?(?:\s*[!,.:—–]+|\s*[\p{So}\p{Cs}]+(?:\s*[!,.:—–]+)?)\s*)+", RegexOptions.IgnoreCase)]
    public static partial Regex Greeting();

    /// <summary>Emoji that mark an item's kind ("📢", "📝 ") before its text: a badge, not the title's first word.</summary>
    [GeneratedRegex(@"^(?:[\p{So}\p{Cs}\uFE0F\u200D]+\s*)+")]
    private static partial Regex LeadingBadge();

    /// <summary>A sentence ends at its punctuation, not at an abbreviation's or an initial's period ("Prof. L. Ortega", "Ph. D.", "from Apr. 2025").</summary>
    [GeneratedRegex(@"(?<!\b(?:e\.g|i\.e|etc|vs|Dr|Drs|Prof|Mr|Ms|Mrs|al|St|No|Fig|Ph|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|(?<![\p{L}\d.])\p{Lu})[.!?](?=\s+[\p{Lu}\d""'“(]|$)")]
    private static partial Regex SentenceEnd();
}
