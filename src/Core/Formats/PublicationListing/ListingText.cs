using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>The page as trimmed, non-empty lines, page furniture removed.</summary>
internal static partial class ListingText
{
    public static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .SelectMany(SplitButtons)
            .Select(l => l.Replace('\u00a0', ' ').Trim())
            .Where(l => l.Length > 0)
            .ToList();
        DropHeaderBlock(lines);
        DropFooter(lines);
        return lines.Where(l => !ListingLines.IsChrome(l)).ToList();
    }

    /// <summary>
    /// The page header lists the owner's research areas, one per line, between its furniture ("Research Areas",
    /// "Authored Publications", "Sort By"): everything from the first to the last furniture line before the first
    /// entry's button is header, whatever it says. Lines above the furniture (the owner's name) stay. A page captured
    /// with the site's navigation on top ("Jump to Content", "Research", "Who we are", ...) repeats "Research areas"
    /// there: the owner's header starts at the last such line. Of the lines above the header only the owner's name
    /// stays: navigation above it and a job title under it ("Software Engineer") go.
    /// </summary>
    private static void DropHeaderBlock(List<string> lines)
    {
        var firstButton = lines.FindIndex(l => ListingLines.IsAbstractStart(l) || ListingLines.IsEntryEnd(l) || ListingLines.IsTitleTail(l));
        if (firstButton < 0) return;
        var firstChrome = lines.FindIndex(0, firstButton, ListingLines.IsChrome);
        if (firstChrome < 0) return;
        var lastChrome = lines.FindLastIndex(firstButton - 1, firstButton, ListingLines.IsChrome);
        var areas = lines.FindLastIndex(firstButton - 1, firstButton, ListingLines.IsAreasHeading);
        var header = areas > firstChrome ? areas : firstChrome;
        var owner = header == 0 ? -1 : lines.FindLastIndex(header - 1, header, l => !ListingLines.IsChrome(l) && !ListingLines.IsRoleLine(l) && PersonNames.LooksLikeName(l));
        lines.RemoveRange(header, lastChrome - header + 1);
        if (owner < 0) return;
        lines.RemoveRange(owner + 1, header - owner - 1);
        lines.RemoveRange(0, owner);
    }

    /// <summary>
    /// After the last entry the page prints its result counter ("1 - 7 of 7 publications"), pager and site footer
    /// ("Follow us", "About Google", "Privacy", ...): the list ends at the first such line after the last button.
    /// </summary>
    private static void DropFooter(List<string> lines)
    {
        var lastButton = lines.FindLastIndex(l => ListingLines.IsAbstractStart(l) || ListingLines.IsEntryEnd(l) || ListingLines.IsTitleTail(l));
        if (lastButton < 0) return;
        var footer = lines.FindIndex(lastButton + 1, ListingLines.IsFooter);
        if (footer >= 0) lines.RemoveRange(footer, lines.Count - footer);
    }

    /// <summary>
    /// Some extractions keep a button label on the line of the text it opens or closes
    /// ("Preview abstract We study ... View details"); the labels become lines of their own.
    /// </summary>
    private static IEnumerable<string> SplitButtons(string line)
    {
        var s = line.Replace('\u00a0', ' ').Trim();
        var open = LeadingPreview().Match(s);
        if (open.Success)
        {
            yield return "Preview abstract";
            s = s[open.Length..];
        }
        var close = TrailingDetails().Match(s);
        if (close.Success && close.Index > 0)
        {
            yield return s[..close.Index];
            yield return "View details";
        }
        else yield return s;
    }

    [GeneratedRegex(@"^Preview\s+abstract\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreview();

    [GeneratedRegex(@"\s+View\s+details$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDetails();
}
