using System.Globalization;
using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>Turns one BibTeX entry into a record: which field means what, for the entry types in use.</summary>
internal static partial class BibRecords
{
    private static readonly HashSet<string> ThesisTypes = ["phdthesis", "mastersthesis", "thesis", "bachelorsthesis"];

    public static Item ToItem(BibEntry e)
    {
        var arxiv = Arxiv(e);
        var published = Published(e);
        return new Item
        {
            Id = e.Key,
            Kind = ThesisTypes.Contains(e.Type) || BibThesisNotes.NamesThesis(e) ? RecordKind.Thesis
                : BibTalks.IsTalk(e) ? RecordKind.Talk : RecordKind.Publication,
            Title = Text(e.Raw("title")),
            Url = BibLinks.Clean(e.Raw("url")),
            Authors = BibNames.Parse(e.Raw("author") ?? e.Raw("editor")),
            Published = published,
            Year = published?.Year,
            Venue = BibVenue.Of(e),
            Summary = Summary(e.Raw("abstract")),
            Tags = Keywords(e.Raw("keywords")),
            Links = BibLinks.From(e),
            Identifiers = new Identifiers { Doi = ScholarlyIds.FindDoi(BibLinks.Clean(e.Raw("doi"))), Arxiv = arxiv },
        };
    }

    private static string? Text(string? raw) => raw is null ? null : LatexText.ToUnicode(raw) is { Length: > 0 } t ? t : null;

    /// <summary>The arXiv id of "eprint" (unless archivePrefix/eprinttype names another archive) or of a field named
    /// for arXiv: "arxiv", Mendeley's "arxivId", and the custom fields people add to Zotero and BibDesk exports
    /// ("arxivurl = {https://arxiv.org/abs/…}", "arxiv_url"), holding the bare id or its abs/pdf address.</summary>
    private static string? Arxiv(BibEntry e)
    {
        var archive = e.Raw("archiveprefix") ?? e.Raw("eprinttype");
        var fromEprint = archive is null || archive.Contains("arxiv", StringComparison.OrdinalIgnoreCase)
            ? ScholarlyIds.ParseBareArxiv(OldStyleEprint(e) ?? BibLinks.Clean(e.Raw("eprint")))
            : null;
        return fromEprint
            ?? e.Fields.Keys.Where(k => k.StartsWith("arxiv", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase)
                .Select(k => ScholarlyIds.ParseBareArxiv(BibLinks.Clean(e.Raw(k)))).FirstOrDefault(id => id is not null);
    }

    /// <summary>An old-style eprint written as its seven digits with the archive in primaryClass
    /// ("eprint = {9810003}, primaryClass = {quant-ph}") is the id "quant-ph/9810003"; a subject class after the
    /// archive ("physics.optics") is not part of the id arXiv prints.</summary>
    private static string? OldStyleEprint(BibEntry e) =>
        BibLinks.Clean(e.Raw("eprint")) is { } eprint && SevenDigits().IsMatch(eprint)
        && BibLinks.Clean(e.Raw("primaryclass")) is { } cls && ArchiveName().Match(cls) is { Success: true } archive
            ? archive.Groups["a"].Value.ToLowerInvariant() + "/" + eprint
            : null;

    [GeneratedRegex(@"^\d{7}(?:v\d+)?$")]
    private static partial Regex SevenDigits();

    [GeneratedRegex(@"^(?<a>[a-z]+(?:-[a-z]+)?)(?:\.[a-z\-]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveName();

    /// <summary>year (+ month, + day) as written; biblatex's "date" when there is no year.</summary>
    private static PartialDate? Published(BibEntry e)
    {
        var year = Text(e.Raw("year")) is { } y && FourDigits().Match(y) is { Success: true } m
            ? int.Parse(m.Value, CultureInfo.InvariantCulture) : (int?)null;
        if (year is null)
            return Text(e.Raw("date")) is { } d && LooseDates.TryParse(d, out var date) ? date : null;
        if (year is < 1000 or > 9999) return null;
        if (Month(Text(e.Raw("month"))) is not { } month) return PartialDate.OfYear(year.Value);
        if (int.TryParse(Text(e.Raw("day")), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day >= 1 && day <= DateTime.DaysInMonth(year.Value, month))
            return PartialDate.OfDay(year.Value, month, day);
        return PartialDate.OfMonth(year.Value, month);
    }

    private static int? Month(string? text)
    {
        if (text is null) return null;
        var first = MonthWord().Match(text);
        if (!first.Success) return null;
        if (int.TryParse(first.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n is >= 1 and <= 12 ? n : null;
        return LooseDates.Month(first.Value);
    }

    /// <summary>The abstract as plain text; some sites write HTML in it (&lt;em&gt;, &lt;p&gt;, links).</summary>
    private static string? Summary(string? raw)
    {
        var text = Text(raw);
        if (text is null) return null;
        if (HtmlTag().IsMatch(text)) text = HtmlSafety.ToText(text).Replace('\n', ' ');
        return text.Length == 0 ? null : text;
    }

    private static IReadOnlyList<string> Keywords(string? raw) =>
        Text(raw) is { } text
            ? text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"[A-Za-z]+|\d+")]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();
}
