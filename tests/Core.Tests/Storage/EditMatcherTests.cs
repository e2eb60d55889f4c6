using Aggregator.Core.Records;
using Aggregator.Core.Storage;

namespace Aggregator.Core.Tests.Storage;

public class EditMatcherTests
{
    private static Item Post(string id, string text, string? title = null, bool derived = true, RecordKind kind = RecordKind.Post) => new()
    {
        Id = id, Kind = kind, Title = title ?? text.Split('.')[0], TitleDerived = derived, ContentHtml = $"<p>{text}</p>",
    };

    private const string Long =
        "Our group presented three papers at the workshop on robust learning in Vienna this week. " +
        "Thanks to everyone who came to the posters and asked hard questions about calibration and shift.";

    [Fact]
    public void A_typo_fix_pairs_with_the_stored_post()
    {
        var edited = Post("new", Long.Replace("Vienna", "Viena").Replace("hard", "difficult"));
        var pairs = EditMatcher.Pair([edited], [Post("old", Long)]);
        Assert.Equal([(0, 0)], pairs);
    }

    [Fact]
    public void Different_posts_do_not_pair()
    {
        var other = Post("new", "The reading group moves to Thursdays at noon, starting next month, in room 4.12 of the main building.");
        Assert.Empty(EditMatcher.Pair([other], [Post("old", Long)]));
        Assert.True(EditMatcher.Similarity(other, Post("old", Long)) < 0.2);
    }

    [Fact]
    public void Each_stored_post_pairs_at_most_once_with_the_best_match()
    {
        var stored = Post("old", Long);
        var close = Post("a", Long.Replace("three", "four"));
        var closer = Post("b", Long + " Slides follow.");
        var pairs = EditMatcher.Pair([close, closer], [stored]);
        var pair = Assert.Single(pairs);
        Assert.Equal(0, pair.Stored);
        Assert.Equal(EditMatcher.Similarity(close, stored) > EditMatcher.Similarity(closer, stored) ? 0 : 1, pair.Incoming);
    }

    [Fact]
    public void A_short_post_with_the_same_title_and_date_pairs_even_when_words_change()
    {
        var date = PartialDate.OfDay(2024, 5, 2);
        var stored = Post("old", "Welcome Maya, our new PhD student!", "Welcome Maya", derived: false) with { Published = date };
        var edited = Post("new", "Welcome Maya, our new doctoral student from Lyon!", "Welcome Maya", derived: false) with { Published = date };
        Assert.Single(EditMatcher.Pair([edited], [stored]));
        Assert.Empty(EditMatcher.Pair([edited with { Published = PartialDate.OfDay(2025, 5, 2) }], [stored]));
    }

    [Fact]
    public void Publications_and_other_kinds_never_pair()
    {
        Assert.Empty(EditMatcher.Pair([Post("n", Long, kind: RecordKind.Publication)], [Post("o", Long, kind: RecordKind.Publication)]));
        Assert.Empty(EditMatcher.Pair([Post("n", Long, kind: RecordKind.Talk)], [Post("o", Long)]));
    }
}
