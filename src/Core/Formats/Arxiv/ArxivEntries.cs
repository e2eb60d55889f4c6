using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Arxiv;

/// <summary>One API entry as a publication: the arXiv id (with version) from its id, the journal reference as venue.</summary>
internal static partial class ArxivEntries
{
    public static Item ToItem(XElement entry, int position)
    {
        var arxiv = ScholarlyIds.FindArxiv(ArxivXml.Text(entry, "id"));
        var links = Links(entry);
        return new Item
        {
            Id = arxiv ?? "",
            Kind = RecordKind.Publication,
            Title = ArxivXml.Text(entry, "title"),
            Url = links.FirstOrDefault(l => l.Rel == LinkRel.Alternate)?.Url,
            Authors = entry.Elements(ArxivXml.Atom + "author").Select(a => ArxivXml.Text(a, "name")).OfType<string>().ToList(),
            Published = Date(ArxivXml.Text(entry, "published")),
            Venue = Venue(ArxivXml.Text(entry, ArxivXml.Arxiv + "journal_ref")),
            Summary = ArxivXml.Text(entry, "summary"),
            Tags = Categories(entry),
            Links = links,
            Identifiers = new Identifiers { Arxiv = arxiv, Doi = ScholarlyIds.FindDoi(ArxivXml.Text(entry, ArxivXml.Arxiv + "doi")) },
            Position = position - 1,
        };
    }

    private static List<Link> Links(XElement entry)
    {
        var links = new List<Link>();
        foreach (var link in entry.Elements(ArxivXml.Atom + "link"))
        {
            var href = link.Attribute("href")?.Value.Trim();
            if (string.IsNullOrEmpty(href)) continue;
            var rel = (link.Attribute("title")?.Value, link.Attribute("rel")?.Value) switch
            {
                ("pdf", _) => LinkRel.Pdf,
                ("doi", _) => LinkRel.Doi,
                (_, "alternate" or null) => LinkRel.Alternate,
                _ => LinkRel.Related,
            };
            links.Add(new Link(rel, href));
        }
        return links;
    }

    private static PartialDate? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? PartialDate.OfInstant(instant) : null;

    /// <summary>
    /// The journal reference without what follows the name: "Phys. Rev. B 76, 224516 (2007)" gives "Phys. Rev. B".
    /// An entry without one is an arXiv preprint.
    /// </summary>
    private static string Venue(string? journalRef)
    {
        if (journalRef is null) return "arXiv";
        var venue = VolumeYearPages().Replace(journalRef, "");
        venue = TrailingYear().Replace(venue, "");
        venue = TrailingVolumeAndPages().Replace(venue, "").Trim().TrimEnd(',', ';').Trim();
        return venue.Length == 0 ? journalRef : venue;
    }

    private static IReadOnlyList<string> Categories(XElement entry)
    {
        var primary = entry.Element(ArxivXml.Arxiv + "primary_category")?.Attribute("term")?.Value;
        var all = entry.Elements(ArxivXml.Atom + "category").Select(c => c.Attribute("term")?.Value);
        return all.Prepend(primary).OfType<string>().Where(t => t.Length > 0).Distinct().ToList();
    }

    /// <summary>"Weather and Forecasting 39 (2024) 311-325": volume, year and pages in that order.</summary>
    [GeneratedRegex(@"[\s,]+\d+(\s*\(\d+\))?\s*\((1[89]|20)\d\d\)[\s,:]*(pp?\.\s*)?[A-Za-z]?\d+([\-–]+[A-Za-z]?\d+)?\s*$")]
    private static partial Regex VolumeYearPages();

    [GeneratedRegex(@"(\s*\((1[89]|20)\d\d\)|\s*,\s*(1[89]|20)\d\d)\s*$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"[\s,]+(vol\.\s*)?\d+(\s*\(\d+\))?\s*[,:]\s*(pp?\.\s*)?[A-Za-z]?\d+([\-–]+[A-Za-z]?\d+)?\s*$")]
    private static partial Regex TrailingVolumeAndPages();
}
