using Aggregator.Core.Feeds;
using Aggregator.Core.Formats;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Records;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Aggregator.Core.Tests.Support;
using Aggregator.Tests.Shared;

namespace Aggregator.Core.Tests.Ingestion;

/// <summary>
/// A real undated group page (group-posts, detected) over several ingestions into Azurite: the same page
/// adds nothing, an edited post updates in place, a vanished post leaves the feed and comes back.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GroupPageLifecycleTests(AzuriteFixture azurite)
    : LocalIngestionTest(azurite, new DateTimeOffset(2025, 11, 3, 8, 0, 0, TimeSpan.Zero))
{
    private const string Description = """
        Robust Learning Reading Circle

        We meet on Saturdays to read and discuss papers on robustness, distribution shift and generalisation. Newcomers are always welcome.
        """;

    private const string Newest = """
        Hello everyone! Last Saturday Amara walked us through certified defences against adversarial patches, and the discussion ran well past the hour.

        Her notes are on the group drive.
        """;

    private const string Middle = "We had a lively session on distribution shift benchmarks, comparing how five datasets define what a shift is.";

    private const string Oldest = """
        Hi all! Our first meeting of the term is this Saturday at 10am in room 2.14; we will pick the reading list together.
        Image
        """;

    private const string Footer = "© 2025 Robust Learning Reading Circle · Contact · Privacy";

    private static string Page(params string[] posts) => string.Join('\n', [Description, .. posts, Footer]) + "\n";

    private string WritePage(string text) => Write("circle.txt", text);

    private IngestionService Service(string path) => Service(FormatRegistry.CreateDefault(), new SourceDefinition { Id = "circle", Url = path });

    private Task<IReadOnlyList<Item>> Feed() => _store.QueryAsync(new FeedQuery { Source = "circle" });

    [Fact]
    public async Task Same_page_adds_nothing_an_edit_updates_one_post_and_a_removal_drops_exactly_one()
    {
        var path = WritePage(Page(Newest, Middle, Oldest));
        var service = Service(path);

        var first = await service.IngestSourceAsync("circle");
        Assert.True(first.Ok, first.Error);
        Assert.Equal("group-posts", first.Format);
        var posts = await Feed();
        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.True(p.TitleDerived));
        Assert.StartsWith("Last Saturday Amara walked us through", posts[0].Title);
        // Undated posts are dated when first seen and keep the page's order.
        Assert.All(posts, p => Assert.Equal(_time.Now, p.FirstSeen));
        Assert.DoesNotContain(posts, p => p.Summary!.Contains("Newcomers") || p.Summary!.Contains("Privacy") || p.Summary!.Contains("Image"));

        _time.Now = _time.Now.AddHours(6);
        var again = await service.IngestSourceAsync("circle");
        Assert.Equal(new SaveResult(0, 0, 3, 0, 0), again.Changes);
        Assert.Equal(posts.Select(p => p.Id), (await Feed()).Select(p => p.Id));

        // A typo fixed in the middle post: same id, date_modified set, the others untouched.
        _time.Now = _time.Now.AddDays(1);
        WritePage(Page(Newest, Middle.Replace("five datasets", "six datasets"), Oldest));
        var edited = await service.IngestSourceAsync("circle");
        Assert.Equal(new SaveResult(0, 1, 2, 0, 0), edited.Changes);
        var afterEdit = await Feed();
        Assert.Equal(posts.Select(p => p.Id), afterEdit.Select(p => p.Id));
        Assert.Contains("six datasets", afterEdit[1].Summary);
        Assert.Equal(_time.Now, afterEdit[1].DateModified);
        Assert.Null(afterEdit[0].DateModified);
        Assert.Null(afterEdit[2].DateModified);

        // The oldest post disappears from the page: exactly that one leaves the feed, but stays stored.
        _time.Now = _time.Now.AddDays(1);
        WritePage(Page(Newest, Middle.Replace("five datasets", "six datasets")));
        var removed = await service.IngestSourceAsync("circle");
        Assert.Equal(1, removed.Changes!.Removed);
        var afterRemoval = await Feed();
        Assert.Equal(posts.Take(2).Select(p => p.Id), afterRemoval.Select(p => p.Id));
        Assert.NotNull(await _store.GetItemAsync(posts[2].Id));

        // It comes back when the page shows it again, with its original id.
        WritePage(Page(Newest, Middle.Replace("five datasets", "six datasets"), Oldest));
        var restored = await service.IngestSourceAsync("circle");
        Assert.Equal(1, restored.Changes!.Restored);
        Assert.Equal(posts.Select(p => p.Id), (await Feed()).Select(p => p.Id));
    }
}
