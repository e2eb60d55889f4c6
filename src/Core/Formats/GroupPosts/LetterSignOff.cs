using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>
/// Posts written as letters (a club's newsletter: greeting, "TL;DR", text) close with a valediction ("Cheers,", "Until next
/// time,", "Regards,") or a closing remark ("Thanks for reading!", "See you all next time!") and then the signature: the
/// writer's name, perhaps the club's or team's name on the line below. Those short capitalised lines are the post's last
/// words, however much they look like a heading of the next section.
/// </summary>
internal static partial class LetterSignOff
{
    /// <summary>The most lines a signature takes: a name, and the team or club it signs for.</summary>
    private const int SignatureLines = 2;

    /// <summary>Whether the post ends with a valediction or closing remark that opens its paragraph, then a signature.</summary>
    public static bool Closes(List<List<string>> paragraphs)
    {
        var lines = paragraphs.SelectMany(p => p.Select((text, i) => (Text: text.Trim(), Opens: i == 0))).ToList();
        for (var n = 1; n <= SignatureLines && n < lines.Count; n++)
        {
            if (!Signature().IsMatch(lines[^n].Text) || lines[^n].Text.Length > 50) return false;
            var close = lines[^(n + 1)];
            if (close.Opens && (Valediction().IsMatch(close.Text) || ClosingRemark().IsMatch(close.Text))) return true;
        }
        return false;
    }

    /// <summary>A few words closed by a comma, alone on their line: "Cheers,", "Best regards,", "Until next time,".</summary>
    [GeneratedRegex(@"^(?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+\s*,$")]
    private static partial Regex Valediction();

    /// <summary>One short sentence of thanks or farewell: "Thanks for staying tuned!", "See you all next time!".</summary>
    [GeneratedRegex(@"^(?:thanks?|thank you|many thanks|see you|until next time|stay tuned|take care|best wishes|talk soon)\b[^.!?]{0,50}[.!]+$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingRemark();

    /// <summary>A name line: capitalised words, no digits, no sentence ("Ana Ruiz", "The Robotics Club Team", "– Ana").</summary>
    [GeneratedRegex(@"^(?:[-–—~]\s*)?\p{Lu}[\p{L}.'’&-]*(?:\s+[\p{L}.'’&()-]+){0,5}$")]
    private static partial Regex Signature();
}
