using Aggregator.Core.Formats;
using Aggregator.Core.Merging;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>
/// The step every parser's output goes through: tidy names, absolute and classified links, identifiers
/// from links, year from the date, sanitised HTML, a plain-text summary, derived titles, stable ids, and
/// one record per work when a document lists a work twice.
/// Parsers keep to the page; the rules that hold for every format live here, once.
/// </summary>
public sealed class ItemNormaliser(HtmlSafety? safety = null)
{
    private readonly HtmlSafety _safety = safety ?? HtmlSafety.Default;

    public IReadOnlyList<Item> Normalise(IReadOnlyList<Item> items, Document document, ParseOptions options)
    {
        var scope = options.SourceId ?? document.Location ?? "";
        var result = new List<Item>(items.Count);
        for (var i = 0; i < items.Count; i++)
            result.Add(NormaliseOne(items[i], i, scope, document.BaseUri, options.SourceId));
        // A page or .bib that lists one work twice (under Selected and All publications, or two keys) yields it
        // once. Same-titled entries of different years stay apart here (a workshop and a conference version are
        // two lines of a CV), and so do a preprint and its published version listed each with its venue; the feeds
        // still show them as one work.
        return DuplicateMerger.MergeDuplicates(DisambiguateIds(result), yearSlack: 0, versionsApart: true);
    }

    private Item NormaliseOne(Item item, int position, string scope, Uri? baseUri, string? sourceId)
    {
        var url = UrlResolver.Absolute(item.Url, baseUri);
        var links = Links(item.Links, baseUri, item.Kind != RecordKind.Post);
        var ids = Identify(item, url, links);
        var allLinks = AddIdentifierLinks(links, ids);

        var contentHtml = _safety.Sanitize(item.ContentHtml, baseUri);
        var summary = string.IsNullOrWhiteSpace(item.Summary) ? null : TextKey.CollapseWhitespace(item.Summary);
        if (summary is null && contentHtml is not null)
        {
            var text = HtmlSafety.ToText(contentHtml);
            summary = text.Length == 0 ? null : text.Split('\n')[0];
        }

        var title = string.IsNullOrWhiteSpace(item.Title) ? null : TextKey.CollapseWhitespace(item.Title);
        var derived = item.TitleDerived;
        if (title is null)
        {
            title = DerivedTitles.FromText(summary ?? HtmlSafety.ToText(contentHtml));
            derived = title is not null;
        }

        var normalised = item with
        {
            Title = title,
            TitleDerived = derived,
            // The page's own link for the item, even where its kind (a PDF, an arXiv page) now names it in Links.
            Url = url ?? item.Links.Where(l => l.Rel == LinkRel.Alternate).Select(l => UrlResolver.Absolute(l.Url, baseUri)).FirstOrDefault(u => u is not null),
            Authors = AuthorLists.Tidy(item.Authors),
            Year = item.Year ?? item.Published?.Year,
            Venue = string.IsNullOrWhiteSpace(item.Venue) ? null : TextKey.CollapseWhitespace(item.Venue),
            Summary = summary,
            ContentHtml = contentHtml,
            Tags = item.Tags.Select(t => TextKey.CollapseWhitespace(t)).Where(t => t.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Links = allLinks,
            Identifiers = ids,
            Sources = sourceId is null ? item.Sources : item.Sources.Contains(sourceId) ? item.Sources : [.. item.Sources, sourceId],
            Position = item.Position ?? position,
        };
        return normalised with { Id = string.IsNullOrEmpty(item.Id) || item.Kind == RecordKind.Publication ? IdFor(normalised, scope) : StableId.From(scope, item.Kind.ToWire(), item.Id) };
    }

    /// <summary>
    /// Publications are identified by the work (DOI, arXiv id, or title and year) so the same paper from
    /// two sources gets the same id; everything else by its source and its own key.
    /// </summary>
    public static string IdFor(Item item, string scope)
    {
        if (item.Kind == RecordKind.Publication)
        {
            if (item.Identifiers.Doi is { } doi) return StableId.From("doi", doi);
            if (item.Identifiers.Arxiv is { } ax) return StableId.From("arxiv", ScholarlyIds.WithoutVersion(ax));
            if (!item.TitleDerived && TextKey.ForTitle(item.Title) is { Length: > 0 } key)
                return StableId.From("title", key, item.Year?.ToString());
        }
        var natural = item.Url ?? (item.TitleDerived ? null : TextKey.ForTitle(item.Title)) ?? "";
        var body = TextKey.ForTitle(item.Summary ?? HtmlSafety.ToText(item.ContentHtml));
        return StableId.From(scope, item.Kind.ToWire(), natural, natural.Length == 0 ? body : item.Published?.ToString());
    }

    private static IReadOnlyList<Item> DisambiguateIds(List<Item> items)
    {
        // Two items of one page may share a key (a post repeated, two untitled entries): keep both, apart.
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < items.Count; i++)
        {
            var id = items[i].Id;
            if (seen.TryGetValue(id, out var n))
            {
                seen[id] = n + 1;
                items[i] = items[i] with { Id = StableId.From(id, n.ToString()) };
            }
            else seen[id] = 1;
        }
        return items;
    }

    /// <param name="work">For papers and talks, a title link to a PDF, arXiv, DOI, slides or video says what it is.</param>
    private static List<Link> Links(IEnumerable<Link> raw, Uri? baseUri, bool work)
    {
        var result = new List<Link>();
        foreach (var l in raw)
        {
            var abs = UrlResolver.Absolute(l.Url, baseUri);
            if (abs is null || result.Any(x => x.Url == abs)) continue;
            var rel = string.IsNullOrEmpty(l.Rel) || l.Rel == LinkRel.Related ? LinkKinds.Classify(abs) : l.Rel;
            if (work && rel == LinkRel.Alternate && LinkKinds.Classify(abs) is var kind && kind != LinkRel.Related) rel = kind;
            result.Add(new Link(rel, abs));
        }
        return result;
    }

    private static Identifiers Identify(Item item, string? url, IReadOnlyList<Link> links)
    {
        var doi = item.Identifiers.Doi;
        var arxiv = item.Identifiers.Arxiv;
        foreach (var candidate in links.Select(l => l.Url).Prepend(url))
        {
            doi ??= ScholarlyIds.FindDoiInUrl(candidate);
            arxiv ??= ScholarlyIds.FindArxiv(candidate);
        }
        arxiv ??= ScholarlyIds.FindArxiv(item.Venue);
        return doi == item.Identifiers.Doi && arxiv == item.Identifiers.Arxiv ? item.Identifiers : new Identifiers { Doi = doi?.ToLowerInvariant(), Arxiv = arxiv };
    }

    private static IReadOnlyList<Link> AddIdentifierLinks(List<Link> links, Identifiers ids)
    {
        if (ids.Doi is { } doi && !links.Any(l => l.Rel == LinkRel.Doi))
            links.Add(new Link(LinkRel.Doi, ScholarlyIds.DoiUrl(doi)));
        if (ids.Arxiv is { } ax && !links.Any(l => l.Rel == LinkRel.Arxiv || l.Url.Contains("arxiv.org/abs", StringComparison.OrdinalIgnoreCase)))
            links.Add(new Link(LinkRel.Arxiv, ScholarlyIds.ArxivUrl(ax)));
        return links;
    }
}
