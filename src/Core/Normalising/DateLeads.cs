using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>A date that opens a line or block ("Mar 2024: ...", "[Jan 12, 2024] ...", "3. March 2025"), and what follows it.</summary>
/// <param name="Date">The date at the precision printed.</param>
/// <param name="Matched">The text the date prefix took (date, brackets, separator), as printed.</param>
/// <param name="Rest">The text after the prefix, trimmed; "" when the date stands alone.</param>
/// <param name="Label">A schedule's running number printed before the date ("Week 6"), "" when none.</param>
public readonly record struct DateLead(PartialDate Date, string Matched, string Rest, string Label = "");

/// <summary>
/// Recognises news items that begin with their date. A date counts only when it leads: it stands alone,
/// sits in brackets, or is followed by a separator (":", "—", "|"), so prose that merely starts with a
/// month ("May 2024 was busy") is not taken for a publish date. A comma counts before a capitalised name
/// ("Feb. 16th, 2018, Tomas Angles (ENS)"), as seminar listings print date and speaker.
/// </summary>
public static partial class DateLeads
{
    /// <param name="loose">Also accept a date followed directly by text ("Mar 2024 Welcome Tom!"), for pages that
    /// start item after item that way.</param>
    /// <param name="year">The year of the section the line sits in ("2023" heading a list of "18th Nov: ..."), so a
    /// day and month that lead with a separator count too.</param>
    public static bool TryRead(string? text, out DateLead lead, bool loose = false, int? year = null)
    {
        lead = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = Lead().Match(text);
        if (!m.Success) return year is { } y && TryReadYearless(text, y, out lead);
        var open = m.Groups["open"].Value;
        var close = m.Groups["close"].Value;
        if (open.Length > 0 != close.Length > 0) return false;
        var rest = text[m.Length..].Trim();
        var matched = m.Value;
        // "06 February 2025 (2 speakers)": a short aside in brackets is part of a date heading, not text after it.
        if (!m.Groups["sep"].Success && open.Length == 0 && Aside().IsMatch(rest)) (matched, rest) = (text.TrimEnd(), "");
        // "April 3, 2025 (afternoon) - Kwame Mensah": the aside, then the separator.
        // "13/11/2005 19:41": the time the item was posted belongs to its date line.
        if (!m.Groups["sep"].Success && open.Length == 0 && TimeOnly().IsMatch(rest)) (matched, rest) = (text.TrimEnd(), "");
        // "30 September 2020, h 17:00": after a comma, with a word for "at" before it.
        if (m.Groups["sep"].Value == "," && open.Length == 0 && CommaTime().IsMatch(rest)) (matched, rest) = (text.TrimEnd(), "");
        var separatedAside = !m.Groups["sep"].Success && open.Length == 0 ? AsideThenSeparator().Match(rest) : Match.Empty;
        if (separatedAside.Success) (matched, rest) = (text[..(text.Length - rest.Length + separatedAside.Length)], rest[separatedAside.Length..].Trim());
        var separated = m.Groups["sep"].Success || separatedAside.Success || open.Length > 0 || rest.Length == 0 || loose && LooseRest().IsMatch(rest);
        if (!separated) return false;
        var spelled = DayDot().Replace(m.Groups["date"].Value, "$1");
        if (!LooseDates.TryParse(spelled, out var date)) return false;
        lead = new DateLead(date, matched, rest, m.Groups["label"].Value.Trim());
        return true;
    }

