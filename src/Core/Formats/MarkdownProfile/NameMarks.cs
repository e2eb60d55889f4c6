using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Marks written beside authors' names (equal contribution, corresponding author, affiliation letters) in the many ways
/// pages type them, and two slips of the keyboard in the owner's bold name: all taken out or mended before Markdown reads
/// the page, where a stray star would pair up as emphasis across names and a stray letter would join the next name.
/// </summary>
internal static partial class NameMarks
{
    public static string Strip(string text)
    {
        // "Eyal Z<sup>*</sup>, Matzov D<sup>*</sup>": two starred marks would pair up as emphasis around the name
        // between them; the marks (equal contribution, affiliations) are not text, so they go before Markdown reads them.
        text = MarkSup().Replace(text, "");
        // "Ana Díaz,$^{\star}$ Bo Chen$^\dagger$": the same marks typeset as LaTeX math.
        text = MathMark().Replace(text, "");
        // "Redden, D.,^a^ **Lee, B. F.**,^a^": the same marks in Pandoc's superscript (R Markdown CVs); left in, the
        // carets stay as text, and the letter joins the next name.
        text = CaretMark().Replace(text, "");
        // "Jolles JW\*, **Sosna MMG**\*, Mazué GPF": an escaped star after a name marks equal contribution, typed
        // without <sup>; left in, it reads as text between the names.
        text = EscapedStarMark().Replace(text, "");
        // "Wang, F., Bai, Y*., **Zhao, L***.": a bare star after an inverted name's initials marks the corresponding author;
        // two such marks would pair up as emphasis across the names (and the entries) between them. After the owner's
        // bolded name ("L***") the mark is the odd star of the three. A line opening bold italics ("***Name, L***") keeps its stars.
        text = StarMark().Replace(text, m => m.Value.Length == 3 ? "**" : "");
        // "Deshommes, E., **Lee, B .F.**, …": an initial's full stop typed after the space, a slip of the keyboard; left so,
        // the name reads as no name and the owner's bold takes the title's place.
        text = SpaceBeforeInitialStop().Replace(text, ".");
        // "Munoz, S., **Lee, B. F.** Li, B., & …": the comma after the owner's bold name left out; the next inverted name
        // ("Li, B.") would be read as the start of the title.
        text = MissingCommaAfterBoldName().Replace(text, ",");
        // "Bo Chen (学生一作), Carla Ruiz": a short note in CJK script after a name (student first author, corresponding
        // author) says the author's role; left in, its parenthesis ends the list and the names after it join the venue.
        text = CjkRoleNote().Replace(text, "");
        return text;
    }

    /// <summary>"(学生一作)", "（通讯作者）": CJK characters alone in brackets, after a Latin name and before the comma that ends it.</summary>
    [GeneratedRegex(@"(?<=[A-Za-z\u00C0-\u024F])[ ]?[(（][\p{IsCJKUnifiedIdeographs}]{1,8}[)）](?=[`*_]*\s*[,;，])")]
    private static partial Regex CjkRoleNote();

    [GeneratedRegex(@"<sup>[\s*†‡§#\d,\\]*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkSup();

    /// <summary>
    /// A math span holding only marks: "$^{\star}$", "$^*$", "$^{1,\dagger}$", "$\ddagger$". One set straight before a
    /// capital ("$^{11}$Li") is an isotope's mass number, part of the text.
    /// </summary>
    [GeneratedRegex(@"\$(?=[^$\n]{0,40}(?:\^|\\[a-z]|[*†‡§¶#⋆★☆♠♣♥♦✝∗]))[ ]*\^?[ ]*\{?(?:[ ,]*(?:\\(?:star|ast|dagger|ddagger|dag|ddag|S|P|sharp|natural|flat|spadesuit|clubsuit|heartsuit|diamondsuit|diamond|bullet|circ|triangle|square|clubs|spades)\b|[*†‡§¶#⋆★☆♠♣♥♦✝∗]|\d))+[ ,]*\}?[ ]*\$(?!\p{Lu})")]
    private static partial Regex MathMark();

    /// <summary>
    /// A Pandoc superscript holding only a mark: one lower-case letter or symbols anywhere but after a digit; a number
    /// only straight after a name's full stop, comma or star ("D.W.^1^"), since "km^2^" or "10^6^" is an exponent.
    /// </summary>
    [GeneratedRegex(@"(?<!\d)\^(?:[a-z]|[*†‡§¶#]+)\^|(?<=[.,*])\^\d{1,2}(?:,\d{1,2})*\^")]
    private static partial Regex CaretMark();

    [GeneratedRegex(@"(?<=[\p{L}.]|\*\*|__)\\\*(?=\s*[,;&]|\s+and\s|\.\s)")]
    private static partial Regex EscapedStarMark();

    /// <summary>"Bai, Y*.," / "Zhao, L***.,": one star (or a bold closer and one) straight after "Surname, I" and before the name's stop or comma.</summary>
    [GeneratedRegex(@"(?<=\p{L}, ?\p{Lu}{1,2}\.?)(?:\*|\*\*\*)(?!\*)(?=\.?[,;]|\.[ \t]|\.?[ \t]*$)(?<!^[^\n]*\*\*\*[^\n]*\p{L}, ?\p{Lu}{1,2}\.?\*{1,3})", RegexOptions.Multiline)]
    private static partial Regex StarMark();

    /// <summary>"Lee, B .F.": the space between an inverted name's initial and its full stop, with a second initial after.</summary>
    [GeneratedRegex(@"(?<=\p{Ll},[ ]\p{Lu})[ ]\.(?=\p{Lu}\.)")]
    private static partial Regex SpaceBeforeInitialStop();

    /// <summary>
    /// The gap between a bold inverted name ("**Lee, B. F.**") and a plain one with its initials ("Li, B."), with no
    /// comma between them.
    /// </summary>
    [GeneratedRegex(@"(?<=\*\*\p{Lu}[\p{L}'’-]+,(?:[ ]?\p{Lu}\.)+\*\*)(?=[ ]\p{Lu}[\p{L}'’-]+,[ ]?\p{Lu}\.)")]
    private static partial Regex MissingCommaAfterBoldName();
}
