using System.Text.RegularExpressions;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// A mathematician's hand-written list of papers, one blank-line block each: the title with the co-authors in a bracket
/// after it ("Title of the paper (with Ana Díaz, Bo Chen, and Carla Ruiz)", wrapped over a line or three), then a
/// line with the venue or the paper's status ("Preprint.", "Journal of X 12 (2021), 1-20."), then whatever the owner
/// adds (an "Abstract:" paragraph, a line of links with the arXiv id). The owner wrote every paper and is named only in
/// the page's heading. Blocks are read from their trimmed lines, so the ever deeper indentation w3m gives the entries
/// of an unclosed &lt;dl&gt; does not matter. A paper the owner wrote alone prints no bracket: in a page of such blocks
/// it is a title over a venue or status line.
/// </summary>
internal static partial class CoauthorClauseBlocks
{
    /// <summary>Blocks opening with a co-author bracket a page needs before it is read this way.</summary>
    private const int MinimumEntries = 3;

    public static int Detect(string text) => Score(ListingLines.Blocks(text));

    private static int Score(List<List<string>> blocks)
    {
        var bracketed = blocks.Count(b => Head(b) is not null);
        if (bracketed < MinimumEntries) return 0;
        // Most substantial blocks are entries: a page of posts may mention a paper "(with …)" now and then.
        var substantial = blocks.Count(b => string.Join(" ", b).Length >= 40);
        var entries = blocks.Count(b => Head(b) is not null || SoleAuthorHead(b) is not null);
        return entries * 2 >= substantial ? 88 : 0;
    }

    /// <summary>The page's papers, or none when the page is not a list of such blocks.</summary>
    public static List<Item> Read(string text, string? owner)
    {
        var blocks = ListingLines.Blocks(text);
        if (Score(blocks) == 0) return [];
        owner = string.IsNullOrWhiteSpace(owner) ? HeadingOwner(blocks) : owner;
        var items = new List<Item>();
        foreach (var block in blocks)
        {
            if ((Head(block) ?? SoleAuthorHead(block)) is not var (title, coauthors, headLines)) continue;
            items.Add(ToItem(block, title, coauthors, headLines, owner));
        }
        return items;
    }

    /// <summary>"Title (with A, B, and C)" over the block's first one to three lines: title, co-authors, lines used.</summary>
    private static (string Title, List<string> Coauthors, int Lines)? Head(List<string> block)
    {
        for (var k = 1; k <= Math.Min(3, block.Count); k++)
        {
            var joined = ItemLabel().Replace(TextKey.CollapseWhitespace(string.Join(" ", block.Take(k))), "");
            if (WithClause().Match(joined) is not { Success: true } m) continue;
            var (names, rest) = AuthorText.Consume(m.Groups["n"].Value);
            if (names.Count == 0 || rest.Trim().Length > 0) return null;
            return (m.Groups["t"].Value.Trim(), names, k);
        }
        return null;
    }

    /// <summary>A paper the owner wrote alone: a title (one or two lines, no sentence) over a venue or status line.</summary>
    private static (string Title, List<string> Coauthors, int Lines)? SoleAuthorHead(List<string> block)
    {
        for (var k = 1; k <= Math.Min(2, block.Count - 1); k++)
        {
            var title = ItemLabel().Replace(TextKey.CollapseWhitespace(string.Join(" ", block.Take(k))), "");
            if (title.EndsWith('.') || title.Split(' ').Length > 30 || IsAbstractLine(block[k - 1])) return null;
            if (IsVenueLine(block[k])) return (title, [], k);
        }
        return null;
    }

    private static bool IsVenueLine(string line) =>
        !IsAbstractLine(line) && (PublicationStatus.IsStatusOnly(line.TrimEnd('.')) || StatusLead().IsMatch(line)
            || LooseDates.FindYear(line) is not null && (EntryShape.HasVenue(line) || BracketedYear().IsMatch(line)));

