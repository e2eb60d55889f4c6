using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Posts;

public class DateLeadsTests
{
    [Theory]
    [InlineData("Mar 2024: Paper accepted", "2024-03", "Paper accepted")]
    [InlineData(" »  07/02/2011 16:20", "2011-02-07", "")]
    [InlineData("› 21/06/2008 9:05 am", "2008-06-21", "")]
    [InlineData("2023-05-01 — New member", "2023-05-01", "New member")]
    [InlineData("[Jan 12, 2024] Workshop dates fixed", "2024-01-12", "Workshop dates fixed")]
    [InlineData("3. March 2025", "2025-03-03", "")]
    [InlineData("  • 9 Sept 2025 — Organising a workshop", "2025-09-09", "Organising a workshop")]
    [InlineData("December 10, 2018", "2018-12-10", "")]
    [InlineData("[2023/05] Reading list online", "2023-05", "Reading list online")]
    [InlineData("Dec 2022 | We moved", "2022-12", "We moved")]
    [InlineData("Oct 29, 2025. Ahmed presented", "2025-10-29", "Ahmed presented")]
    [InlineData("(11/2025) Preprint online", "2025-11", "Preprint online")]
    [InlineData("Posted on March 5, 2024", "2024-03-05", "")]
    [InlineData("Date: 12 May 2023", "2023-05-12", "")]
    [InlineData("March '23 - Our demo won the best demo award at MobiSys '23.", "2023-03", "Our demo won the best demo award at MobiSys '23.")]
    [InlineData("  • Jan ’25 – Two students defended their theses", "2025-01", "Two students defended their theses")]
    [InlineData("Apr. 9th, 2019, Ines Carvalho (Lisbon)", "2019-04-09", "Ines Carvalho (Lisbon)")]
    [InlineData("08/2019", "2019-08", "")]
    [InlineData("3/2021, Keynote at the robotics summit", "2021-03", "Keynote at the robotics summit")]
    [InlineData("02/10/24: New postdoc joins", "2024-10-02", "New postdoc joins")]
    [InlineData("  • 2020 Sept 30 - New editorial out", "2020-09-30", "New editorial out")]
    [InlineData("2023-Nov-7: Our paper is out in Optics Letters.", "2023-11-07", "Our paper is out in Optics Letters.")]
    [InlineData("2021-Sept-07: 新论文发表在期刊上", "2021-09-07", "新论文发表在期刊上")]
    [InlineData("2019-June-3: Lab moved to the new building", "2019-06-03", "Lab moved to the new building")]
    [InlineData("14th of June, 2024: Lab retreat in the hills", "2024-06-14", "Lab retreat in the hills")]
    [InlineData("2024.05: Lab retreat in the hills", "2024-05", "Lab retreat in the hills")]
    [InlineData("2024-06-19 // Happy tenth birthday, institute!", "2024-06-19", "Happy tenth birthday, institute!")]
    [InlineData("2024.5.2 - Poster prize for Ilse", "2024-05-02", "Poster prize for Ilse")]
    [InlineData("14.03.2025 | Open day", "2025-03-14", "Open day")]
    [InlineData("🔵 12 May 2025 — Lab picnic", "2025-05-12", "Lab picnic")]
    [InlineData("05.2024 – Grant renewed", "2024-05", "Grant renewed")]
    [InlineData("[2025/01] Welcome, Tomás!", "2025-01", "Welcome, Tomás!")]
    [InlineData("  • [new] 2023.9.4: Two papers at the autumn workshop", "2023-09-04", "Two papers at the autumn workshop")]
    [InlineData("8 novembre 2018, 14h-15h, Rémi Garnier (INRIA)", "2018-11-08", "14h-15h, Rémi Garnier (INRIA)")]
    [InlineData("4 october 2018, 15:30, Lena Brandt", "2018-10-04", "15:30, Lena Brandt")]
    [InlineData("⏰ 2 March 2022, h 18:00", "2022-03-02", "")]
    [InlineData("17 June 2024, at 4:30 pm", "2024-06-17", "")]
    [InlineData("5 May 2023, 10:00", "2023-05-05", "")]
    [InlineData("14 de junio de 2018: Charla invitada", "2018-06-14", "Charla invitada")]
    [InlineData("Aug 30 - Sep 4, 2015, Schloss Dagmar, Germany", "2015-08-30", "Schloss Dagmar, Germany")]
    [InlineData("Jun 24-30, 2012, Oberau", "2012-06-24", "Oberau")]
    [InlineData("24–30 June 2012: Summer school", "2012-06-24", "Summer school")]
    [InlineData("30 Aug - 4 Sep 2015", "2015-08-30", "")]
    [InlineData("[Oct 27 - 31, 2014] Spectral week", "2014-10-27", "Spectral week")]
    [InlineData("5.-9. May 2019", "2019-05-05", "")]
    [InlineData("14-08-2024: Proposal funded", "2024-08-14", "Proposal funded")]
    [InlineData("03-06 to 07-06 2024 | Summer school", "2024-06-03", "Summer school")]
    [InlineData("11. - 15. July 2016", "2016-07-11", "")]
    [InlineData("28. February - 2. March 2020: Winter school", "2020-02-28", "Winter school")]
    [InlineData("Nov 3-5, 2021: Lab retreat", "2021-11-03", "Lab retreat")]
    [InlineData("Aug 30 — Sep 4, 2015 | Field course", "2015-08-30", "Field course")]
    [InlineData("Week 3 · 12–16 May 2025: Reading week", "2025-05-12", "Reading week")]
    [InlineData("14 March 2023 (3 talks)", "2023-03-14", "")]
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
    [InlineData("Week 6 was about March 2024 results")]
    [InlineData("11/2025 was a good month")]
    [InlineData("13/2025")]
    [InlineData("12/20255: not a year")]
    [InlineData("May '24 was a busy month")]
    [InlineData("June '245 - not a year")]
    [InlineData("May 3, 2024, we moved to the new building.")]
    [InlineData("02/10/24 was the day we moved")]
    [InlineData("3.2024.1 release notes")]
    [InlineData("Jun 24-30, 2012 we were away")]
    [InlineData("4 october 2018, 15 people came")]
    [InlineData("Posted May 17, 2014 at 03:29 PM")]
    [InlineData("[new] lab website is live")]
    [InlineData("")]
    public void Ignores_dates_that_do_not_lead(string line) =>
        Assert.False(DateLeads.TryRead(line, out _));

