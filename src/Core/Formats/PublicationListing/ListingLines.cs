using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>What one line of an extracted listing page is, judged by its shape alone.</summary>
internal static partial class ListingLines
{
    /// <summary>
    /// The page's blocks: runs of non-blank lines between blank lines, each line trimmed and its no-break spaces
    /// made plain (extracted pages print them between words). A table layout's navigation column prints its words on
    /// the lines of the first entries ("  CV   Doe J, Roe A. (2021). Title..."): they are cut off first, as for group posts.
    /// </summary>
    public static List<List<string>> Blocks(string text)
    {
        var result = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in GroupPosts.SideColumn.Strip(text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')))
        {
            var line = raw.Replace('\u00a0', ' ').Trim();
            if (line.Length > 0) current.Add(line);
            else if (current.Count > 0)
            {
                result.Add(current);
                current = [];
            }
        }
        if (current.Count > 0) result.Add(current);
        return result;
    }

    /// <summary>Opens the abstract of an entry.</summary>
    public static bool IsAbstractStart(string line) => AbstractStart().IsMatch(line);

    /// <summary>Closes an entry.</summary>
    public static bool IsEntryEnd(string line) => EntryEnd().IsMatch(line);

    /// <summary>A lone "Preview" button label: what a cut-short entry shows right after its title.</summary>
    public static bool IsTitleTail(string line) => line.Equals("Preview", StringComparison.OrdinalIgnoreCase);

    /// <summary>Page furniture around the list ("Research Areas", "Sort By", ...).</summary>
    public static bool IsChrome(string line) => Chrome().IsMatch(line);

    /// <summary>The heading over the owner's research areas (also a link in the site's navigation).</summary>
    public static bool IsAreasHeading(string line) => line.Equals("Research Areas", StringComparison.OrdinalIgnoreCase);

    /// <summary>A job title printed under the owner's name ("Senior Research Scientist", "Software Engineer").</summary>
    public static bool IsRoleLine(string line) => Role().IsMatch(line);

    /// <summary>Where the list is over: the result counter, the pager or the site footer's first links.</summary>
    public static bool IsFooter(string line) => Footer().IsMatch(line);

    /// <summary>
    /// Lines that can only be a venue: a year, "(to appear)", a URL or arXiv id, a publication-type word,
    /// or an acronym with a colon ("EACL 2014: ...").
    /// </summary>
    public static bool LooksLikeVenue(string line) =>
        FindYear(line) is not null || VenueWords().IsMatch(line) || line.Contains("(to appear)", StringComparison.OrdinalIgnoreCase)
        || line.Contains("://", StringComparison.Ordinal) || AcronymStart().IsMatch(line);

    /// <summary>
    /// The year a line prints: four digits, or the two-digit short form after an event's acronym ("ETRA '21",
    /// "CHI EA ’26"), which is this century for any year a listing can hold.
    /// </summary>
    public static int? FindYear(string? line)
    {
        if (LooseDates.FindYear(line) is { } year) return year;
        if (line is null) return null;
        var m = ShortYear().Match(line);
        return m.Success ? 2000 + int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A venue line that prints nothing but the year ("2024", "(2024)"): a date, not a venue.</summary>
    public static bool IsYearOnly(string line) => LooseDates.IsYearOnly(line);

    /// <summary>
    /// The venue as printed, without "(to appear)", a trailing "(2019)" and what follows the year: volume and pages
    /// ("PRX Quantum, 5 (2024), pp. 030311" is "PRX Quantum").
    /// </summary>
    public static string CleanVenue(string line)
    {
        var s = VolumeAndPages().Replace(line, "");
        string before;
        do
        {
            before = s;
            s = TrailingParenthesis().Replace(s, "").Trim();
        } while (s != before && s.Length > 0);
        return s.Length == 0 ? line.Trim() : s;
    }

    [GeneratedRegex(@"^Preview\s+abstract$", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractStart();

    [GeneratedRegex(@"^View\s+details$", RegexOptions.IgnoreCase)]
    private static partial Regex EntryEnd();

    // Sort options print as bullets ("• Year, descending") or as bare lines ("Title, descending"); the publication
    // type filter as "Google Publications" / "Other Publications"; result counters as "1 - 15 of 42 publications".
    [GeneratedRegex(@"^(?:Research Areas|Authored Publications|Publications|(?:Google|Other) Publications|Sort By|Sort by (?:year|title)|Most recent|Load more|Show more|Filter(?: by)?|(?:[•·▪◦*-]\s*)?(?:Title|Year|Relevance|Most recent)(?:,\s*(?:descending|ascending))?|\d+\s*[-–]\s*\d+\s+of\s+[\d,]+\s+publications?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"^(?:\d+\s*[-–]\s*\d+\s+of\s+[\d,]+\s+publications?|Follow us|About Google|Google Products|Privacy|Terms|Help|Submit feedback|Careers|Previous|Next|Previous page|Next page|Back to top|Learn more about how we (?:conduct|do) our research|We['’]re always looking for more talented, passionate people\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    [GeneratedRegex(@"\b(?:Engineer|Scientist|Researcher|Director|Manager|Professor|Student|Intern|Fellow|Lead|Staff|Principal|Head|Designer|Analyst|Architect|Consultant|Postdoc(?:toral)?|Affiliate|Advocate|Developer|Programmer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:Conference|Workshop|Journal|Proceedings|Symposium|Transactions|Review|Letters|arXiv|Preprint|Magazine|Bulletin|Annals|Congress|Forum|Meeting|Press|Communications|Reports|Technical Report|Thesis|Patent|Nature|Cell|Cancer|Biology|Medicine|Methods|Genetics|Computation|Intelligence|Recognition|Discovery|Neuron|Physics|Chemistry|Engineering|Computing|Sciences?|Mathematics|Statistics|Economics|Informatics|Neuroscience|Immunology|Research|Systems|Networks|Society|Academy|Association|Institute|University|Press|Series|Notes|Edition)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueWords();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d]{2,}[^:]{0,12}:")]
    private static partial Regex AcronymStart();

    [GeneratedRegex(@"\b\p{Lu}[\p{Lu}\d]{1,}\s?['’‘](\d{2})\b")]
    private static partial Regex ShortYear();

    /// <summary>", 32(3) (2025), pp. 1-39", ", vol. 41 (2022)", ", 2021(4) (2021)": the issue, year and pages after the venue's name.</summary>
    [GeneratedRegex(@",\s*(?:vol(?:ume)?\.?\s*)?\d+(?:\(\d+\))?\s*(?=\((?:19|20)\d{2}\))|(?<=\((?:19|20)\d{2}\)),?\s*(?:pp?\.|pages?)\s*[\w\-–]+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex VolumeAndPages();

    [GeneratedRegex(@"\s*\((?:to appear|in press|forthcoming|(?:19|20)\d{2})\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingParenthesis();
}
