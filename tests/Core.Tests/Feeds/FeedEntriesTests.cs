using Aggregator.Core.Formats.Feeds;

namespace Aggregator.Core.Tests.Feeds;

public class FeedEntriesTests
{
    [Theory]
    [InlineData("jane@example.org (Jane Doe)", "Jane Doe")]
    [InlineData("Jane Doe <jane@example.org>", "Jane Doe")]
    [InlineData("\"Doe, Jane\" <jane@example.org>", "Doe, Jane")]
    [InlineData("  Åsa   Lindqvist ", "Åsa Lindqvist")]
    [InlineData("jane@example.org", null)]
    [InlineData("Unknown", null)]
    [InlineData("admin", null)]
    [InlineData("", null)]
    public void Author_names_come_out_of_author_fields(string raw, string? expected) =>
        Assert.Equal(expected, FeedEntries.AuthorName(raw));

    [Theory]
    [InlineData("<p>We did a thing. The method uses a &#8230; <a href=\"x\">Continue reading →</a></p>", "We did a thing. The method uses a …")]
    [InlineData("We did a thing [&hellip;]", "We did a thing")]
    [InlineData("<p>Body.</p><p>The post <a href=\"x\">Hello</a> appeared first on <a href=\"y\">Lab Blog</a>.</p>", "Body.")]
    [InlineData("Read more about it in the paper, which is long.", "Read more about it in the paper, which is long.")]
    public void Summary_text_drops_read_more_tails(string html, string expected) =>
        Assert.Equal(expected, FeedEntries.Body(null, html).Summary);

    [Fact]
    public void Content_wins_for_html_and_summary_only_entries_keep_their_summary()
    {
        Assert.Equal(("<p>full</p>", "short"), FeedEntries.Body("<p>full</p>", "short"));
        Assert.Equal(("<b>only</b> this", "only this"), FeedEntries.Body(null, "<b>only</b> this"));
        Assert.Equal(((string?)null, (string?)null), FeedEntries.Body("  ", null));
    }
}
