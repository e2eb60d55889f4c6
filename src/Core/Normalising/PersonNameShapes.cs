using System.Text.RegularExpressions;

namespace Aggregator.Core.Normalising;

/// <summary>
/// Whether a piece of text has the shape of one person's name. Pages that print authors as plain lines
/// or comma lists give no markup to tell "Jörg Lindqvist" from "Cell Reports" or "ICML"; shape is what is left.
/// </summary>
public static partial class PersonNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "van", "der", "von", "da", "di", "du", "la", "le", "del", "della", "dos", "das", "den", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu", "e", "do", "dei", "af",
    };

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "on", "the", "and", "for", "in", "with", "to", "a", "an", "via", "using", "from", "by", "at", "is", "are", "we", "our", "my", "your", "their", "me", "about",
        "conference", "workshop", "journal", "proceedings", "symposium", "transactions", "review", "letters", "society",
        "university", "institute", "press", "cv", "vitae", "curriculum", "preprint", "arxiv", "international", "annual", "meeting", "patent", "magazine",
        "networks", "learning", "systems", "science", "research", "abstract", "details", "preview", "talk", "poster",
    };

    /// <summary>
    /// True for "Jörg Lindqvist", "J. Eliot B. Moss", "RE McConnell", "Helen K. Marsh", "de Vries, H.", "The Theano Development Team";
    /// false for titles, venues ("ICML 2020", "Proceedings of ..."), sentences and acronyms.
    /// </summary>
    public static bool LooksLikeName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = Display(text);
        if (s.Length is < 3 or > 60 || NotNameChars().IsMatch(s)) return false;
        // A group credited as an author may carry figures in its acronym ("AMP-T2D Consortium"); a person's name never does.
        if (CollectiveName().IsMatch(s)) return true;
        if (s.Any(char.IsDigit)) return false;
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 7 || words.Count(w => !Particles.Contains(w)) > 5) return false;
        var capitalised = 0;
        // Beside an initial a word is a surname however it ends ("T. Flament", "A. Clement").
        var hasInitial = words.Any(w => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.');
        for (var k = 0; k < words.Length; k++)
        {
            var w = words[k];
            if (Particles.Contains(w)) continue;
            // "Henry F. Schaefer III", "Ana Ruiz Jr.": a generational suffix after the surname is part of the name.
            if (k == words.Length - 1 && k >= 2 && SuffixPattern().IsMatch(w.TrimEnd(','))) continue;
            if (w.TrimEnd('.').Length > 1 && NotNameWords.Contains(w.TrimEnd('.'))) return false;
            // "L. deSteur", "vanDam, P.": a surname whose lower-case particle is written joined to it.
            if (!char.IsUpper(w[0]) && !GluedParticleSurname(w)) return false;
            if (!hasInitial && AbstractNounEnding().IsMatch(w)) return false;
            // Runs of capitals longer than two letters are acronyms (ICML, IEEE), not initials ("RE", "AV").
            var letters = w.Where(char.IsLetter).ToArray();
            // "N. WHITMAN", "B. COX": beside an initial, a surname set in capitals (ANS/IEEE small-caps styles) is a
            // name; "J. ACM" is not, so a three-letter run must read as a syllable.
            if (letters.Length >= 3 && letters.All(char.IsUpper) && !(hasInitial && CapitalsSurname(w)) && !(k == 0 && IsCompactInitials(words))) return false;
            capitalised++;
        }
        return capitalised >= 2 || (capitalised == 1 && words.Length >= 2);
    }

    /// <summary>
    /// "deSteur", "vanDam", "d'Alembert": a surname whose particle ("de", "van", …; "e" and "y" aside, which open
    /// words like "eLife") is written joined to a capitalised rest, so the word opens in lower case and is still a name.
    /// </summary>
    public static bool GluedParticleSurname(string word)
    {
        var m = GluedParticle().Match(word.TrimEnd(','));
        var particle = m.Groups["p"].Value;
        return m.Success && (particle.Length >= 2 && Particles.Contains(particle) || particle is "d'" or "d’");
    }

    [GeneratedRegex(@"^(?<p>\p{Ll}{1,4}|d['’])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$")]
    private static partial Regex GluedParticle();

    /// <summary>
    /// "KWH Chan", "LRV Alencar", "MAJ van Gerven", "IJM van der Ham": Google Scholar's compact form, three initials run
    /// together before one surname written in lower case after its capital, with the surname's lower-case particles
    /// between them. Only one capitalised word may follow the initials (a generational suffix aside), so
    /// "IEEE Transactions on …" and "ACM Computing Surveys" stay venues: a venue's second word is never a lower-case
    /// particle, and a publisher's acronym before a journal word ("ACS Nano", "RSC Advances", "BMJ Open") has the
    /// two-word shape and is told by that word.
    /// </summary>
    private static bool IsCompactInitials(string[] words)
    {
        var end = words.Length > 2 && SuffixPattern().IsMatch(words[^1].TrimEnd(',')) ? words.Length - 1 : words.Length;
        var particles = 0;
        while (1 + particles < end - 1 && Particles.Contains(words[1 + particles])) particles++;
        var surname = words[1 + particles].TrimEnd(',');
        return 2 + particles == end && particles <= 3
            && CompactInitials().IsMatch(words[0]) && CompactSurname().IsMatch(surname)
            && !AcronymJournalWords.Contains(surname);
    }

    /// <summary>Second words of journals named "ACRONYM Word".</summary>
    private static readonly HashSet<string> AcronymJournalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nano", "omega", "advances", "open", "insight", "materials", "photonics", "sensors", "energy", "catalysis", "chemistry",
        "physics", "reports", "medicine", "genomics", "today", "news", "online", "quarterly", "bulletin", "forum", "express",
    };

    [GeneratedRegex(@"^\p{Lu}{3}$")]
    private static partial Regex CompactInitials();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$")]
    private static partial Regex CompactSurname();

    private static bool CapitalsSurname(string word) =>
        CapitalsWord().IsMatch(word) && !AbstractNounEnding().IsMatch(word.TrimEnd(','))
        && (word.Count(char.IsLetter) >= 4 ? word.Any(c => "AEIOUY".Contains(c)) && !word.StartsWith("IEEE", StringComparison.Ordinal)
            : "AEIOUY".Contains(word[1]) && !"AEIOUY".Contains(word[0]));

    [GeneratedRegex(@"^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*,?$")]
    private static partial Regex CapitalsWord();

    /// <summary>
    /// Vancouver initials, one to three capitals without dots ("EKH" in "Ho EKH"), as a regex fragment: every reader of
    /// "Surname Initials" names composes its own surname pattern with this one, so they agree on what the initials are.
    /// </summary>
    public const string UndottedInitials = @"\p{Lu}{1,3}";

    /// <summary>True when the text is only Vancouver initials ("K", "EKH"), the piece after a surname.</summary>
    public static bool IsUndottedInitials(string text) => UndottedInitialsOnly().IsMatch(text);

    [GeneratedRegex(@"^" + UndottedInitials + @"$")]
    private static partial Regex UndottedInitialsOnly();

    /// <summary>Endings of abstract nouns that titles are made of ("Inference" aside) and names almost never have.</summary>
    [GeneratedRegex(@"(?:tions?|sions?|ness|ism|ments?|ology|ysis|ization|isation|ities|ings)$", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractNounEnding();

    [GeneratedRegex(@"[:;()\[\]{}/@!?""“”=+<>|_#%&]")]
    private static partial Regex NotNameChars();

    /// <summary>"The Planck Collaboration", "AMP-T2D Consortium": a group credited as an author, printed where a person's name would be.</summary>
    public static bool IsCollectiveName(string? text) => text is not null && CollectiveName().IsMatch(Display(text));

    [GeneratedRegex(@"^(?:The\s+)?(?:\p{Lu}[\p{L}\d-]*\s+){1,4}(?i:Team|Group|Consortium|Collaboration|Collaborators|Investigators|Project|Committee)$")]
    private static partial Regex CollectiveName();
}
