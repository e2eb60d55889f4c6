using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Posts;

public class DateLeadsTests
{
    [Theory]
    [InlineData("Mar 2024: Paper accepted", "2024-03", "Paper accepted")]
    [InlineData("2023-05-01 — New member", "2023-05-01", "New member")]
    [InlineData("[Jan 12, 2024] Workshop dates fixed", "2024-01-12", "Workshop dates fixed")]
    [InlineData("3. March 2025", "2025-03-03", "")]
    [InlineData("  • 9 Sept 2025 — Organising a workshop", "2025-09-09", "Organising a workshop")]
    [InlineData("December 10, 2018", "2018-12-10", "")]
    [InlineData("[2023/05] Reading list online", "2023-05", "Reading list online")]
    [InlineData("Dec 2022 | We moved", "2022-12", "We moved")]
    [InlineData("Posted on March 5, 2024", "2024-03-05", "")]
    [InlineData("Date: 12 May 2023", "2023-05-12", "")]
    public void Reads_a_leading_date_at_its_precision(string line, string iso, string rest)
    {
        Assert.True(DateLeads.TryRead(line, out var lead));
        Assert.Equal(iso, lead.Date.ToString());
        Assert.Equal(rest, lead.Rest);
    }

    [Theory]
    [InlineData("May 2024 was a busy month for the lab.")]
    [InlineData("We met on 19/11/2022 to vote.")]
    [InlineData("The voting happened on March 3, 2024: great turnout.")]
    [InlineData("[Jan 12, 2024 Missing bracket")]
    [InlineData("")]
    public void Ignores_dates_that_do_not_lead(string line) =>
        Assert.False(DateLeads.TryRead(line, out _));

    [Fact]
    public void Loose_reading_accepts_a_date_run_into_a_sentence_but_not_into_a_number()
    {
        Assert.False(DateLeads.TryRead("Mar 2024 Welcome Tom!", out _));
        Assert.True(DateLeads.TryRead("Mar 2024 Welcome Tom!", out var lead, loose: true));
        Assert.Equal("Welcome Tom!", lead.Rest);
        Assert.False(DateLeads.TryRead("Spring 2025 12 talks", out _, loose: true));
        Assert.False(DateLeads.TryRead("May 2024 was busy", out _, loose: true));
    }
}
