using Aggregator.Core.Feeds;
using Aggregator.Core.Records;
using Aggregator.Core.Storage;
using Aggregator.Tests.Shared;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Aggregator.Core.Tests.Storage;

/// <summary>Against a real Azurite; the class's own table prefix keeps it apart from other classes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableItemStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly StorageOptions _options = azurite.NewStorageOptions();

    private TableItemStore NewStore() => new(_options);

    private static Item Post(string id, string title, int position, string text = "Some text of the post.", params string[] tags) => new()
    {
        Id = id, Kind = RecordKind.Post, Title = title, ContentHtml = $"<p>{text}</p>", Summary = text, Tags = tags, Position = position,
    };

    private static Item Paper(string id, string title, int year, params string[] authors) => new()
    {
        Id = id, Kind = RecordKind.Publication, Title = title, Published = PartialDate.OfYear(year), Year = year, Authors = authors,
    };

    private async Task<int> CountRowsAsync(string table)
    {
        var client = new TableServiceClient(azurite.ConnectionString).GetTableClient(table);
        var n = 0;
        await foreach (var _ in client.QueryAsync<TableEntity>()) n++;
        return n;
    }

    private async Task<int[]> CountAllRowsAsync(TableItemStore store) =>
        await Task.WhenAll(store.TableNames.Select(CountRowsAsync));

    [Fact]
    public async Task Saves_and_reads_back_newest_first_with_page_order_for_items_first_seen_together()
    {
        var store = NewStore();
        var result = await store.SaveSourceItemsAsync("lab", [Post("p1", "First on page", 0), Post("p2", "Second", 1), Post("p3", "Third", 2)], T0);
        Assert.Equal(new SaveResult(3, 0, 0, 0, 0), result);
        await store.SaveSourceItemsAsync("lab", [Post("p4", "Newer post", 0), Post("p1", "First on page", 1), Post("p2", "Second", 2), Post("p3", "Third", 3)], T0.AddHours(1));

        var items = await store.QueryAsync(new FeedQuery());

        Assert.Equal(["p4", "p1", "p2", "p3"], items.Select(i => i.Id));
        Assert.All(items, i => Assert.Equal(["lab"], i.Sources));
        Assert.Equal(T0, items[1].FirstSeen);
        Assert.Null(items[1].DateModified);
    }

    [Fact]
    public async Task Saving_the_same_content_again_writes_no_rows_and_no_duplicates()
    {
        var store = NewStore();
        Item[] page = [Post("a", "A", 0), Post("b", "B", 1, "Other text.", "news"), Paper("c", "C paper", 2021, "Ada Lovelace")];
        await store.SaveSourceItemsAsync("lab", page, T0);
        var before = await CountAllRowsAsync(store);

        var again = await store.SaveSourceItemsAsync("lab", page, T0.AddDays(1));

        Assert.Equal(new SaveResult(0, 0, 3, 0, 0), again);
        Assert.Equal(before, await CountAllRowsAsync(store));
        var items = await store.QueryAsync(new FeedQuery());
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Null(i.DateModified));
        Assert.All(items, i => Assert.Equal(T0, i.FirstSeen));
    }

    [Fact]
    public async Task An_edited_item_updates_exactly_that_one_keeping_id_and_first_seen()
    {
        var store = NewStore();
        await store.SaveSourceItemsAsync("lab", [Post("a", "A", 0), Post("b", "B", 1)], T0);

        var t1 = T0.AddDays(2);
        var result = await store.SaveSourceItemsAsync("lab", [Post("a", "A", 0), Post("b", "B (corrected)", 1)], t1);

        Assert.Equal(new SaveResult(0, 1, 1, 0, 0), result);
        var items = (await store.QueryAsync(new FeedQuery())).ToDictionary(i => i.Id);
        Assert.Equal(2, items.Count);
        Assert.Equal("B (corrected)", items["b"].Title);
        Assert.Equal(t1, items["b"].DateModified);
        Assert.Equal(T0, items["b"].FirstSeen);
        Assert.Null(items["a"].DateModified);
    }

    [Fact]
    public async Task A_post_whose_id_changed_with_a_small_edit_keeps_its_stored_id()
    {
        var store = NewStore();
        const string text = "We are hiring two postdocs in probabilistic machine learning, starting in the autumn; apply by March.";
        await store.SaveSourceItemsAsync("lab", [Post("text-id-1", "We are hiring", 0, text)], T0);

        var result = await store.SaveSourceItemsAsync("lab", [Post("text-id-2", "We are hiring", 0, text.Replace("March", "April"))], T0.AddDays(1));

        Assert.Equal(new SaveResult(0, 1, 0, 0, 0), result);
        var item = Assert.Single(await store.QueryAsync(new FeedQuery()));
        Assert.Equal("text-id-1", item.Id);
        Assert.Contains("April", item.Summary);
        Assert.Equal(T0.AddDays(1), item.DateModified);
    }

    [Fact]
    public async Task A_removed_item_leaves_the_feed_but_stays_stored_and_comes_back_when_shown_again()
    {
        var store = NewStore();
        await store.SaveSourceItemsAsync("lab", [Post("a", "A", 0, "x", "news"), Post("b", "B", 1, "y", "news")], T0);

        var removal = await store.SaveSourceItemsAsync("lab", [Post("a", "A", 0, "x", "news")], T0.AddDays(1));
        Assert.Equal(new SaveResult(0, 0, 1, 1, 0), removal);
        Assert.Equal(["a"], (await store.QueryAsync(new FeedQuery())).Select(i => i.Id));
        Assert.Equal(["a"], (await store.QueryAsync(new FeedQuery { Tag = "news" })).Select(i => i.Id));
        Assert.Equal("B", (await store.GetItemAsync("b"))?.Title);

        var back = await store.SaveSourceItemsAsync("lab", [Post("a", "A", 0, "x", "news"), Post("b", "B", 1, "y", "news")], T0.AddDays(2));
        Assert.Equal(new SaveResult(0, 0, 1, 0, 1), back);
        var items = await store.QueryAsync(new FeedQuery { Tag = "news" });
        Assert.Equal(["a", "b"], items.Select(i => i.Id));
        Assert.Equal(T0, items[1].FirstSeen);
        Assert.Null(items[1].DateModified);
    }

    [Fact]
    public async Task Filters_by_kind_source_tag_and_author_ignoring_accents_and_case()
    {
        var store = NewStore();
        await store.SaveSourceItemsAsync("jastrzebski", [
            Paper("p1", "Width matters", 2019, "Stanisław Jastrzębski", "Jane Doe") with { Tags = ["Apprentissage Profond"] },
            Paper("p2", "Older paper", 2017, "Jane Doe"),
        ], T0);
        await store.SaveSourceItemsAsync("lab", [Post("n1", "Group news", 0, "text", "apprentissage-profond", "news")], T0);

        async Task<string[]> Ids(FeedQuery q) => (await store.QueryAsync(q)).Select(i => i.Id).ToArray();

        Assert.Equal(["n1", "p1", "p2"], await Ids(new FeedQuery()));
        Assert.Equal(["p1", "p2"], await Ids(new FeedQuery { Kind = RecordKind.Publication }));
        Assert.Equal(["n1"], await Ids(new FeedQuery { Kind = RecordKind.Post }));
        Assert.Equal(["n1"], await Ids(new FeedQuery { Source = "lab" }));
        Assert.Equal(["n1", "p1"], await Ids(new FeedQuery { Tag = "apprentissage profond" }));
        Assert.Equal(["p1"], await Ids(new FeedQuery { Tag = "APPRENTISSAGE-PROFOND", Kind = RecordKind.Publication }));
        Assert.Equal(["p1"], await Ids(new FeedQuery { Author = "S. Jastrzebski" }));
        Assert.Equal(["p1"], await Ids(new FeedQuery { Author = "stanislaw jastrzebski" }));
        Assert.Equal(["p1", "p2"], await Ids(new FeedQuery { Author = "Doe, Jane" }));
        Assert.Empty(await Ids(new FeedQuery { Author = "Jane Doe", Source = "lab" }));
        Assert.Empty(await Ids(new FeedQuery { Tag = "unknown" }));
    }

    [Fact]
    public async Task Limit_defaults_to_50_and_is_capped_at_500()
    {
        var store = NewStore();
        var page = Enumerable.Range(0, 60).Select(i => Post($"i{i:D2}", $"Post {i}", i)).ToList();
        await store.SaveSourceItemsAsync("lab", page, T0);

        Assert.Equal(50, (await store.QueryAsync(new FeedQuery())).Count);
        Assert.Equal(["i00", "i01", "i02"], (await store.QueryAsync(new FeedQuery { Limit = 3 })).Select(i => i.Id));
        Assert.Equal(60, (await store.QueryAsync(new FeedQuery { Limit = 100_000 })).Count);
    }

    [Fact]
    public async Task A_big_body_goes_to_a_blob_and_reads_back_whole()
    {
        var store = NewStore();
        var big = string.Concat(Enumerable.Range(0, 4000).Select(i => $"Paragraph {i} with ünïcode. "));
        var item = Post("big", "Long essay", 0) with { ContentHtml = $"<p>{big}</p>" };

        await store.SaveSourceItemsAsync("lab", [item, Post("small", "Small", 1)], T0);

        var read = await store.QueryAsync(new FeedQuery());
        Assert.Equal($"<p>{big}</p>", read.Single(i => i.Id == "big").ContentHtml);
        Assert.Equal($"<p>{big}</p>", (await store.GetItemAsync("big"))!.ContentHtml);
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(_options.Prefix.ToLowerInvariant() + "bodies");
        var names = new List<string>();
        await foreach (var b in container.GetBlobsAsync()) names.Add(b.Name);
        Assert.Contains("items/big.json", names);
        Assert.DoesNotContain("items/small.json", names);

        // The same content again is unchanged (the blob body compares equal).
        Assert.Equal(new SaveResult(0, 0, 2, 0, 0), await store.SaveSourceItemsAsync("lab", [item, Post("small", "Small", 1)], T0.AddDays(1)));
    }

    [Fact]
    public async Task The_same_item_from_two_sources_is_one_item_listing_both()
    {
        var store = NewStore();
        var fromJane = Paper("w1", "Shared work", 2022, "Jane Doe") with { Links = [new Link(LinkRel.Pdf, "https://jane.example/w1.pdf")] };
        var fromLab = Paper("w1", "Shared work", 2022, "Jane Doe") with { Links = [new Link(LinkRel.Code, "https://code.example/w1")], Summary = "An abstract." };

        await store.SaveSourceItemsAsync("jane", [fromJane], T0);
        await store.SaveSourceItemsAsync("lab", [fromLab], T0.AddHours(1));

        var item = Assert.Single(await store.QueryAsync(new FeedQuery()));
        Assert.Equal(["jane", "lab"], item.Sources);
        Assert.Equal(2, item.Links.Count);
        Assert.Equal("An abstract.", item.Summary);
        Assert.Equal(T0, item.FirstSeen);
        Assert.Equal(["w1"], (await store.QueryAsync(new FeedQuery { Source = "lab" })).Select(i => i.Id));

        await store.SaveSourceItemsAsync("jane", [], T0.AddDays(1));
        var still = Assert.Single(await store.QueryAsync(new FeedQuery()));
        Assert.Equal(["lab"], still.Sources);
        Assert.Empty(await store.QueryAsync(new FeedQuery { Source = "jane" }));

        await store.SaveSourceItemsAsync("lab", [], T0.AddDays(2));
        Assert.Empty(await store.QueryAsync(new FeedQuery()));
        Assert.NotNull(await store.GetItemAsync("w1"));
    }

    [Fact]
    public async Task A_paper_found_by_title_on_one_source_and_by_doi_on_another_is_stored_once()
    {
        var store = NewStore();
        var onPage = Paper("title-id", "Sparse Routing for Continual Learning", 2022, "Mira Okonkwo") with
        {
            Published = PartialDate.OfMonth(2022, 3), Summary = "A longer abstract from the member's page.",
        };
        var inBib = Paper("doi-id", "Sparse routing for continual learning", 2022, "Okonkwo, Mira", "Lena Fischer") with
        {
            Identifiers = new Identifiers { Doi = "10.5555/x.2022.1" }, Venue = "ICML",
        };
        // Papers dated between the two copies, so a feed read that merged late would see them apart.
        var between = Enumerable.Range(1, 5).Select(m => Paper($"other-{m}", $"Another paper number {m} here", 2022) with { Published = PartialDate.OfMonth(2022, 12 - m) }).ToList();

        await store.SaveSourceItemsAsync("page", [onPage, .. between], T0);
        await store.SaveSourceItemsAsync("bib", [inBib], T0.AddHours(1));

        Assert.Null(await store.GetItemAsync("doi-id"));
        var joined = await store.GetItemAsync("title-id");
        Assert.NotNull(joined);
        Assert.Equal(["page", "bib"], joined.Sources);
        Assert.Equal("10.5555/x.2022.1", joined.Identifiers.Doi);
        Assert.Equal("ICML", joined.Venue);
        Assert.Equal(6, (await store.QueryAsync(new FeedQuery { Kind = RecordKind.Publication })).Count);
        Assert.Equal(["page", "bib"], Assert.Single(await store.QueryAsync(new FeedQuery { Author = "Lena Fischer", Limit = 1 })).Sources);

        // Re-ingesting the BibTeX finds its earlier join without a lookup and changes nothing.
        Assert.Equal(new SaveResult(0, 0, 1, 0, 0), await store.SaveSourceItemsAsync("bib", [inBib], T0.AddDays(1)));
        // The page drops the paper: the BibTeX still shows it, under the same id.
        await store.SaveSourceItemsAsync("page", between, T0.AddDays(2));
        var kept = await store.GetItemAsync("title-id");
        Assert.Equal(["bib"], kept!.Sources);
        Assert.Contains(await store.QueryAsync(new FeedQuery { Source = "bib" }), i => i.Id == "title-id");
    }

    [Fact]
    public async Task Copies_saved_at_the_same_moment_are_one_entry_and_the_limit_is_still_filled()
    {
        var store = NewStore();
        var onPage = Paper("title-id", "Calibrated Surge Ensembles in Practice", 2025) with { Published = PartialDate.OfMonth(2025, 6) };
        var inBib = Paper("doi-id", "Calibrated surge ensembles in practice", 2025) with { Identifiers = new Identifiers { Doi = "10.5555/surge.2025" } };
        var older = Enumerable.Range(1, 3).Select(i => Paper($"older-{i}", $"An older paper number {i}", 2020 + i)).ToList();
        await store.SaveSourceItemsAsync("page", older, T0);

        // Neither save sees the other's copy when both look at once; the feed read merges what they wrote.
        await Task.WhenAll(
            store.SaveSourceItemsAsync("page", [onPage, .. older], T0.AddHours(1)),
            store.SaveSourceItemsAsync("bib", [inBib], T0.AddHours(1)));

        var feed = await store.QueryAsync(new FeedQuery { Limit = 2 });
        Assert.Equal(2, feed.Count);
        Assert.Equal(["bib", "page"], feed[0].Sources.Order());
        Assert.Equal("An older paper number 3", feed[1].Title);
    }

    [Fact]
    public async Task Papers_that_share_a_title_but_not_a_doi_stay_apart()
    {
        var store = NewStore();
        var conference = Paper("a", "Learning to Route Tasks in Sparse Networks", 2021) with { Identifiers = new Identifiers { Doi = "10.5555/conf.2021.1" } };
        var journal = Paper("b", "Learning to route tasks in sparse networks", 2022) with { Identifiers = new Identifiers { Doi = "10.5555/journal.2022.9" } };

        await store.SaveSourceItemsAsync("lab", [conference], T0);
        await store.SaveSourceItemsAsync("member", [journal], T0);

        Assert.NotNull(await store.GetItemAsync("a"));
        Assert.NotNull(await store.GetItemAsync("b"));
        Assert.Equal(2, (await store.QueryAsync(new FeedQuery())).Count);
    }

    [Fact]
    public async Task Two_sources_saving_the_same_item_at_once_end_with_both_listed()
    {
        var store = NewStore();
        var paper = Paper("race", "Raced work", 2023, "Jane Doe");

        await Task.WhenAll(
            store.SaveSourceItemsAsync("s1", [paper], T0),
            store.SaveSourceItemsAsync("s2", [paper], T0),
            store.SaveSourceItemsAsync("s3", [paper], T0));

        var item = Assert.Single(await store.QueryAsync(new FeedQuery()));
        Assert.Equal(["s1", "s2", "s3"], item.Sources.Order());
        foreach (var s in new[] { "s1", "s2", "s3" })
            Assert.Single(await store.QueryAsync(new FeedQuery { Source = s }));
    }

    [Fact]
    public async Task Statuses_snapshots_and_ping()
    {
        var store = NewStore();
        Assert.True(await store.PingAsync());

        await store.SetStatusAsync(new SourceStatus { SourceId = "a", Ok = true, LastAttempt = T0, ItemCount = 3, ETag = "\"e\"" });
        await store.SetStatusAsync(new SourceStatus { SourceId = "b", Ok = false, LastAttempt = T0, Error = "parse: bad (at line 3)" });
        await store.SetStatusAsync(new SourceStatus { SourceId = "a", Ok = true, LastAttempt = T0.AddHours(1), ItemCount = 4 });

        var statuses = (await store.GetStatusesAsync()).OrderBy(s => s.SourceId).ToList();
        Assert.Equal(["a", "b"], statuses.Select(s => s.SourceId));
        Assert.Equal(4, statuses[0].ItemCount);
        Assert.Equal("parse: bad (at line 3)", statuses[1].Error);

        await store.SaveSnapshotAsync("a", "<html>raw</html>", "text/html", T0);
        Assert.Equal(["a/20250601T080000000Z"], await store.ListSnapshotsAsync("a"));
    }

    [Fact]
    public async Task Ping_is_false_when_storage_does_not_answer()
    {
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var dead = azurite.ConnectionString.Replace(new Uri(azurite.ConnectionString.Split("TableEndpoint=")[1].TrimEnd(';')).Port.ToString(), port.ToString());

        var store = new TableItemStore(new StorageOptions { ConnectionString = dead, Prefix = _options.Prefix, MaxRetries = 0 });

        Assert.False(await store.PingAsync());
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("q?")]
    [InlineData("")]
    public async Task Ids_that_cannot_be_table_keys_are_refused_before_anything_is_written(string id)
    {
        var store = NewStore();
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveSourceItemsAsync("lab", [Post("fine", "Fine", 0), Post(id, "Bad", 1)], T0));
        Assert.Empty(await store.QueryAsync(new FeedQuery()));
    }
}
