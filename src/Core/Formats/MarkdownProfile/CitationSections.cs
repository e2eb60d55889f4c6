using System.Text.RegularExpressions;
using Aggregator.Core.Formats.PublicationListing;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Pages that sort their papers by topic ("## Social media and social movements"), put them under no heading at all, or
/// under a heading that names no kind of work ("## Recent work" beside "## Books") name no section a reader knows, so
/// those papers were not read. The sections whose entries read as citations by their shape alone
/// (<see cref="EntryShape.IsEntry"/>: names, a year, a venue, a DOI, pages…) are papers; the bar is higher beside a
/// named publication section (<see cref="Outline"/>). Education or awards headings never are.
/// </summary>
internal static partial class CitationSections
{
    /// <summary>Entries shorter than this are labels or links, not pieces that could be citations.</summary>
    public const int Substantial = 40;

    /// <summary>
    /// The page's outline, its unnamed sections of citations read as papers. Each unnamed section (and, on a page with
    /// no publication section, the part before any heading) is first read as if it held papers, so a paper's abstract
    /// joins its citation as on a Publications page; the sections whose entries then read as citations are kept as
    /// papers. On a page with no publication section that takes three citations, or two making up a whole section;
    /// beside a publication section ("## Patents", "## Books"), a section must be two or more citations and two thirds
    /// citations, and never one whose heading names news, projects or the like.
    /// </summary>
    public static (List<ProfileSection> Sections, List<string> TopHeadings) Outline(string body, RecordKind? documentKind)
    {
        var read = ProfileOutline.Read(body, documentKind, ProfileOutline.Pipeline);
        var named = read.Sections.Any(s => s.Kind == RecordKind.Publication && s.Entries.Count > 0);
        var unnamed = read.Sections.Where(s => s.Kind is null && s.Heading is not null && !ProfileSections.IsNotWork(s.Heading)
                && !(named && NotPapers().IsMatch(s.Heading)))
            .Select(s => s.Heading!).ToHashSet();
        var top = documentKind is null && !named;
        if (unnamed.Count == 0 && !top) return read;
        var trial = ProfileOutline.Read(body, top ? RecordKind.Publication : documentKind, ProfileOutline.Pipeline, unnamed, top);
        var tried = Count(trial.Sections.Where(s => s.Kind == RecordKind.Publication && (s.Heading is null ? top : unnamed.Contains(s.Heading))));
        List<ProfileSection> kept;
        if (named)
            kept = tried.Where(x => x.Citations >= 2 && x.Citations * 3 >= x.Pieces * 2).Select(x => x.Section).ToList();
        else
        {
            var citations = tried.Sum(x => x.Citations);
            var whole = tried.Any(x => x.Citations >= 2 && x.Citations == x.Pieces);
            if (citations < 3 && !whole || citations * 2 < tried.Sum(x => x.Pieces)) return read;
            // The page is a list of citations; a section of it needs a third of its entries to read as such (a preprint
            // with no year or a paper whose DOI is only a link does not by its shape alone).
            kept = tried.Where(x => x.Citations > 0 && x.Citations * 3 >= x.Pieces).Select(x => x.Section).ToList();
        }
        if (kept.Count == 0) return read;
        var keepTop = top && kept.Any(s => s.Heading is null);
        var headings = kept.Where(s => s.Heading is not null).Select(s => s.Heading!).ToHashSet();
        if (keepTop == top && headings.SetEquals(unnamed)) return trial;
        return ProfileOutline.Read(body, keepTop ? RecordKind.Publication : documentKind, ProfileOutline.Pipeline, headings, keepTop);
    }

