using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// "Ana Díaz, Bo Chen [Journal of X, 2020](https://doi.org/…)", "Ana Díaz, **Bo Chen**. **Venue** (*Under review*)":
/// the line under a work's title that prints its names as they come and its venue marked (linked, bold or italic)
/// right after them. Read as one run of text the last name would take the venue's first word ("Bo Chen Journal").
/// </summary>
internal static class NamesThenVenue
{
    /// <summary>The names, the venue's words, and what follows the venue (its status, a link row).</summary>
    public sealed record Line(List<string> Names, string Venue, List<Seg> After);

    /// <summary>Words after the venue that can still be its status or pages, not a title or a sentence.</summary>
    private const int MaxWordsAfter = 6;

    /// <summary>A venue's name with its year ("Journal of Fluid Mechanics and Applications, 2018") runs no longer.</summary>
    private const int MaxVenueWords = 12;

    public static Line? Read(List<Seg> line)
    {
        // A bold name among the names is the owner's, not the venue: the venue is the first marked run that is no name.
        var k = line.FindIndex(s => s.Kind != SegKind.Text && !AuthorText.IsNamesOnly(EntryTitles.TrimSeparators(s.Text)));
        if (k <= 0 || line[k] is not { Kind: SegKind.Link or SegKind.Strong or SegKind.Emph } marked || EntryTitles.IsLinkLabel(marked.Text)) return null;
        if (marked.Kind == SegKind.Link && marked.Text == marked.Url) return null;
        if (line.Take(k).Any(s => s.Kind is not (SegKind.Text or SegKind.Strong or SegKind.Emph))) return null;
        var names = TextKey.CollapseWhitespace(EntryTitles.TrimSeparators(EntryTitles.Text(line.Take(k))));
        if (names.Length == 0 || !AuthorText.IsNamesOnly(names)) return null;
        var venue = TextKey.CollapseWhitespace(EntryTitles.Clean(marked.Text));
        if (!venue.Any(char.IsLetter) || AuthorText.IsNamesOnly(venue) || Words(venue) > MaxVenueWords) return null;
        var after = line.Skip(k + 1).ToList();
        if (Words(EntryTitles.Text(after)) > MaxWordsAfter) return null;
        return new Line(AuthorText.Consume(names).Names, venue, after);
    }

    /// <summary>
    /// Whether the line is names then a venue that reads as one by itself, so that a heading over it is the work's
    /// title: the venue prints a year ("Phys. Rev. Fluids, 2020") or is a name of three words at most ("AIAA"). A
    /// longer undated marked run after names is as likely the work's own title, linked or in italics.
    /// </summary>
    public static bool IsPlainVenue(List<Seg> line) =>
        Read(line) is { } read && (LooseDates.FindYear(read.Venue) is not null || Words(read.Venue) <= 3);

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
