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

    [Theory]
    [InlineData("Prof. L. Ortega (Lima) will visit us. More soon.", "Prof. L. Ortega (Lima) will visit us")]
    [InlineData("A new student (R. Almeida) joins from Apr. 2025. Welcome!", "A new student (R. Almeida) joins from Apr. 2025")]
    [InlineData("Ana finished her Ph. D. study. Congratulations!", "Ana finished her Ph. D. study")]
    [InlineData("She heads to Oslo for her Ph.D. We will miss her.", "She heads to Oslo for her Ph.D")]
    public void Initials_and_month_abbreviations_do_not_end_the_sentence(string text, string title) =>
        Assert.Equal(title, DerivedTitles.FromText(text));

    [Fact]
    public void An_emoji_badge_before_the_text_is_no_part_of_the_title() =>
        Assert.Equal("A paper is accepted in Sensors", DerivedTitles.FromText("📝 A paper is accepted in Sensors"));
}
