using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class DerivedTitlesTests
{
    [Fact]
    public void Drops_the_greeting_and_keeps_the_first_sentence() =>
        Assert.Equal("This week we read about causal forests", DerivedTitles.FromText("Hey everyone! This week we read about causal forests. Join us at 5pm."));

    [Fact]
    public void Cuts_long_sentences_at_a_word_boundary_near_80()
    {
        var title = DerivedTitles.FromText("Hi all, " + string.Join(' ', Enumerable.Repeat("representation", 12)) + " end.")!;
        Assert.True(title.Length <= DerivedTitles.TargetLength + 1, title);
        Assert.EndsWith("…", title);
        Assert.DoesNotContain("Hi all", title);
        Assert.StartsWith("representation representation", title);
    }

    [Fact]
    public void Abbreviations_do_not_end_the_sentence() =>
        Assert.Equal("We compare e.g. forests and trees", DerivedTitles.FromText("We compare e.g. forests and trees. More later."));

    [Fact]
    public void Empty_text_gives_no_title() => Assert.Null(DerivedTitles.FromText("   "));

    [Theory]
    [InlineData("Dear reading group members, the room has changed.", "the room has changed")]
    [InlineData("Hello everyone and welcome back! We start with GANs.", "We start with GANs")]
    [InlineData("Hey everyone 👋 Slides are up.", "Slides are up")]
    [InlineData("Hi all — quick note about Friday.", "quick note about Friday")]
    [InlineData("High-dimensional statistics was the topic.", "High-dimensional statistics was the topic")]
    public void Greetings_address_anyone_in_a_few_words(string text, string title) =>
        Assert.Equal(title, DerivedTitles.FromText(text));
}
