using Aggregator.Core.Normalising;
using Xunit;

namespace Aggregator.Core.Tests.Normalising;

public class BylineDatesTests
{
    [Theory]
    [InlineData("June 02, 2025 • Dana Levi", "2025-06-02", "Dana Levi")]
    [InlineData("12 March 2025 | by Lucía Fernández", "2025-03-12", "Lucía Fernández")]
    [InlineData("Ana Souza · Feb 3, 2025", "2025-02-03", "Ana Souza")]
    [InlineData("2024-11-20 • Prof. Dana van der Berg", "2024-11-20", "Prof. Dana van der Berg")]
    [InlineData("Oct 4, 2016. | By: Kofi Mensah", "2016-10-04", "Kofi Mensah")]
    public void ReadsTheDateAndTheName(string line, string date, string author)
    {
        Assert.True(BylineDates.TryRead(line, out var read, out var name));
        Assert.Equal(date, read.ToString());
        Assert.Equal(author, name);
    }

    [Theory]
    [InlineData("Harbour City Daily | Mar 4, 2026", "2026-03-04")]
    [InlineData("University of Eastvale | Sep 8, 2023", "2023-09-08")]
    [InlineData("Example Public Radio · 12 October 2025", "2025-10-12")]
    public void ReadsTheDateButNoAuthorFromAnOutletLine(string line, string date)
    {
        Assert.True(BylineDates.TryRead(line, out var read, out var name));
        Assert.Equal(date, read.ToString());
        Assert.Null(name);
    }

    [Theory]
    [InlineData("June 02, 2025")]                       // a bare date is a date lead, not a byline
    [InlineData("June 02, 2025 • 3 min read")]          // reading time, not a name
    [InlineData("March 2025 | we moved to the new building")]
    [InlineData("Seminar | Room 3.14 | Dana Levi")]     // no date
    [InlineData("Dana Levi • Omer Katz")]
    public void RejectsLinesThatAreNotADateAndAName(string line) =>
        Assert.False(BylineDates.TryRead(line, out _, out _));

    [Theory]
    [InlineData("2025-10-21 · Publication", "2025-10-21")]
    [InlineData("Mar 3, 2025 · Talks · 4 min", "2025-03-03")]
    public void ReadsTheDateBesideItsCategory(string line, string date)
    {
        Assert.True(BylineDates.TryReadTagged(line, out var read));
        Assert.Equal(date, read.ToString());
    }

    [Theory]
    [InlineData("Publication · 2025-10-21")]                              // the date does not lead
    [InlineData("2025-10-21 · We met again, as usual, in room 4.")]       // a sentence, not a label
    [InlineData("2025-10-21")]                                            // no label
    public void RejectsLinesThatAreNotADateAndALabel(string line) =>
        Assert.False(BylineDates.TryReadTagged(line, out _));

    [Fact]
    public void ALabelOfAPhraseNeedsTheWiderWordLimit()
    {
        const string line = "2 Feb 2019 • mostly not about whales";
        Assert.False(BylineDates.TryReadTagged(line, out _));
        Assert.True(BylineDates.TryReadTagged(line, out var read, maxLabelWords: 5));
        Assert.Equal("2019-02-02", read.ToString());
    }
}