    [Fact]
    public void A_trailing_numeric_date_broken_at_the_page_width_is_one_date()
    {
        Assert.True(DateLeads.TryReadTrailing("Maya gave a talk on “Robust Maps.” (2/19/\n2018)", out var date));
        Assert.Equal("2018-02-19", date.ToString());
        Assert.False(DateLeads.TryReadTrailing("We read pages 2/ 19 of the book (2018)", out _));
    }

    [Fact]
    public void Loose_reading_accepts_a_date_run_into_a_sentence_but_not_into_a_number()
    {
        Assert.False(DateLeads.TryRead("Mar 2024 Welcome Tom!", out _));
        Assert.True(DateLeads.TryRead("Mar 2024 Welcome Tom!", out var lead, loose: true));
        Assert.Equal("Welcome Tom!", lead.Rest);
        Assert.False(DateLeads.TryRead("Spring 2025 12 talks", out _, loose: true));
        Assert.False(DateLeads.TryRead("May 2024 was busy", out _, loose: true));
    }

    [Theory]
    [InlineData("Mon, 10 Mar 2025", "2025-03-10")]
    [InlineData("Tuesday, March 4, 2025 — Welcome back", "2025-03-04")]
    [InlineData("Thurs 6 Feb 2025: Reading week", "2025-02-06")]
    [InlineData("Week 6 · 13 March 2025", "2025-03-13")]
    [InlineData("Session 12: Mon, 3 Feb 2025 — Transformers", "2025-02-03")]
    public void A_weekday_before_the_date_is_part_of_the_lead(string line, string iso)
    {
        Assert.True(DateLeads.TryRead(line, out var lead));
        Assert.Equal(iso, lead.Date.ToString());
    }

