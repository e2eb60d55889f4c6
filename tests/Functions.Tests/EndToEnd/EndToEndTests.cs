using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Aggregator.Core.Setup;
using Aggregator.Functions.Hosting;
using Aggregator.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Functions.Tests.EndToEnd;

/// <summary>
/// The whole app over a real Azurite with the repository's sources.json (the bundled samples): ingest
/// through the admin route and the timer invocation, then read the three feeds with independent parsers.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AdminKey = "e2e-admin-key-7d20";
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _factory = RealApp(azurite.ConnectionString);
        _admin = _factory.CreateClient();
        _admin.DefaultRequestHeaders.Add("x-functions-key", AdminKey);
        var response = await _admin.PostAsync("/api/admin/ingest", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static WebApplicationFactory<Program> RealApp(string connection) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting(CoreSettings.StorageSetting, connection);
            b.UseSetting(CoreSettings.StoragePrefixSetting, "e" + Guid.NewGuid().ToString("N")[..12]);
            b.UseSetting(CoreSettings.SourcesSetting, Path.Combine(RepositoryRoot(), "sources.json"));
            b.UseSetting(AggregatorSettings.AdminKeySetting, AdminKey);
            b.UseSetting(HandlerMode.PortSetting, "0");
        });

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Aggregator.sln"))) return dir.FullName;
        throw new InvalidOperationException("No Aggregator.sln above the test output.");
    }

    private async Task<List<JsonElement>> JsonFeedItems(string query = "")
    {
        var feed = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/feed.json" + query);
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        return feed.GetProperty("items").EnumerateArray().ToList();
    }

    private static string Title(JsonElement item) => item.GetProperty("title").GetString()!;

    [Fact]
    public async Task Every_sample_source_ingests_and_every_sample_item_is_in_the_json_feed()
    {
        var statuses = await _admin.GetFromJsonAsync<JsonElement>("/api/sources");
        var list = statuses.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(6, list.Count);
        Assert.All(list, s => Assert.True(s.GetProperty("ok").GetBoolean(), s.ToString()));

        var titles = (await JsonFeedItems()).Select(Title).ToList();
        // 15 records in the samples; the drift-correction paper is on both Priya's BibTeX and Inês's page.
        Assert.Equal(14, titles.Count);
        Assert.Contains("New firmware for the harbour buoys", titles);
        Assert.Contains("Summer school on ocean data: applications open", titles);
        Assert.Contains("Welcome, Inês!", titles);
        Assert.Contains("Paper accepted: drift correction for low-cost salinity sensors", titles);
        Assert.Contains("Seminar: what tide gauges miss", titles);
        Assert.Contains("A Decade of Harbour Buoys: What Broke and Why", titles);
        Assert.Contains("Error bars for citizen ocean data", titles);
        Assert.Contains("Our first session of the autumn term was a great start: fourteen people came…", titles);
    }

    [Fact]
    public async Task A_paper_on_two_sources_in_two_formats_is_one_entry_listing_both()
    {
        var drift = Assert.Single(await JsonFeedItems("?kind=publication"), i => Title(i).StartsWith("Drift", StringComparison.OrdinalIgnoreCase));
        var record = drift.GetProperty("_aggregator");
        Assert.Equal(["carvalho-page", "raman-publications"], record.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Order());
        Assert.Equal("10.5555/ociw.2025.017", record.GetProperty("identifiers").GetProperty("doi").GetString());
        // The page's abstract is the richer one; the BibTeX has none.
        Assert.Contains("state-space model", drift.GetProperty("content_text").GetString());
        // Stored as one item, so a one-item feed of Inês's papers already lists both sources.
        var newest = Assert.Single(await JsonFeedItems("?kind=publication&author=Ines%20Carvalho&limit=1"));
        Assert.Equal(2, newest.GetProperty("_aggregator").GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Reingesting_the_same_content_adds_no_duplicates()
    {
        var before = (await JsonFeedItems()).Select(i => i.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync("/api/admin/ingest", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync("/api/admin/sources/coastal-lab-posts/ingest", null)).StatusCode);
        var after = (await JsonFeedItems()).Select(i => i.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Filters_select_by_source_tag_and_author_and_limit_cuts_newest_first()
    {
        Assert.Equal(2, (await JsonFeedItems("?source=coastal-lab-news")).Count);
        Assert.Equal(["Seminar: what tide gauges miss", "Seminar: cheap sensors, honest error bars"],
            (await JsonFeedItems("?source=coastal-lab-seminars")).Select(Title));
        Assert.Equal(["New firmware for the harbour buoys"], (await JsonFeedItems("?tag=instrumentation")).Select(Title));
        Assert.Equal(3, (await JsonFeedItems("?source=coastal-reading-group")).Count);
        Assert.Equal(3, (await JsonFeedItems("?tag=reading-group")).Count);
        Assert.Equal(["Drift Correction for Low-Cost Salinity Sensors", "Error bars for citizen ocean data", "A Decade of Harbour Buoys: What Broke and Why"],
            (await JsonFeedItems("?kind=publication")).Select(Title));
        var priya = (await JsonFeedItems("?author=priya%20raman")).Select(Title).ToList();
        Assert.Contains("Summer school on ocean data: applications open", priya);
        Assert.Contains("Seminar: cheap sensors, honest error bars", priya);
        Assert.Contains("A Decade of Harbour Buoys: What Broke and Why", priya);
        Assert.DoesNotContain("Welcome, Inês!", priya);

        // The reading group's posts carry no dates: they are dated when first seen (now), so they lead,
        // in the page's order.
        Assert.Equal(["This Thursday we read \"Gaussian processes for tide gauge gaps\"", "Thanks to everyone who came to last week's session on sensor drift"],
            (await JsonFeedItems("?limit=2")).Select(Title));
        Assert.Equal("Seminar: what tide gauges miss", Title(Assert.Single(await JsonFeedItems("?limit=1&source=coastal-lab-seminars"))));
    }

    [Fact]
    public async Task Rss_and_atom_carry_the_same_items_and_parse_with_an_independent_reader()
    {
        var jsonTitles = (await JsonFeedItems()).Select(Title).ToList();
        foreach (var (path, mediaType) in new[] { ("/api/feed.rss", "application/rss+xml"), ("/api/feed.atom", "application/atom+xml") })
        {
            var response = await _factory.CreateClient().GetAsync(path);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
            using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var feed = SyndicationFeed.Load(reader);
            Assert.Equal(jsonTitles, feed.Items.Select(i => i.Title.Text));
        }
    }

    [Fact]
    public async Task The_timer_invocation_runs_the_real_ingestion()
    {
        const string payload = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"ScheduledIngest","UtcNow":"2026-11-23T12:00:00Z","RandGuid":"6f1f0c0e-1b8e-4a57-9d2f-2f7c0f3a9b11"}}}""";
        var response = await _factory.CreateClient().PostAsync("/ScheduledIngest", new StringContent(payload, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("Logs").EnumerateArray(), l => l.GetString() == "Ingested 6 sources, 0 failed.");
        Assert.Equal(6, body.GetProperty("ReturnValue").GetProperty("sources").GetInt32());
        Assert.Equal(14, (await JsonFeedItems()).Count);
    }

    [Fact]
    public async Task Health_is_200_against_azurite_and_503_against_a_closed_port()
    {
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateClient().GetAsync("/api/health")).StatusCode);

        var closed = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        await using var broken = RealApp(closed);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await broken.CreateClient().GetAsync("/api/health")).StatusCode);
    }
}
