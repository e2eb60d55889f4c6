using Aggregator.Core.Records;

namespace Aggregator.Core.Formats;

/// <summary>
/// The set of input formats. Adding a format = one class implementing <see cref="IFormat"/> in its own
/// folder and one line in <see cref="CreateDefault"/>.
/// </summary>
public sealed class FormatRegistry
{
    public const string Auto = "auto";

    /// <summary>Confidence below which detection refuses to guess.</summary>
    public const int MinimumConfidence = 20;

    private readonly IReadOnlyList<IFormat> _formats;

    public FormatRegistry(IEnumerable<IFormat> formats)
    {
        _formats = formats.ToList();
        var dup = _formats.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"Format '{dup.Key}' is registered twice.");
    }

    public IReadOnlyList<IFormat> Formats => _formats;

    public static FormatRegistry CreateDefault() => new(
    [
        // FORMAT REGISTRATIONS (one line each)
        new Bibtex.BibtexFormat(),
        new Arxiv.ArxivFormat(),
        new FrontMatter.FrontMatterFormat(),
        new Rss.RssFormat(),
        new Atom.AtomFormat(),
        new JsonFeed.JsonFeedFormat(),
        new GroupPosts.GroupPostsFormat(),
        new Html.HtmlFormat(),
    ]);

    public IFormat Get(string name) =>
        _formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UnknownFormatException($"Unknown format '{name}'. Known: {Auto}, {string.Join(", ", _formats.Select(f => f.Name))}.");

    /// <summary>Picks the format that is most sure of the document; throws when none is sure enough.</summary>
    public IFormat Detect(Document document)
    {
        var scored = _formats.Select(f => (Format: f, Score: f.Detect(document)))
            .OrderByDescending(x => x.Score).ToList();
        var best = scored.FirstOrDefault();
        if (best.Format is null || best.Score < MinimumConfidence)
            throw new UnknownFormatException(
                $"No format fits {document.Location ?? "the document"}: best guess was {(best.Format?.Name ?? "none")} at {best.Score}/100. Pin one with \"format\".");
        return best.Format;
    }

    /// <summary>Resolves <paramref name="name"/> ("auto" or a format name) for the document.</summary>
    public IFormat Resolve(string? name, Document document) =>
        string.IsNullOrEmpty(name) || string.Equals(name, Auto, StringComparison.OrdinalIgnoreCase) ? Detect(document) : Get(name);

    public (IFormat Format, IReadOnlyList<Item> Items) Parse(Document document, string? formatName, ParseOptions options)
    {
        var format = Resolve(formatName, document);
        return (format, format.Parse(document, options));
    }
}
