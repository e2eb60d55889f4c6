using Aggregator.Core.Formats.PublicationListing;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Pages that sort their papers by topic ("## Social media and social movements") or put them under no heading at all
/// name no section a reader knows, so nothing on them was read. When a page has no publication section, the sections
/// whose entries read as citations by their shape alone (<see cref="EntryShape.IsEntry"/>: names, a year, a venue, a
/// DOI, pages…) are its papers. Education or awards headings never are.
/// </summary>
internal static class CitationSections
{
    /// <summary>Entries shorter than this are labels or links, not pieces that could be citations.</summary>
    public const int Substantial = 40;

    /// <summary>
    /// The unnamed sections to read as papers: whether the top one (before any heading) is, and the headings of the
    /// others; null when the page has a publication section or too few citations (three) to say.
    /// </summary>
    public static (bool Top, IReadOnlySet<string> Headings)? Find(IReadOnlyList<ProfileSection> sections)
    {
        if (sections.Any(s => s.Kind == RecordKind.Publication && s.Entries.Count > 0)) return null;
        var unnamed = Count(sections.Where(s => s.Kind is null));
        var citations = unnamed.Sum(x => x.Citations);
        if (citations < 3 || citations * 2 < unnamed.Sum(x => x.Pieces)) return null;
        // The page is a list of citations; a section of it needs a third of its entries to read as such (a preprint with
        // no year or a paper whose DOI is only a link does not by its shape alone).
        var read = unnamed.Where(x => x.Citations > 0 && x.Citations * 3 >= x.Pieces).Select(x => x.Section).ToList();
        return (read.Any(s => s.Heading is null), read.Where(s => s.Heading is not null).Select(s => s.Heading!).ToHashSet());
    }

    /// <summary>The page's outline, its unnamed sections of citations read as papers.</summary>
    public static (List<ProfileSection> Sections, List<string> TopHeadings) Outline(string body, RecordKind? documentKind)
    {
        var read = ProfileOutline.Read(body, documentKind, ProfileOutline.Pipeline);
        return Find(read.Sections) is { } found
            ? ProfileOutline.Read(body, found.Top ? RecordKind.Publication : documentKind, ProfileOutline.Pipeline, found.Headings, found.Top)
            : read;
    }

    /// <summary>
    /// Whether a Markdown body is mostly citations (three or more, and at least half its substantial entries outside
    /// education or awards), whatever its headings name.
    /// </summary>
    public static bool AreCitations(string body)
    {
        var counts = Count(ProfileOutline.Read(body, null, ProfileOutline.Pipeline).Sections);
        var citations = counts.Sum(x => x.Citations);
        return citations >= 3 && citations * 2 >= counts.Sum(x => x.Pieces);
    }

    private static List<(ProfileSection Section, int Pieces, int Citations)> Count(IEnumerable<ProfileSection> sections) =>
        sections.Where(s => s.Heading is null || !ProfileSections.IsNotWork(s.Heading))
            .Select(s => (Section: s, Pieces: s.Entries.Select(PlainText).Where(t => t.Length >= Substantial).ToList()))
            .Select(x => (x.Section, x.Pieces.Count, x.Pieces.Count(IsCitation)))
            .ToList();

    /// <summary>The entry's text, the addresses of its links after it (a DOI is often only in a "[link]").</summary>
    private static string PlainText(ProfileEntry entry)
    {
        var links = new List<Link>();
        var text = string.Join("\n", entry.Lines.Select(l => EntryTitles.Text(l, links))).Trim();
        return links.Count == 0 ? text : text + "\n" + string.Join(" ", links.Select(l => l.Url));
    }

    private static bool IsCitation(string text) => EntryShape.IsEntry(new EntryCandidate(text.Split('\n'), 0));
}
