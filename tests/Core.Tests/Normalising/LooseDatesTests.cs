using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Normalising;

public class LooseDatesTests
{
    [Theory]
    [InlineData("SEPTEMBER 2025", "2025-09")]
    [InlineData("11/2025", "2025-11")]
    [InlineData("18/10/2025", "2025-10-18")]
    [InlineData("05/09/2025", "2025-09-05")]
    [InlineData("10/28/2025", "2025-10-28")]
    [InlineData("11/07/19", "2019-07-11")]
    [InlineData("2020 Sept 30", "2020-09-30")]
    [InlineData("2021-March-15", "2021-03-15")]
    [InlineData("2024-Aug-1", "2024-08-01")]
    [InlineData("12.05.2025", "2025-05-12")]
    [InlineData("29-05-2023", "2023-05-29")]
    [InlineData("05-29-2023", "2023-05-29")]
    [InlineData("29-05 to 02-06 2023", "2023-05-29")]
    [InlineData("29.05.-02.06.2023", "2023-05-29")]
    [InlineData("05.2024", "2024-05")]
    [InlineData("2024.05", "2024-05")]
    [InlineData("2023.05.2", "2023-05-02")]
    [InlineData("2022.09.31", "2022-09")]
    [InlineData("30/02/2021", "2021-02")]
    [InlineData("3.1.2024", "2024-01-03")]
    [InlineData("Feb 2021", "2021-02")]
    [InlineData("February 2021", "2021-02")]
    [InlineData("3 February 2021", "2021-02-03")]
    [InlineData("2nd of March, 2023", "2023-03-02")]
    [InlineData("24th of November 2021", "2021-11-24")]
    [InlineData("March 5, 2020", "2020-03-05")]
    [InlineData("Sept. 9th, 2019", "2019-09-09")]
    [InlineData("2021-02-03", "2021-02-03")]
    [InlineData("2021/02", "2021-02")]
    [InlineData("2019", "2019")]
    [InlineData("October '22", "2022-10")]
    [InlineData("Aug ’19", "2019-08")]
    [InlineData("5.-9. March 2018", "2018-03-05")]
    [InlineData("17-18. January 2017", "2017-01-17")]
    [InlineData("12 – 14 June 2022", "2022-06-12")]
    [InlineData("27. January - 3. March 2017", "2017-01-27")]
    [InlineData("March 5-9, 2018", "2018-03-05")]
    [InlineData("Sept 29 – Oct 2, 2021", "2021-09-29")]
    [InlineData("30 Aug — 4 Sep 2015", "2015-08-30")]
    [InlineData("2017-05-26T00:14:56+05:30", "2017-05-26T00:14:56+05:30")]
    [InlineData("14 juin 2018", "2018-06-14")]
    [InlineData("1er décembre 2019", "2019-12-01")]
    [InlineData("03 mai 2018", "2018-05-03")]
    [InlineData("févr. 2020", "2020-02")]
    [InlineData("5 de marzo de 2024", "2024-03-05")]
    [InlineData("septiembre de 2022", "2022-09")]
    [InlineData("12 de março de 2023", "2023-03-12")]
    [InlineData("Outubro 2021", "2021-10")]
    [InlineData("3. März 2025", "2025-03-03")]
    [InlineData("Dezember 2024", "2024-12")]
    [InlineData("août 2017", "2017-08")]
    public void Keeps_the_precision_given(string text, string iso)
    {
        Assert.True(LooseDates.TryParse(text, out var d));
        Assert.Equal(iso, d.ToString());
    }

    [Theory]
    [InlineData("Febtember 2021")]
    [InlineData("2021-13")]
    [InlineData("2022.09.32")]
    [InlineData("13.2024")]
    [InlineData("hello")]
    public void Rejects_non_dates(string text) => Assert.False(LooseDates.TryParse(text, out _));

    [Fact]
    public void Finds_a_date_inside_a_line()
    {
        Assert.True(LooseDates.TryFind("Posted on March 5, 2020 by the team", out var d));
        Assert.Equal("2020-03-05", d.ToString());
    }

    [Fact]
    public void Finds_an_ordinal_day_of_a_month_inside_a_line()
    {
        Assert.True(LooseDates.TryFind("Talk at the Turing Room, 21st of September, 2022. (slides)", out var d));
        Assert.Equal("2022-09-21", d.ToString());
    }