    /// <summary>"18th Nov: ...", "[Mar 5] ...", "May 12 — ...": a yearless date leads only with brackets or a separator.</summary>
    private static bool TryReadYearless(string text, int year, out DateLead lead)
    {
        lead = default;
        if (year is < 1000 or > 9999) return false;
        var m = YearlessLead().Match(text);
        if (!m.Success) return false;
        var open = m.Groups["open"].Value;
        var close = m.Groups["close"].Value;
        var rest = text[m.Length..].Trim();
        // A date alone on its line ("• May 13", "• Sep" under "2025") leads the text below it.
        if (open.Length > 0 != close.Length > 0 || open.Length == 0 && !m.Groups["sep"].Success && rest.Length > 0) return false;
        var spelled = DayDot().Replace(m.Groups["date"].Value, "$1") + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!LooseDates.TryParse(spelled, out var date)) return false;
        lead = new DateLead(date, m.Value, rest);
        return true;
    }

    /// <summary>
    /// A date that closes an item, set apart in brackets or after a dash ("... in Genome Biology. (May 2025)",
    /// "... joined the lab — March 2024"). A bare year there is a venue's or a citation's, not a publish date.
    /// </summary>
    public static bool TryReadTrailing(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = Trailing().Match(TextKey.CollapseWhitespace(text));
        // A numeric date broken at the page's width ("(2/19/" / "2018)") is one date.
        return m.Success && !m.Groups["date"].Value.Trim().All(char.IsDigit) && LooseDates.TryParse(BrokenSlash().Replace(m.Groups["date"].Value, "/"), out date);
    }

    /// <summary>
    /// The line opens with a date, with or without its year ("May 30 (Slot 1) - Ana Ruiz", "3 June: ...", "2025-06-03"):
    /// the shape of a schedule's date line, whether or not the date can be dated.
    /// </summary>
    public static bool OpensWithDate(string? text) =>
        !string.IsNullOrWhiteSpace(text) && (TryRead(text, out _, loose: true) || DayAndMonth().IsMatch(text));

    [GeneratedRegex(@"^\s*" + Weekday + @"(?:\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:of\s+|de\s+)?" + Mon + @"|" + Mon + @"\s+\d{1,2}(?:st|nd|rd|th)?)(?![\d\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex DayAndMonth();

    /// <summary>A line that is only a year: the heading of a section of yearless items.</summary>
    public static bool IsYearHeading(string? text, out int year)
    {
        year = 0;
        var m = YearOnly().Match(text ?? "");
        return m.Success && int.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out year);
    }

    /// <summary>A schedule's running number before the date ("Week 6 · 13 March 2025", "Session 12: ...").</summary>
    private const string Numbered = @"(?:(?<label>(?:week|session|meeting|lecture|talk|seminar|class)\s*#?\d{1,3})\s*[·•:|,—–-]?\s*)?";

    private const string Weekday = @"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?";

    private const string Mon = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|" + LooseDates.ForeignMonths + @")\.?";

    private const string DatePattern =
        @"(?<date>\d{4}-\d{2}(?:-\d{2})?" +
        // A span ("5.-9. March 2018", "27 January - 3 March 2017", "March 5-9, 2018"); LooseDates reads its first day.
        @"|" + LooseDates.DayRangePattern + @"|" + LooseDates.MonthDayRangePattern +
        @"|(?<=[\[(]\s*)\d{1,2}/\d{4}(?=\s*[\])])" +
        @"|" + LooseDates.NumericDayRangePattern +
        @"|\d{1,2}\.\d{1,2}\.\d{4}" +
        @"|\d{1,2}-\d{1,2}-\d{4}" +
        @"|\d{1,2}/\d{1,2}/\d{4}" +
        // "08/2018", "05.2024" heading hand-written news: a month (1-12) and a four-digit year, nothing more.
        @"|(?:0?[1-9]|1[0-2])[/.](?:19|20)\d{2}(?![\d/]|\.\d)" +
        @"|\d{1,2}/\d{1,2}/\d{2}(?=\s*:)" +
        @"|\d{4}[/.]\d{1,2}(?:[/.]\d{1,2})?" +
        // "2020 Sept 30", "2021-March-15": the year first, the month spelled, parted by spaces or by hyphens.
        // The spaced form's day is no hour ("2020 Sept 14:00"); the hyphened one's colon is its separator ("2020-Aug-25: ...").
        @"|\d{4}(?:\s+" + Mon + @"\s+\d{1,2}(?![\d:])|-" + Mon + @"-\d{1,2}(?!\d))" +
        @"|\d{1,2}(?:\.|st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?" + Mon + @",?\s+(?:de\s+)?\d{4}" +
        @"|" + Mon + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}" +
        // "July-August 2006": a bimonthly issue's months.
        @"|" + Mon + @"\s*[-–—/]\s*" + Mon + @",?\s+\d{4}" +
        @"|" + Mon + @",?\s+\d{4}" +
        @"|" + Mon + @"\s+['’‘]\d{2}(?!\d))";

    // A picture's alt text in brackets ("• [new] 2024.05.02 ...", w3m's rendering of a badge) may stand before the date.
    [GeneratedRegex(@"^\s*(?:(?:[•*·▪‣◦»›-]|(?:\p{Cs}|\p{So})+[\uFE0F\u200D]?)\s+)?(?:\[\p{L}{2,12}!?\]\s*)?(?:(?:date|posted(?:\s+on)?|published(?:\s+on)?|when)\s*:?\s+)?" + Numbered + @"(?<open>[\[(]?)\s*" + Weekday + DatePattern + @"\s*(?<close>[\])]?)(?:\s*(?<sep>[:—–|]|[·•](?=\s)|//(?=\s)|-(?=\s)|\s-\s|\.(?=\s|$)|,(?=\s*(?:(?-i:\p{Lu})|" + TimeOfDay + @"))))?\s*",
        RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    /// <summary>"14h-15h", "14:00", "2 pm": a seminar listing's time slot after the date ("8 novembre 2018, 14h-15h, ...");
    /// "h 17:00", "at 5 pm", "ore 18.30": a word for "at" may stand before the time.</summary>
    private const string TimeOfDay = @"(?:(?:h|at|ore|um|à|kl\.?)\s+)?\d{1,2}(?:[:h.]\d{2}|h\b|\s*[ap]\.?m\b)";

    [GeneratedRegex(@"^" + TimeOfDay + @"(?:\s*[ap]\.?m\.?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CommaTime();

    /// <summary>
    /// An emoji badge after a month alone under a year heading ("Nov. 📝 A paper ...", "Oct. 🛩 ..."): hand-written news
    /// lists mark each item's kind with one, and it parts the date from the text as a separator would. It stays in the text.
    /// </summary>
    private const string Badge = @"(?:\p{Cs}|\p{So})";

    /// <summary>Text after a date with no separator must start like a sentence, not continue a number ("2024 12 talks").</summary>
    [GeneratedRegex(@"^\s*(?:(?:[•*·▪‣◦-]|(?:\p{Cs}|\p{So})+[\uFE0F\u200D]?)\s+)?(?<open>[\[(]?)\s*" + Weekday + @"(?<date>\d{1,2}(?:\.|st|nd|rd|th)?\s+" + Mon + @"|" + Mon + @"\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)|" + Mon + @"(?=\s*(?:$|[:—–|]|" + Badge + @")))\s*(?<close>[\])]?)(?:\s*(?<sep>[:—–|]|-(?=\s)|\s-\s|(?=" + Badge + @")))?\s*",
        RegexOptions.IgnoreCase)]
    private static partial Regex YearlessLead();

    [GeneratedRegex(@"(?:[(\[]\s*(?:(?:posted|published|updated|added)\s+)?(?:on\s+)?(?<date>[^()\[\]]{4,30}?)\s*[)\]]|\s[—–|]\s*(?<date>[^—–|()]{4,30}?))\s*\.?\s*$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"(?<=\d)/\s+(?=\d)")]
    private static partial Regex BrokenSlash();

    [GeneratedRegex(@"^\s*(?:#+\s*)?((?:19|20)\d{2})\s*:?\s*$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^\([^()]{1,30}\)$")]
    private static partial Regex Aside();

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOnly();

    [GeneratedRegex(@"^\([^()]{1,30}\)\s*(?:[:—–|]|-(?=\s))\s*")]
    private static partial Regex AsideThenSeparator();

    [GeneratedRegex(@"^[\p{Lu}\p{Lt}""“‘'(]")]
    private static partial Regex LooseRest();

    [GeneratedRegex(@"^(\d{1,2})\.(?=\s)")]
    private static partial Regex DayDot();
}
