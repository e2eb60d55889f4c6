using Aggregator.Core.Feeds;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Aggregator.Core.Tests.Support;
using Aggregator.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace Aggregator.Core.Tests.Ingestion;

/// <summary>The whole path on local files, the test format, the real normaliser and a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestionServiceTests(AzuriteFixture azurite)
    : LocalIngestionTest(azurite, new DateTimeOffset(2025, 9, 1, 6, 0, 0, TimeSpan.Zero))
{
    private const string GoodLab = """
        #lines
        post | 2025-08-20 | Welcome to our new students |  | | Three new PhD students joined the lab this month. | https://lab.example/news/welcome
        post | 2025-07-02 | Paper accepted at the summer conference | Ada Lovelace | awards | Our paper on calibrated forecasts was accepted. | https://lab.example/news/accepted
        """;

    private const string GoodPubs = """
        #lines
        publication | 2024 | Calibrated Forecasts in Practice | Lovelace, Ada; Gödel, Kurt | | We study forecasts. |
        publication | 2021 | An Older Result | Ada Lovelace | | Old work. |
        """;

    private IngestionService Service(params SourceDefinition[] sources) => Service(LinesFormat.Registry(), sources);

    private static SourceDefinition Source(string id, string url, params string[] tags) => new() { Id = id, Url = url, Tags = tags };

    private async Task<SourceStatus> StatusOf(string id) => (await _store.GetStatusesAsync()).Single(s => s.SourceId == id);

    [Fact]
    public async Task Ingests_every_source_with_its_tags_and_records_its_status()
    {
        var service = Service(Source("lab", Write("lab.txt", GoodLab), "lab-news"), Source("ada", Write("pubs.txt", GoodPubs)));

        var report = await service.IngestAllAsync();

        Assert.Equal(0, report.Failed);
        var posts = await _store.QueryAsync(new FeedQuery { Source = "lab" });
        Assert.Equal(["Welcome to our new students", "Paper accepted at the summer conference"], posts.Select(p => p.Title));
        Assert.All(posts, p => Assert.Contains("lab-news", p.Tags));
        Assert.Equal(2, (await _store.QueryAsync(new FeedQuery { Tag = "Lab News" })).Count);
        var pubs = await _store.QueryAsync(new FeedQuery { Kind = RecordKind.Publication, Author = "Kurt Godel" });
        Assert.Equal("Calibrated Forecasts in Practice", Assert.Single(pubs).Title);
        Assert.Equal(["Ada Lovelace", "Kurt Gödel"], pubs[0].Authors);

        var status = await StatusOf("lab");
        Assert.True(status.Ok);
        Assert.Equal(2, status.ItemCount);
        Assert.Equal(LinesFormat.FormatName, status.Format);
        Assert.Equal(new SaveResult(2, 0, 0, 0, 0), status.Changes);
        Assert.Equal(_time.Now, status.LastSuccess);
        Assert.Single(await _store.ListSnapshotsAsync("lab"));
    }

    [Fact]
    public async Task Reingesting_the_same_content_changes_nothing()
    {
        var service = Service(Source("lab", Write("lab.txt", GoodLab)));
        await service.IngestAllAsync();
        var first = await _store.QueryAsync(new FeedQuery());

        _time.Now = _time.Now.AddHours(6);
        var status = await service.IngestSourceAsync("lab");

        Assert.True(status.Ok);
        Assert.Equal(new SaveResult(0, 0, 2, 0, 0), status.Changes);
        var again = await _store.QueryAsync(new FeedQuery());
        Assert.Equal(first.Select(i => i.Id), again.Select(i => i.Id));
        Assert.All(again, i => Assert.Null(i.DateModified));
    }

    [Fact]
    public async Task An_edited_post_without_url_keeps_its_id_and_gets_date_modified()
    {
        const string before = """
            #lines
            post | 2025-08-01 |  |  | | Dear all, the lab retreat will take place in the mountains from 3 to 5 October; please register by Friday. |
            post | 2025-07-01 |  |  | | Our seminar series resumes in the autumn with talks on causality and robustness. |
            """;
        var path = Write("posts.txt", before);
        var service = Service(Source("group", path));
        await service.IngestAllAsync();
        var original = await _store.QueryAsync(new FeedQuery());

        File.WriteAllText(path, before.Replace("Friday", "Thursday"));
        _time.Now = _time.Now.AddDays(1);
        var status = await service.IngestSourceAsync("group");

        Assert.Equal(new SaveResult(0, 1, 1, 0, 0), status.Changes);
        var edited = await _store.QueryAsync(new FeedQuery());
        Assert.Equal(original.Select(i => i.Id), edited.Select(i => i.Id));
        Assert.Contains("Thursday", edited[0].Summary);
        Assert.Equal(_time.Now, edited[0].DateModified);
        Assert.Null(edited[1].DateModified);
    }

    [Fact]
    public async Task A_failing_source_records_its_error_while_others_ingest_and_its_stored_items_stay()
    {
        var badPath = Write("bad.txt", GoodPubs);
        var service = Service(Source("lab", Write("lab.txt", GoodLab)), Source("ada", badPath));
        await service.IngestAllAsync();
        var firstSuccess = _time.Now;

        File.WriteAllText(badPath, GoodPubs + "\npublication | 2020 broken line without fields\n");
        File.WriteAllText(Path.Combine(_dir, "lab.txt"), GoodLab.Replace("Three new", "Four new"));
        _time.Now = _time.Now.AddHours(6);
        var report = await service.IngestAllAsync();

        Assert.Equal(1, report.Failed);
        var ada = await StatusOf("ada");
        Assert.False(ada.Ok);
        Assert.StartsWith("parse: ", ada.Error);
        Assert.Contains("line 4", ada.Error);
        Assert.Equal(firstSuccess, ada.LastSuccess);
        Assert.Equal(2, (await _store.QueryAsync(new FeedQuery { Source = "ada" })).Count);
        Assert.True((await StatusOf("lab")).Ok);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("ada") && e.Message.Contains("line 4"));
    }

    [Fact]
    public async Task Fetch_and_detect_failures_name_the_step()
    {
        var service = Service(
            Source("missing", Path.Combine(_dir, "nowhere.txt")),
            Source("unknown", Write("plain.txt", "just some text, no known shape")),
            Source("ok", Write("lab.txt", GoodLab)));

        var report = await service.IngestAllAsync();

        Assert.Equal(2, report.Failed);
        Assert.StartsWith("fetch: ", (await StatusOf("missing")).Error);
        Assert.Contains("nowhere.txt", (await StatusOf("missing")).Error);
        Assert.StartsWith("detect: ", (await StatusOf("unknown")).Error);
        Assert.True(report.Sources.Single(s => s.SourceId == "ok").Ok);
    }

    [Fact]
    public async Task A_page_that_suddenly_has_no_items_is_refused_and_nothing_is_removed()
    {
        var path = Write("lab.txt", GoodLab);
        var service = Service(Source("lab", path));
        await service.IngestAllAsync();

        File.WriteAllText(path, "#lines\n");
        var status = await service.IngestSourceAsync("lab");

        Assert.False(status.Ok);
        Assert.Contains("no items", status.Error);
        Assert.Equal(2, (await _store.QueryAsync(new FeedQuery())).Count);
    }

    [Fact]
    public async Task A_removed_post_leaves_the_feed_and_returns_when_shown_again()
    {
        var path = Write("lab.txt", GoodLab);
        var service = Service(Source("lab", path));
        await service.IngestAllAsync();

        var lines = GoodLab.Split('\n');
        File.WriteAllText(path, string.Join('\n', lines[0], lines[1]));
        Assert.Equal(new SaveResult(0, 0, 1, 1, 0), (await service.IngestSourceAsync("lab")).Changes);
        Assert.Single(await _store.QueryAsync(new FeedQuery()));

        File.WriteAllText(path, GoodLab);
        Assert.Equal(new SaveResult(0, 0, 1, 0, 1), (await service.IngestSourceAsync("lab")).Changes);
        Assert.Equal(2, (await _store.QueryAsync(new FeedQuery())).Count);
    }

    [Fact]
    public async Task A_folder_source_reads_every_file_in_order()
    {
        Write("posts/2025-01-a.txt", "#lines\npost |  | From file A |  | | First file. |\n");
        Write("posts/2025-02-b.txt", "#lines\npost |  | From file B one |  | | Second file. |\npost |  | From file B two |  | | More. |\n");
        Write("posts/README.md", "This folder holds the group's posts.");
        var service = Service(Source("folder", Path.Combine(_dir, "posts")));

        var status = await service.IngestSourceAsync("folder");

        Assert.True(status.Ok, status.Error);
        Assert.Equal(["From file A", "From file B one", "From file B two"], (await _store.QueryAsync(new FeedQuery())).Select(i => i.Title));
        Assert.Equal(3, (await _store.ListSnapshotsAsync("folder")).Count);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("README.md"));
    }

    [Fact]
    public async Task Two_ingestions_of_one_source_at_once_do_not_interleave()
    {
        var service = Service(Source("lab", Write("lab.txt", GoodLab)));

        var statuses = await Task.WhenAll(service.IngestSourceAsync("lab"), service.IngestSourceAsync("lab"), service.IngestAllAsync().ContinueWith(t => t.Result.Sources[0]));

        Assert.All(statuses, s => Assert.True(s.Ok, s.Error));
        // One run adds the two posts; the others, after it, find them unchanged.
        Assert.Single(statuses, s => s.Changes == new SaveResult(2, 0, 0, 0, 0));
        Assert.Equal(2, statuses.Count(s => s.Changes == new SaveResult(0, 0, 2, 0, 0)));
        Assert.Equal(2, (await _store.QueryAsync(new FeedQuery())).Count);
    }

    [Fact]
    public async Task A_not_modified_url_is_a_success_without_changes()
    {
        await using var server = new LoopbackServer(async c =>
        {
            if (c.Request.Headers["If-None-Match"] == "\"lab-1\"") { c.Response.StatusCode = 304; return; }
            c.Response.Headers["ETag"] = "\"lab-1\"";
            await LoopbackServer.WriteAsync(c.Response, System.Text.Encoding.UTF8.GetBytes(GoodLab));
        });
        var service = Service(Source("web", server.Url + "news.txt"));

        var first = await service.IngestSourceAsync("web");
        _time.Now = _time.Now.AddHours(6);
        var second = await service.IngestSourceAsync("web");

        Assert.True(first.Ok, first.Error);
        Assert.Equal("\"lab-1\"", first.ETag);
        Assert.True(second.Ok);
        Assert.Null(second.Changes);
        Assert.Equal(2, second.ItemCount);
        Assert.Equal(_time.Now, second.LastSuccess);
        Assert.Equal(2, server.Requests);
        Assert.Equal(2, (await _store.QueryAsync(new FeedQuery())).Count);
    }

    [Fact]
    public async Task An_unknown_source_id_throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Service().IngestSourceAsync("nope"));
    }

    [Fact]
    public async Task Unreachable_storage_is_a_store_error_in_the_report_not_a_crash()
    {
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var dead = new TableItemStore(new StorageOptions
        {
            ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
            MaxRetries = 0,
        });
        var service = new IngestionService([Source("lab", Write("lab.txt", GoodLab))], _fetcher, LinesFormat.Registry(), new ItemNormaliser(), dead, _log, _time);

        var report = await service.IngestAllAsync();

        var status = Assert.Single(report.Sources);
        Assert.False(status.Ok);
        Assert.StartsWith("store: ", status.Error);
        Assert.DoesNotContain("\n", status.Error);
    }
}
