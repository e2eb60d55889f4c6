using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// An author's publication listing as extracted text (Google-Research style): the owner's name on top, then per
/// paper a title line, co-authors one per line, a venue line, "Preview abstract", the abstract and "View details".
/// The owner is an author of every paper although the page never repeats the name. Other text listings (citation
/// paragraphs, title-over-names cards) have readers of their own, and a listing in a layout none of them knows is
/// detected and read by its shape and structure (<see cref="EntryShape"/>, <see cref="StructuralEntries"/>).
/// </summary>
public sealed class PublicationListingFormat : IFormat
{
    public string Name => "publication-listing";

    public int Detect(Document document)
    {
        var lines = ListingText.Lines(document.Text);
        if (lines.Count == 0 || lines[0].StartsWith('<') || lines[0].StartsWith('@') || lines[0].StartsWith('{')) return 0;
        var starts = lines.Count(ListingLines.IsAbstractStart);
        var ends = lines.Count(ListingLines.IsEntryEnd);
        if (starts >= 2 && ends >= 1 || starts >= 1 && ends >= 2) return 92;
        if (starts + ends >= 1) return 60;
        return new[] { CitationListing.Detect(document.Text), TitleAuthorBlocks.Detect(document.Text), EntryShape.Score(document.Text), LabelledEntries.Detect(document.Text), CoauthorClauseBlocks.Detect(document.Text) }.Max();
    }

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        var lines = ListingText.Lines(document.Text);
        if (lines.Count == 0) throw new ParseException(Name, "the page is empty", "line 1");
        // Entries whose parts are labelled ("Authors:", "Journal:", "Citation:") say what each part is: nothing else
        // on the page (the citations inside their fields included) is read as entries of its own.
        var buttonless = !lines.Any(l => ListingLines.IsAbstractStart(l) || ListingLines.IsEntryEnd(l) || ListingLines.IsTitleTail(l));
        if (buttonless && LabelledEntries.Read(document.Text, options.Owner) is { Count: >= 2 } labelled) return labelled;
        // A hand-written list of blocks each opening "Title (with co-authors)": the brackets say where each paper starts.
        if (buttonless && CoauthorClauseBlocks.Read(document.Text, options.Owner) is { Count: > 0 } clauses) return clauses;
        // The entries the page's structure shows, read once when the page is shaped like a listing.
        var structural = EntryShape.Score(document.Text) > 0 ? StructuralEntries.Read(document.Text, options.Owner) : null;
        var found = ReadKnownLayouts(document, options, lines, structural);
        // A page shaped like a listing whose layout the readers above only half know (a numbered list read as one
        // paper, citations glued into one paragraph): the entries its structure shows, when they are more.
        if (structural is not null && structural.Count > found.Count) return structural;
        if (found.Count == 0) throw new ParseException(Name, "no entries found: expected citations, title and author lines, or title, author and venue lines followed by \"Preview abstract\"", "line 1");
        return found;
    }

    private IReadOnlyList<Item> ReadKnownLayouts(Document document, ParseOptions options, List<string> lines, List<Item>? structural)
    {
        var buttons = lines.Any(l => ListingLines.IsAbstractStart(l) || ListingLines.IsEntryEnd(l) || ListingLines.IsTitleTail(l));
        // A page without the per-paper buttons prints its papers as citations, a paragraph each.
        if (!buttons && CitationListing.Read(document.Text, options.Owner) is { Count: > 0 } cited) return cited;
        // Nor the per-paper citations: blocks of a title over a line of names.
        if (!buttons && TitleAuthorBlocks.Read(document.Text, options.Owner) is { Count: > 0 } blocks) return blocks;

        var start = 0;
        string? pageOwner = null;
        if (IsOwnerLine(document.Text, lines[0], options.Owner))
        {
            pageOwner = lines[0];
            start = 1;
        }
        var owner = string.IsNullOrWhiteSpace(options.Owner) ? pageOwner : options.Owner;

        // The title, authors and venue lines read below belong to pages with per-paper buttons; a page without them
        // that is shaped like a listing is read by its structure.
        if (!buttons && structural is { Count: > 0 }) return structural;
        var entries = ListingEntries.Read(lines, start);
        // No layout this format knows: the entries the page's structure shows, read as citations.
        if (entries.Count == 0) return structural ?? StructuralEntries.Read(document.Text, options.Owner);
        return entries.Select(e => ToItem(e, owner)).ToList();
    }

    /// <summary>
    /// The top line names the owner when page furniture ("Research Areas", "Sort By") follows it, when it is the
    /// configured owner, or, with no owner configured, when it is shaped like a name. A configured owner and a
    /// different name-shaped top line with no furniture: that line is a short title.
    /// </summary>
    private static bool IsOwnerLine(string text, string first, string? configuredOwner)
    {
        if (ListingLines.IsAbstractStart(first)) return false;
        var raw = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var at = raw.IndexOf(first);
        // A short line above the page's own furniture is the page's heading: its owner, however the name is spelled.
        var isShort = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !first.Any(char.IsDigit);
        if (isShort && at >= 0 && at + 1 < raw.Count && ListingLines.IsChrome(raw[at + 1])) return true;
        if (!PersonNames.LooksLikeName(first)) return false;
        if (string.IsNullOrWhiteSpace(configuredOwner)) return true;
        return PersonNames.SamePerson(first, configuredOwner);
    }

    private static Item ToItem(ListingEntry entry, string? owner)
    {
        var year = ListingLines.FindYear(entry.VenueLine);
        var links = new List<Link>();
        if (entry.VenueLine is { } v && UrlInText(v) is { } url) links.Add(new Link(LinkRel.Related, url));
        return new Item
        {
            Kind = RecordKind.Publication,
            Title = entry.Title,
            Authors = AuthorLists.WithOwner(AuthorLists.Tidy(entry.Authors), owner),
            Published = year is { } y ? PartialDate.OfYear(y) : null,
            Year = year,
            Venue = entry.VenueLine is null || ListingLines.IsYearOnly(entry.VenueLine) ? null : ListingLines.CleanVenue(entry.VenueLine),
            Summary = entry.Abstract,
            Links = links,
        };
    }

    private static string? UrlInText(string text)
    {
        var i = text.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        var end = text.IndexOfAny([' ', ')', '\t'], i);
        var candidate = end < 0 ? text[i..] : text[i..end];
        return Uri.TryCreate(candidate, UriKind.Absolute, out _) ? candidate : null;
    }
}
