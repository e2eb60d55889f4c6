using System.Globalization;
using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>
/// Reads the date spellings pages print ("Feb 2021", "3 February 2021", "March 5, 2020", "2021-02-03",
/// "2021/02", RFC 822, RFC 3339) into a <see cref="PartialDate"/> at the precision given.
/// </summary>
public static partial class LooseDates
{
    /// <summary>The English month names, January first (lower case).</summary>
    internal static readonly string[] EnglishMonthNames =
        [.. CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0).Select(m => m.ToLowerInvariant())];

    /// <summary>Month number from an English name or abbreviation ("Sept", "September", "sep."), or null.</summary>
    public static int? Month(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim().TrimEnd('.').ToLowerInvariant();
        if (n.Length < 3) return null;
        var i = Array.FindIndex(EnglishMonthNames, m => m.StartsWith(n, StringComparison.Ordinal));
        if (i >= 0) return i + 1;
        return ForeignMonthNumbers.TryGetValue(TextKey.RemoveDiacritics(n), out var foreign) ? foreign : null;
    }

    /// <summary>French, Spanish, Portuguese, German and Italian month names (and the abbreviations that cannot be English words), without accents.</summary>
    private static readonly Dictionary<string, int> ForeignMonthNumbers = new(StringComparer.Ordinal)
    {
        ["janvier"] = 1, ["janv"] = 1, ["enero"] = 1, ["janeiro"] = 1, ["januar"] = 1, ["janner"] = 1,
        ["fevrier"] = 2, ["fevr"] = 2, ["febrero"] = 2, ["fevereiro"] = 2, ["februar"] = 2,
        ["mars"] = 3, ["marzo"] = 3, ["marco"] = 3, ["marz"] = 3,
        ["avril"] = 4, ["avr"] = 4, ["abril"] = 4,
        ["mai"] = 5, ["mayo"] = 5, ["maio"] = 5,
        ["juin"] = 6, ["junio"] = 6, ["junho"] = 6, ["juni"] = 6,
        ["juillet"] = 7, ["juil"] = 7, ["julio"] = 7, ["julho"] = 7, ["juli"] = 7,
        ["aout"] = 8, ["agosto"] = 8,
        ["septembre"] = 9, ["septiembre"] = 9, ["setiembre"] = 9, ["setembro"] = 9,
        ["octobre"] = 10, ["octubre"] = 10, ["outubro"] = 10, ["oktober"] = 10,
        ["novembre"] = 11, ["noviembre"] = 11, ["novembro"] = 11,
        ["decembre"] = 12, ["diciembre"] = 12, ["dezembro"] = 12, ["dezember"] = 12,
        ["gennaio"] = 1, ["febbraio"] = 2, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7,
        ["settembre"] = 9, ["ottobre"] = 10, ["dicembre"] = 12, ["okt"] = 10, ["dez"] = 12,
    };

    /// <summary>The same names as a regex alternation (accents optional), for the patterns that find dates in text.</summary>
    internal const string ForeignMonths =
        @"janvier|janv|f[ée]vrier|f[ée]vr|mars|avril|avr|mai|juin|juillet|juil|ao[uû]t|septembre|octobre|novembre|d[ée]cembre" +
        @"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre" +
        @"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro" +
        @"|januar|j[äa]nner|februar|m[äa]rz|juni|juli|oktober|dezember" +
        @"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|okt|dez";

    /// <summary>Parses the whole string as one date; false when it is not (only) a date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = TextKey.CollapseWhitespace(text).Trim(',', '.', ' ', '(', ')', '[', ']');
        if (PartialDate.TryParseIso(s, out date)) return true;
        var inv = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParse(s, inv, DateTimeStyles.AllowWhiteSpaces, out var dto) && HasTime().IsMatch(s))
        { date = PartialDate.OfInstant(dto); return true; }
        var m = IsoSlash().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out date);
        m = MonthSlashYear().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["m"].Value, "", out date);
        m = DottedDayMonthYear().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out date);
        // "29-05 to 02-06 2023": a span printed in numbers is dated by the day it opens, day first.
        m = NumericDayRange().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out date);
        m = SlashedDayMonthYear().Match(s);
        if (!m.Success) m = DashedDayMonthYear().Match(s);
        if (m.Success)
        {
            // Day first, as most of the world writes it, unless the second number cannot be a month (US order).
            var (a, b, y) = (m.Groups["a"].Value, m.Groups["b"].Value, m.Groups["y"].Value);
            y = FullYear(y).ToString(CultureInfo.InvariantCulture);
            return int.Parse(b, CultureInfo.InvariantCulture) > 12 ? Make(y, a, b, out date) : Make(y, b, a, out date);
        }
        m = YearMonthDay().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["mon"].Value, m.Groups["d"].Value, out date);
        // "5.-9. March 2018", "27 January - 3 March 2017", "March 5-9, 2018": an event's span is dated by the day it opens.
        m = DayRange().Match(s);
        if (!m.Success) m = MonthDayRange().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["mon"].Captures[0].Value, m.Groups["d"].Value, out date);
        m = DayMonthYear().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["mon"].Value, m.Groups["d"].Value, out date);
        m = MonthDayYear().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["mon"].Value, m.Groups["d"].Value, out date);
        // "July-August 2006": a bimonthly issue is dated by the month it opens.
        m = MonthRange().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["mon"].Captures[0].Value, "", out date);
        m = MonthYear().Match(s);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["mon"].Value, "", out date);
        // "November '24": news lists clip the century; such pages are all this century.
        m = MonthShortYear().Match(s);
        if (m.Success) return Make("20" + m.Groups["yy"].Value, m.Groups["mon"].Value, "", out date);
        return false;
    }

    /// <summary>The first date spelled anywhere in <paramref name="text"/> (for lines such as "Posted on March 5, 2020 by ...").</summary>
    public static bool TryFind(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var at = -1;
        foreach (var re in new[] { IsoInText(), DayMonthYearInText(), MonthDayYearInText(), MonthYearInText(), SlashedInText() })
        {
            foreach (Match m in re.Matches(text))
                if (TryParse(m.Value, out date)) { at = m.Index; break; }
            if (at >= 0) break;
        }
        // "..., University of Copenhagen, May 27-31, 2024": an event's span of days, dated by the day it opens, unless
        // another date comes before it ("Posted March 3, 2024: workshop on May 27-31, 2024"). The span's last day alone
        // ("31, 2024") is no date for the patterns above, and "3 March 2017" closing "27 January - 3 March 2017" is not its start.
        foreach (Match m in DayRangeInText().Matches(text))
            if ((at < 0 || m.Index <= at) && TryParse(m.Value, out var span)) { date = span; return true; }
        return at >= 0;
    }

    /// <summary>
    /// The whole text is a year, bare or in brackets ("2024", "(2024)"): a year heading or a year cell, never a title or venue.
    /// <paramref name="colon"/> also takes a heading's trailing colon ("2024:"). The text is not trimmed.
    /// </summary>
    public static bool IsYearOnly(string text, bool colon = false) => (colon ? YearOnlyOrColon() : YearOnly()).IsMatch(text);

    /// <summary>A plausible publication year (1900..2100) anywhere in the text: the last one wins ("ICML (2019)").</summary>
    public static int? FindYear(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        int? year = null;
        foreach (Match m in Year().Matches(text)) year = int.Parse(m.Value, CultureInfo.InvariantCulture);
        return year;
    }

    /// <summary>
    /// "11/07/19": a clipped year; news pages that print it are from this century or the last decades of the previous one.
    /// </summary>
    public static int FullYear(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? year + (year < 70 ? 2000 : 1900) : year;
    }

    private static bool Make(string y, string mon, string d, out PartialDate date)
    {
        date = default;
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000) return false;
        int? month = int.TryParse(mon, out var mn) ? mn : Month(mon);
        if (month is null or < 1 or > 12) return false;
        try
        {
            var day = string.IsNullOrEmpty(d) ? 0 : int.Parse(d, CultureInfo.InvariantCulture);
            // "2022.09.31": a day the month does not have is a slip of the keyboard; the month still stands.
            if (day is > 28 and <= 31 && day > DateTime.DaysInMonth(year, month.Value)) day = 0;
            date = day == 0 ? PartialDate.OfMonth(year, month.Value) : PartialDate.OfDay(year, month.Value, day);
            return true;
        }
        catch (ArgumentOutOfRangeException) { return false; }
    }

    private const string Mon = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|" + ForeignMonths + @")\.?";

    /// <summary>Between a spelled month and its year: a space (after an optional comma), or a hyphen or slash.</summary>
    private const string MonYearGap = @"(?:,?\s+|\s*[-/]\s*)";

    [GeneratedRegex(@"^(?<y>\d{4})[/.](?<m>\d{1,2})(?:[/.](?<d>\d{1,2}))?$")]
    private static partial Regex IsoSlash();
    /// <summary>"11/2025", "05.2024": month and year, as news lists print them.</summary>
    [GeneratedRegex(@"^(?<m>\d{1,2})[/.](?<y>\d{4})$")]
    private static partial Regex MonthSlashYear();
    [GeneratedRegex(@"^(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>\d{4}|\d{2})$")]
    private static partial Regex SlashedDayMonthYear();
    /// <summary>"29-05-2023": day, month and year parted by hyphens (ISO order starts with the year instead).</summary>
    [GeneratedRegex(@"^(?<a>\d{1,2})-(?<b>\d{1,2})-(?<y>\d{4})$")]
    private static partial Regex DashedDayMonthYear();
    [GeneratedRegex(@"^" + NumericDayRangePattern + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericDayRange();
    /// <summary>"29-05 to 02-06 2023", "29.05.-02.06.2023": day and month twice, the year once at the end.</summary>
    internal const string NumericDayRangePattern =
        @"(?<d>\d{1,2})(?<s>[-./])(?<m>\d{1,2})\.?\s*(?:to|until|[-–—])\s*\d{1,2}\k<s>\d{1,2}(?:\k<s>|\s+)(?<y>\d{4})";
    /// <summary>"12.05.2025": the dotted day-first order used across Europe.</summary>
    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$")]
    private static partial Regex DottedDayMonthYear();
    /// <summary>"2020 Sept 30", "2021-March-15": year first, month spelled, as some news lists print it.</summary>
    [GeneratedRegex(@"^(?<y>\d{4})(?:\s+" + Mon + @"\s+|-" + Mon + @"-)(?<d>\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex YearMonthDay();
    /// <summary>"3 February 2021", "2nd of March, 2023" (the day spelled as an ordinal "of" the month);
    /// "28-Mar-2025" and "28 Mars/2025" part the fields by a hyphen or a slash instead.</summary>
    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th|er)?\.?(?:\s+|-)(?:of\s+|de\s+)?" + Mon + MonYearGap + @"(?:de\s+)?(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();
    /// <summary>
    /// A span of days in one grammar for every reader ("5.-9. March 2018", "27 January – 3 March 2017", "30 Aug — 4 Sep 2015"):
    /// <see cref="TryParse"/> reads its first day, and <see cref="DateLeads"/> takes it as a line's leading date.
    /// </summary>
    internal const string DayRangePattern =
        @"(?<d>\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:" + Mon + @"\s*)?[-–—]\s*\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:of\s+)?" + Mon + @",?\s+(?<y>\d{4})";
    /// <summary>"March 5-9, 2018", "Aug 30 - Sep 4, 2015", "September 23 to October 20, 2021": the month first.</summary>
    internal const string MonthDayRangePattern =
        Mon + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*|\s+(?:to|until)\s+)(?:" + Mon + @"\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(?<y>\d{4})";
    [GeneratedRegex(@"^" + DayRangePattern + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex DayRange();
    [GeneratedRegex(@"^" + MonthDayRangePattern + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayRange();
    [GeneratedRegex(@"^" + Mon + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();
    [GeneratedRegex(@"^" + Mon + @",?\s+(?:de\s+)?(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();
    [GeneratedRegex(@"^" + Mon + @"\s*[-–—/]\s*" + Mon + @",?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthRange();
    [GeneratedRegex(@"^" + Mon + @"\s+['’‘](?<yy>\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthShortYear();
    [GeneratedRegex(@"\d{1,2}:\d{2}")]
    private static partial Regex HasTime();
    [GeneratedRegex(@"^\(?(?:19|20)\d{2}\)?$")]
    private static partial Regex YearOnly();
    [GeneratedRegex(@"^\(?(?:19|20)\d{2}\)?:?$")]
    private static partial Regex YearOnlyOrColon();
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b")]
    private static partial Regex IsoInText();
    [GeneratedRegex(@"\b(?:" + DayRangePattern + @"|" + MonthDayRangePattern + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayRangeInText();
    /// <summary>"From 28/11/2022 to 02/12/2022", "Start on 10/19/2022": a numeric date with a four-digit year, not part of a path or a longer number.</summary>
    [GeneratedRegex(@"(?<![\d/.\w])\d{1,2}/\d{1,2}/\d{4}(?![\d/\w])")]
    private static partial Regex SlashedInText();
    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th|er)?\.?(?:\s+|-)(?:of\s+|de\s+)?" + Mon + MonYearGap + @"(?:de\s+)?\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYearInText();
    [GeneratedRegex(@"\b" + Mon + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYearInText();
    [GeneratedRegex(@"\b" + Mon + @",?\s+(?:de\s+)?\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYearInText();
    // "2009.01234" is an arXiv id, not the year 2009; "1999-2001" a range; "ICPR-2021" an event's year.
    // "e2021MS002914" (an article number with letters inside) holds no year either.
    [GeneratedRegex(@"(?:(?<![\d./-])|(?<=\p{L}-))(19|20)\d{2}(?![\d/-]|\.\d|\p{L}{1,3}\d)")]
    private static partial Regex Year();
}