    private static Item ToItem(List<string> block, string title, List<string> coauthors, int headLines, string? owner)
    {
        var rest = block.Skip(headLines).ToList();
        var venueLine = rest.Count == 0 || IsAbstractLine(rest[0]) ? null
            : !IsLinksLine(rest[0]) ? rest[0].TrimEnd('.', ' ')
            // "Preprint. arXiv:2301.00456": the status, with the paper's link printed after it on its line.
            : StatusLead().Match(rest[0]) is { Success: true } status ? status.Value : null;
        var year = LooseDates.FindYear(venueLine);
        var body = rest.Skip(venueLine is null ? 0 : 1).ToList();
        var whole = string.Join(" ", block);
        var arxiv = ScholarlyIds.FindArxiv(whole);
        var doi = ScholarlyIds.FindDoi(whole);
        return new Item
        {
            Kind = RecordKind.Publication,
            Title = title,
            Authors = AuthorLists.WithOwner(AuthorLists.Tidy(coauthors), owner),
            Published = year is { } y ? PartialDate.OfYear(y) : null,
            Year = year,
            Venue = venueLine,
            Summary = Abstract(body),
            Identifiers = arxiv is null && doi is null ? Identifiers.None : new Identifiers { Arxiv = arxiv, Doi = doi },
        };
    }

    /// <summary>The "Abstract:" paragraph, without its label, up to the line of links under it.</summary>
    private static string? Abstract(List<string> body)
    {
        var start = body.FindIndex(IsAbstractLine);
        if (start < 0) return null;
        var lines = body.Skip(start).TakeWhile(l => !IsLinksLine(l)).ToList();
        lines[0] = AbstractLabel().Replace(lines[0], "");
        var text = TextKey.CollapseWhitespace(string.Join(" ", lines));
        return text.Length > 0 ? text : null;
    }

    /// <summary>"Publications of Ana Díaz": the page heading names the owner when no owner is configured.</summary>
    private static string? HeadingOwner(List<List<string>> blocks) =>
        blocks.Count > 0 && OwnerHeading().Match(blocks[0][0]) is { Success: true } m && PersonNames.LooksLikeName(m.Groups["o"].Value)
            ? m.Groups["o"].Value.Trim() : null;

    private static bool IsAbstractLine(string line) => AbstractLabel().IsMatch(line);

    /// <summary>"Full paper (8/3/25): PDF | arXiv:2508.00157", "[pdf] [arXiv]": the entry's links, not its text.</summary>
    private static bool IsLinksLine(string line) => LinksLine().IsMatch(line);

    /// <summary>"(with A and B)", "(joint with A)", "(joint work with A)": the co-authors' bracket closing the head.</summary>
    [GeneratedRegex(@"^(?<t>\S.*?)\s*\((?i:(?:joint\s+(?:work\s+)?)?with)\s+(?<n>\p{Lu}[^()]*?)\s*\)\.?$")]
    private static partial Regex WithClause();

    /// <summary>"1. ", "[3] ", "• ": the number or bullet of a list the owner numbered by hand.</summary>
    [GeneratedRegex(@"^(?:\[\d{1,3}\]|\d{1,3}[.)]|[•*\-–])\s+")]
    private static partial Regex ItemLabel();

    /// <summary>"Discrete Math. 345 (2022), 1-20": a venue line's year in brackets after the volume.</summary>
    [GeneratedRegex(@"\((?:19|20)\d{2}\)")]
    private static partial Regex BracketedYear();

    [GeneratedRegex(@"^Abstract\s*[:.]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractLabel();

    [GeneratedRegex(@"^(?:Full\s+(?:paper|text)\b|PDF\b|\[|arXiv:\s*\d)|\barXiv:\s*\d{4}\.\d{4,5}\s*$|\|\s*(?:PDF|arXiv)", RegexOptions.IgnoreCase)]
    private static partial Regex LinksLine();

    /// <summary>"Preprint; to appear in …", "Submitted to …", "To appear in …": a status opening the venue line.</summary>
    [GeneratedRegex(@"^(?:Preprint|Submitted|To appear|Accepted|In press|In preparation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLead();

    [GeneratedRegex(@"^(?:(?:Selected\s+)?(?:Publications|Papers|Preprints)(?:\s+and\s+\w+)?\s+(?:of|by)|Papers\s+by)\s+(?<o>.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerHeading();
}
