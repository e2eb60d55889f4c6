using Aggregator.Core.Feeds;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Feeds;

/// <summary>Items shaped like what ingestion stores, chosen to exercise each rule of the writers.</summary>
internal static class FeedSamples
{
    public static readonly DateTimeOffset FeedUpdated = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A post with everything: HTML content, an instant with an offset, authors, tags, a PDF.</summary>
    public static Item Post { get; } = new()
    {
        Id = "3f2a9c0d1e7b44a58c21",
        Kind = RecordKind.Post,
        Title = "Notes from the reading group",
        Url = "https://lab.example.org/posts/reading-group",
        Authors = ["Zoë Ångström", "Rahul Iyer"],
        Published = PartialDate.OfInstant(new DateTimeOffset(2017, 5, 26, 0, 14, 56, TimeSpan.FromHours(5.5))),
        Summary = "We read two papers on sparse attention.",
        ContentHtml = "<p>We read <em>two</em> papers on sparse attention.</p>",
        Tags = ["deep-learning", "reading-group"],
        Links =
        [
            new Link(LinkRel.Alternate, "https://lab.example.org/posts/reading-group"),
            new Link(LinkRel.Pdf, "https://lab.example.org/files/notes.pdf"),
            new Link(LinkRel.Code, "https://git.example.org/lab/sparse"),
        ],
        Sources = ["lab-blog"],
        FirstSeen = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero),
    };

    /// <summary>A paper known only to the year, with a DOI and no HTML content.</summary>
    public static Item PaperOfYear { get; } = new()
    {
        Id = "a1b2c3d4e5f600112233",
        Kind = RecordKind.Publication,
        Title = "Robust estimation under drift",
        Url = "https://pubs.example.org/robust-drift",
        Authors = ["Ana María Pérez"],
        Published = PartialDate.OfYear(2021),
        Year = 2021,
        Venue = "Journal of Examples",
        Summary = "We study estimators that tolerate drift.",
        Links = [new Link(LinkRel.Doi, "https://doi.org/10.1234/example.5678")],
        Identifiers = new Identifiers { Doi = "10.1234/example.5678" },
        Sources = ["pubs-page"],
    };

    /// <summary>A talk known only to the month, with no URL, no summary and no content: only a title.</summary>
    public static Item TalkOfMonth { get; } = new()
    {
        Id = "ffee00112233445566aa",
        Kind = RecordKind.Talk,
        Title = "Invited talk at the spring workshop",
        Published = PartialDate.OfMonth(2021, 2),
        Year = 2021,
        Sources = ["talks"],
    };

    /// <summary>Text built to break naive escaping.</summary>
    public static Item Hostile { get; } = new()
    {
        Id = "0000hostile000000000",
        Kind = RecordKind.Post,
        Title = "Tom & Jerry <script>alert(\"x\")</script> 'quoted' \u0001\u0008bell]]>",
        Url = "https://lab.example.org/posts/hostile?a=1&b=2",
        Authors = ["O'Brien, \"Ed\" <ed@example.org>", "Jürgen Müller-Øster", "李小龙"],
        Summary = "Summary with ]]> and <b>not bold</b> & \u000bvertical tab \ud800lone surrogate, emoji 😀.",
        ContentHtml = "<p>Ends a CDATA ]]> here &amp; has <code>&lt;tags&gt;</code>.</p>",
        Tags = ["c&c", "<tag>", "naïve"],
        Links = [new Link(LinkRel.Slides, "/relative/slides.pdf"), new Link(LinkRel.Related, "javascript:alert(1)")],
        FirstSeen = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero),
        Sources = ["lab-blog"],
    };

    /// <summary>The same paper seen on two sources and merged: two alternate pages, two source ids, later modified.</summary>
    public static Item Merged { get; } = new()
    {
        Id = "7788990011aabbccddee",
        Kind = RecordKind.Publication,
        Title = "A merged paper",
        Url = "https://alice.example.org/papers/merged",
        Authors = ["Alice Adams", "Bob Brown"],
        Published = PartialDate.OfDay(2019, 5, 3),
        Year = 2019,
        Summary = "Seen on Alice's page and on the group's page.",
        Links =
        [
            new Link(LinkRel.Alternate, "https://alice.example.org/papers/merged"),
            new Link(LinkRel.Alternate, "https://group.example.org/publications#merged"),
            new Link(LinkRel.Arxiv, "https://arxiv.org/abs/1905.00001"),
        ],
        Identifiers = new Identifiers { Arxiv = "1905.00001" },
        Sources = ["alice-pubs", "group-pubs"],
        DateModified = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero),
        FirstSeen = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>A group post with no title printed (derived by normalising), no URL, no date but first seen.</summary>
    public static Item Untitled { get; } = new()
    {
        Id = "55aa55aa55aa55aa55aa",
        Kind = RecordKind.Post,
        Summary = "Hi all! The cluster will be down on Friday for maintenance. Save your work.",
        Sources = ["group-posts"],
        FirstSeen = new DateTimeOffset(2026, 11, 22, 18, 30, 0, TimeSpan.FromHours(-5)),
    };

    public static IReadOnlyList<Item> All { get; } = [Post, PaperOfYear, TalkOfMonth, Hostile, Merged, Untitled];

    public static FeedDocument Feed(params Item[] items) => new(
        "Lab & Friends <feed>",
        "https://feeds.example.org/api/feed.atom?limit=50&kind=post",
        "https://feeds.example.org/",
        "Posts & papers from the lab",
        FeedUpdated,
        items);

    public static FeedDocument Full => Feed([.. All]);
    public static FeedDocument Empty => Feed();

    public static async Task<byte[]> WriteAsync(IFeedWriter writer, FeedDocument feed)
    {
        using var stream = new MemoryStream();
        await writer.WriteAsync(feed, stream, CancellationToken.None);
        return stream.ToArray();
    }
}