    [Theory]
    [InlineData("18th Nov: Gave a guest lecture.", 2023, "2023-11-18", "Gave a guest lecture.")]
    [InlineData("• [Mar 5] Reading list online", 2024, "2024-03-05", "Reading list online")]
    [InlineData("May 12 — New preprint", 2022, "2022-05-12", "New preprint")]
    [InlineData("Jul 18 - Paper accepted", 2025, "2025-07-18", "Paper accepted")]
    [InlineData("  • May 13", 2026, "2026-05-13", "")]
    [InlineData("  • Sep", 2025, "2025-09", "")]
    [InlineData("Jul 10", 2026, "2026-07-10", "")]
    [InlineData("20 February", 2026, "2026-02-20", "")]
    [InlineData("🟡 March 25: Ana Ruiz (CNRS)", 2026, "2026-03-25", "Ana Ruiz (CNRS)")]
    [InlineData("📅 Oct 2: Reading group resumes", 2025, "2025-10-02", "Reading group resumes")]
    [InlineData("  • Nov. 📝 A paper is accepted in Sensors", 2025, "2025-11", "📝 A paper is accepted in Sensors")]
    [InlineData("  • Oct. 🛩 We visit the partner lab.", 2025, "2025-10", "🛩 We visit the partner lab.")]
    [InlineData("  • March: We moved into the new building.", 2024, "2024-03", "We moved into the new building.")]
    public void A_day_and_month_lead_takes_the_year_of_its_section(string line, int year, string iso, string rest)
    {
        Assert.False(DateLeads.TryRead(line, out _));
        Assert.True(DateLeads.TryRead(line, out var lead, year: year));
        Assert.Equal(iso, lead.Date.ToString());
        Assert.Equal(rest, lead.Rest);
    }

    [Theory]
    [InlineData("May 12 people came to the session.")]
    [InlineData("Mar 5 was the deadline")]
    public void A_day_and_month_without_separator_is_prose_even_in_a_year_section(string line) =>
        Assert.False(DateLeads.TryRead(line, out _, loose: true, year: 2024));

    [Theory]
    [InlineData("2023", true)]
    [InlineData("## 2021", true)]
    [InlineData("2023 12 talks", false)]
    [InlineData("Spring 2024", false)]
    public void A_line_of_only_a_year_heads_a_section(string line, bool expected) =>
        Assert.Equal(expected, DateLeads.IsYearHeading(line, out _));

    [Theory]
    [InlineData("Our paper is out in Genome Biology. (May 2025)", "2025-05")]
    [InlineData("Welcome to Ana, who joined the lab — 3 March 2024", "2024-03-03")]
    [InlineData("Paper accepted [2024-11-02].", "2024-11-02")]
    [InlineData("Welcome to Hina. (posted 15 September 2025)", "2025-09-15")]
    public void Reads_a_date_that_closes_an_item(string text, string iso)
    {
        Assert.True(DateLeads.TryReadTrailing(text, out var date));
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("Our paper appears at ICML (2024).")]
    [InlineData("Chapter in the handbook (Springer, May 2024 edition).")]
    [InlineData("We met on March 3, 2024 and voted.")]
    public void A_year_or_a_date_inside_text_does_not_close_an_item(string text) =>
        Assert.False(DateLeads.TryReadTrailing(text, out _));

    [Theory]
    [InlineData("May 30 (Slot 1) - Owen Park", true)]
    [InlineData("June 13 - Ana Ruiz", true)]
    [InlineData("3rd of March: Kenji Sato", true)]
    [InlineData("12 March 2025", true)]
    [InlineData("Mayhem in the markets", false)]
    [InlineData("Tariff Shocks and Small Exporters", false)]
    [InlineData("March of the penguins", false)]
    public void Tells_a_line_that_opens_with_a_date_even_without_its_year(string line, bool expected) =>
        Assert.Equal(expected, DateLeads.OpensWithDate(line));

    [Fact]
    public void An_aside_in_brackets_may_stand_between_the_date_and_its_separator()
    {
        Assert.True(DateLeads.TryRead("April 3, 2025 (afternoon) - Kwame Mensah", out var lead));
        Assert.Equal("2025-04-03", lead.Date.ToString());
        Assert.Equal("Kwame Mensah", lead.Rest);
    }
}