    [Theory]
    [InlineData("Spring school, Harbour University, June 10-14, 2024 (Link)", "2024-06-10")]
    [InlineData("Workshop in Tartu, 27 January - 3 March 2017", "2017-01-27")]
    [InlineData("Posted March 3, 2024: workshop on May 27-31, 2024", "2024-03-03")]
    [InlineData("Autumn school. September 22 to October 19, 2023 (online)", "2023-09-22")]
    public void Finds_a_span_of_days_inside_a_line_by_its_first_day(string text, string expected)
    {
        Assert.True(LooseDates.TryFind(text, out var d));
        Assert.Equal(expected, d.ToString());
    }

    [Theory]
    [InlineData("ICML (2019)", 2019)]
    [InlineData("EACL 2014: Proceedings", 2014)]
    [InlineData("pages 10--20", null)]
    public void Finds_years(string text, int? year) => Assert.Equal(year, LooseDates.FindYear(text));

    [Fact]
    public void Partial_dates_round_trip_and_give_instants()
    {
        Assert.True(PartialDate.TryParseIso("2021-02", out var d));
        Assert.Equal(new DateTimeOffset(2021, 2, 1, 0, 0, 0, TimeSpan.Zero), d.ToInstant());
        Assert.Equal("2021-02", d.ToString());
    }

    [Theory]
    [InlineData("juillet", 7)]
    [InlineData("Août", 8)]
    [InlineData("marzo", 3)]
    [InlineData("März", 3)]
    [InlineData("setembro", 9)]
    [InlineData("Mai", 5)]
    [InlineData("sept.", 9)]
    [InlineData("mart", null)]
    [InlineData("out", null)]
    public void Month_names_in_french_spanish_portuguese_and_german(string name, int? month) =>
        Assert.Equal(month, LooseDates.Month(name));

    [Fact]
    public void Finds_a_foreign_date_inside_text()
    {
        Assert.True(LooseDates.TryFind("Séminaire du 14 juin 2018 à 14h", out var d));
        Assert.Equal("2018-06-14", d.ToString());
        Assert.False(LooseDates.TryFind("Nous avons mangé 2018 pommes", out _));
    }

    [Theory]
    [InlineData("Rencontre : 7 Avril/2024 (salle B)", "2024-04-07")]
    [InlineData("Workshop held 03-Feb-2022 in Leeds", "2022-02-03")]
    [InlineData("Seminario del 12 maggio 2023", "2023-05-12")]
    [InlineData("Vortrag am 9. Okt 2021", "2021-10-09")]
    [InlineData("Incontro: 21 settembre, 2020", "2020-09-21")]
    public void Finds_a_day_month_year_parted_by_slash_or_hyphen_or_in_italian(string text, string expected)
    {
        Assert.True(LooseDates.TryFind(text, out var d));
        Assert.Equal(expected, d.ToString());
    }

    [Theory]
    [InlineData("Spring workshop. From 28/11/2022 to 02/12/2022", "2022-11-28")]
    [InlineData("Reading group. Starts on 10/19/2022", "2022-10-19")]
    [InlineData("Held 5 May 2021, notes posted 06/05/2021", "2021-05-05")]
    public void Finds_a_slashed_numeric_date_inside_text_after_any_spelled_one(string text, string expected)
    {
        Assert.True(LooseDates.TryFind(text, out var d));
        Assert.Equal(expected, d.ToString());
    }

    [Theory]
    [InlineData("see https://example.org/archive/12/05/2023/post")]
    [InlineData("ratio 3/4/20245 of the runs")]
    [InlineData("version 1.2/10/2024b")]
    public void Ignores_slashed_numbers_inside_paths_and_longer_numbers(string text) => Assert.False(LooseDates.TryFind(text, out _));

    [Theory]
    [InlineData("July-August 2006", "2006-07")]
    [InlineData("Nov – Dec 2019", "2019-11")]
    [InlineData("janvier/février 2021", "2021-01")]
    public void A_span_of_months_is_dated_by_its_first(string text, string expected)
    {
        Assert.True(LooseDates.TryParse(text, out var d));
        Assert.Equal(expected, d.ToString());
    }
}