    /// <summary>Headings of parts a profile prints beside its papers that may cite papers without listing them.</summary>
    [GeneratedRegex(@"\b(?:news|updates?|announcements?|blog|posts?|about|bio(?:graphy)?|experience|employment|positions?|skills|projects?|interests|software|code|data(?:sets?)?|media|press|outreach|contact|links?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotPapers();

    /// <summary>
    /// Whether a Markdown body is mostly citations (three or more, and at least half its substantial entries outside
    /// education or awards), whatever its headings name.
    /// </summary>
    public static bool AreCitations(string body)
    {
        var sections = Outline(body, null).Sections;
        var citations = Count(sections.Where(s => s.Kind == RecordKind.Publication)).Sum(x => x.Citations);
        return citations >= 3 && citations * 2 >= Count(sections).Sum(x => x.Pieces);
    }

    private static List<(ProfileSection Section, int Pieces, int Citations)> Count(IEnumerable<ProfileSection> sections) =>
        sections.Where(s => s.Heading is null || !ProfileSections.IsNotWork(s.Heading))
            .Select(s => (Section: s, Pieces: s.Entries.Where(e => PlainText(e).Length >= Substantial).ToList()))
            .Select(x => (x.Section, x.Pieces.Count, x.Pieces.Count(IsCitation)))
            .ToList();

    /// <summary>The entry's text, the addresses of its links after it (a DOI is often only in a "[link]").</summary>
    private static string PlainText(ProfileEntry entry)
    {
        var links = new List<Link>();
        var text = string.Join("\n", entry.Lines.Select(l => EntryTitles.Text(l, links))).Trim();
        return links.Count == 0 ? text : text + "\n" + string.Join(" ", links.Select(l => l.Url));
    }

    /// <summary>
    /// Whether the entry reads as a citation: its first paragraph, or its short paragraphs together ("**Title**" over
    /// "*Names*" over "Feb 2021"), or its title heading over its names and venue; the abstract under it is no part of the test.
    /// </summary>
    private static bool IsCitation(ProfileEntry entry)
    {
        // "#### Title" over "Ana Díaz, Bo Chen. **Venue**": title, names and venue are a citation's parts even undated.
        if (entry.HeadingTitle is not null && entry.Lines.Count > 0 && NamesThenVenue.Read(entry.Lines[0]) is not null) return true;
        var paragraphs = Paragraphs(entry).ToList();
        return paragraphs.Count > 0 && (IsCitation(paragraphs[0]) || IsCitation(string.Join("\n", paragraphs.Where(p => p.Length < 300))));
    }

    private static IEnumerable<string> Paragraphs(ProfileEntry entry)
    {
        var starts = entry.ParagraphStarts.Append(0).Append(entry.Lines.Count).Distinct().Order().ToList();
        for (var k = 0; k + 1 < starts.Count; k++)
        {
            var links = new List<Link>();
            var lines = entry.Lines.Skip(starts[k]).Take(starts[k + 1] - starts[k]).SelectMany(l => TitleApart(l, links)).ToList();
            var text = string.Join("\n", lines).Trim();
            if (text.Length > 0) yield return links.Count == 0 ? text : text + "\n" + string.Join(" ", links.Select(l => l.Url));
        }
    }

    /// <summary>
    /// A line opening with a marked-up title ("__Title__, Ana Roe, Bo Li, *Venue*, 2019") as the quoted title and the
    /// rest on a line of its own, as the citation test reads a title printed over its names; other lines as they are.
    /// </summary>
    private static IEnumerable<string> TitleApart(List<Seg> line, List<Link> links)
    {
        var first = line.FindIndex(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0);
        if (first >= 0 && line[first] is { Kind: SegKind.Strong or SegKind.Emph or SegKind.Link } title
            && EntryTitles.Text([title], links).Trim() is { Length: >= 10 } marked && first + 1 < line.Count)
        {
            yield return "\u201C" + marked + "\u201D";
            yield return EntryTitles.Text(line.Skip(first + 1), links).Trim().TrimStart(',', '.', ';', ':', '-', '–', ' ');
            yield break;
        }
        yield return EntryTitles.Text(line, links);
    }

    private static bool IsCitation(string text) => text.Length >= Substantial && EntryShape.IsEntry(new EntryCandidate(text.Split('\n'), 0));
}
