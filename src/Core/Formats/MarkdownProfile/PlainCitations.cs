using System.Text.RegularExpressions;
using Aggregator.Core.Formats.PublicationListing;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// The floor under the profile readers: when a page's publication sections give no paper, or papers no reading of a
/// citation would give (<see cref="Implausible"/>), each entry is read as plain text by the general citation path the listing format uses
/// (<see cref="StructuralEntries"/>) and kept when it reads as exactly one paper. A page the readers read plausibly is
/// left as it is. In a section read as papers by its shape alone, where each citation may be written in a style of
/// its own, the floor works entry by entry (<see cref="ReadByShape"/>).
/// </summary>
internal static partial class PlainCitations
{
    /// <summary>
    /// No paper at all, or a reading most of whose titles no citation would give (<see cref="ImplausibleTitle"/>): the
    /// readers met a markup they do not know.
    /// </summary>
    public static bool Implausible(List<Item> papers) =>
        papers.Count == 0 || papers.Count >= 2 && papers.Count(p => ImplausibleTitle(p.Title, papers)) * 2 > papers.Count;

    /// <summary>
    /// Missing, a person's name, a short text holding a year, a venue's name, opening with a year, names and a year
    /// slot, opening with a sole author's name, or the title another paper of the reading also has (the owner's bold
    /// name taken for every title).
    /// </summary>
    private static bool ImplausibleTitle(string? title, List<Item> papers) =>
        title is null || PersonNames.LooksLikeName(title) || LooseDates.FindYear(title) is not null && title.Length < 16
        || VenueTitle().IsMatch(title) || LeadingYear().IsMatch(title) || NamesAndYear(title) || LeadingVancouverName(title)
        || papers.Count(q => q.Title == title) > 1;

    /// <summary>"Roe J. Estimating the costs of care": a sole author written "Surname Initials" and the stop closing it.</summary>
    private static bool LeadingVancouverName(string title) =>
        title.IndexOf(". ", StringComparison.Ordinal) is var stop and > 0 && AuthorText.IsVancouverName(title[..stop]);

    /// <summary>"Roe, J. &amp; Chen, B. (2019)": the citation's names and year slot where the title should be.</summary>
    private static bool NamesAndYear(string title) =>
        AuthorText.Consume(title) is { Names.Count: > 0 } read && EntryTitles.TrimSeparators(read.Remainder) is { Length: > 0 and < 12 } rest
        && LooseDates.FindYear(rest) is not null;

    /// <summary>"Journal of X", "In Proceedings of Y": a venue's name where the title should be.</summary>
    [GeneratedRegex(@"^(?:in:?\s+)?(?:Proceedings|Journal|Transactions|Annals)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueTitle();

    /// <summary>"2021 Roe, J": a year opening the title is the date slot the reader took for the title's first word.</summary>
    [GeneratedRegex(@"^\(?(?:19|20)\d{2}[a-z]?\)?(?:[.,:]|\s|$)")]
    private static partial Regex LeadingYear();

    public static IEnumerable<Item> Read(IEnumerable<ProfileSection> sections, string? owner) =>
        sections.Where(s => s.Kind == RecordKind.Publication).SelectMany(s => s.Entries).Select(e => ReadEntry(e, owner)).OfType<Item>();

    /// <summary>
    /// One entry of a section read as papers by its shape (<see cref="ProfileSection.ByShape"/>), where each entry may
    /// be written in a style of its own: the profile readers' paper, or the plain reading when theirs is missing or
    /// one no citation would give. A "paper" with no names, date, venue or identifier among such citations is a note
    /// or a link to a profile ("[Scholar profile](…)"), not a work.
    /// </summary>
    public static Item? ReadByShape(ProfileEntry entry, Item? read, string? owner)
    {
        if (read is { Kind: not RecordKind.Publication }) return read;
        var paper = read is not null && !ImplausibleTitle(read.Title, [read]) ? read
            : ReadEntry(entry, owner) is { } plain && !ImplausibleTitle(plain.Title, [plain]) ? plain : read;
        return paper is { Authors.Count: 0, Year: null, Published: null, Venue: null, Identifiers: { Doi: null, Arxiv: null } } ? null : paper;
    }

    /// <summary>The entry's plain text read as a citation, when it reads as exactly one paper.</summary>
    private static Item? ReadEntry(ProfileEntry entry, string? owner)
    {
        var links = new List<Link>();
        var text = string.Join("\n", entry.Lines.Select(l => EntryTitles.Text(l, links))).Trim();
        if (text.Length < 20 || StructuralEntries.Read(text, owner) is not [{ Kind: RecordKind.Publication } paper]) return null;
        return paper with
        {
            Links = [.. paper.Links, .. links],
            Year = paper.Year ?? entry.GroupYear,
            Url = paper.Url ?? entry.HeadingUrl,
        };
    }
}
