using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// What the owner says about a work after its title on an informal page ("[Title](…), my simulations fed into section
/// 2.4", "[Title](…) (part of the X initiative). My portion is …", "[Title](…), since a survey may work better"): a
/// remark in the owner's own voice, where a citation would print the venue. Such a remark is the entry's note, never
/// its venue; a venue names a journal, meeting or publisher and does not speak in the first person, contract its
/// verbs or open on a conjunction.
/// </summary>
internal static partial class OwnerRemarks
{
    /// <summary>
    /// A line that speaks as the owner ("my", "we're", "I helped", "that's"), or an undated one that opens on a
    /// conjunction ("since …"). The figures in a remark ("TOI-2025 b") are no date of the work.
    /// </summary>
    /// <remarks>"My PhD Thesis" alone labels what the work is, as a venue line would: it is no remark.</remarks>
    public static bool IsRemark(string? text) =>
        text is not null && !IsThesisLabel(text) && (FirstPerson().IsMatch(text) || Contraction().IsMatch(text)
            || LooseDates.FindYear(text) is null && ConjunctionOpening().IsMatch(text.TrimStart('(', ' ', ',', ';')));

    /// <summary>"my thesis and the defence slides", "(my PhD dissertation)": the remark says the work is the owner's thesis.</summary>
    public static bool NamesOwnThesis(string? text) => text is not null && OwnThesis().IsMatch(text.TrimStart(' ', ',', ';', ':', '-', '–', '—', '('));

    private static bool IsThesisLabel(string text) =>
        OwnThesis().Match(text.Trim().TrimEnd('.')) is { Success: true } m && m.Length == text.Trim().TrimEnd('.').Length;

    // "my", "our", "we" in any case; "me" and "us" only in lower case ("US" is a country); "I" before a word in lower
    // case that does not join it to a numeral's neighbours ("Part I and II", "Vol. I of").
    [GeneratedRegex(@"\b(?i:my|our|we|we['’](?:re|ve|d|ll))\b|\b(?:me|us)\b|\bI(?:['’](?:m|ve|d|ll))?\s+(?!(?:and|or|of|in|on|to|for|the|a|an|&)\b)\p{Ll}")]
    private static partial Regex FirstPerson();

    // Venues carry possessives ("Women's Studies") but never a contracted verb.
    [GeneratedRegex(@"\b(?i:that|it|what|there|here|let|he|she|who)['’]s\b|\b\p{L}+n['’]t\b|\b\p{L}+['’](?:re|ve|ll)\b")]
    private static partial Regex Contraction();

    [GeneratedRegex(@"^(?:since|because|which|whereas|although|though|hence|thus|so that|but|or|an example|one of the)\b")]
    private static partial Regex ConjunctionOpening();

    [GeneratedRegex(@"^(?:(?:this|it)\s+(?:is|was)\s+)?(?:my|our)\s+(?:(?:Ph\.?\s?D\.?|doctoral|master['’]?s?|M\.?\s?Sc\.?|MPhil|bachelor['’]?s?|B\.?\s?Sc\.?|undergraduate|senior|honou?rs|diploma)\s+)?(?:thesis|dissertation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnThesis();
}
