using System.Text.RegularExpressions;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// The last resort for a listing whose layout no specific reader knows: the page's pieces (<see cref="EntryCandidates"/>)
/// that are shaped like entries (<see cref="EntryShape"/>) are read one by one with the citation readers the other
/// formats already have — a citation paragraph ("Names. Year. Title. Venue."), or a profile entry (a quoted or
/// title-first citation, or title, names and venue on lines of their own). A piece neither reads is left out; fields
/// a piece does not print stay empty.
/// </summary>
internal static partial class StructuralEntries
{
    public static List<Item> Read(string text, string? owner)
    {
        var items = new List<Item>();
        int? sectionYear = null;
        foreach (var (candidate, kind) in ListingSections.Assign(EntryCandidates.Read(text)))
        {
            if (kind is null) continue;
            if (kind == RecordKind.Talk)
            {
                if (!ListingSections.IsHeading(candidate) && ReadTalk(candidate, owner) is { } talk) items.Add(talk);
                continue;
            }
            var whole = TrailingLabels().Replace(candidate.Text, "").Trim();
            // A year printed alone heads the entries under it and dates those that print none.
            if (LooseDates.IsYearOnly(whole) || EntryCandidates.IsYearBadge(whole)) { sectionYear = LooseDates.FindYear(whole); continue; }
            // "2023  Ruiz, A. …": a year column or lead dates the citation after it.
            var cited = EntryShape.WithoutLeadingYear(whole, out var rowYear);
            var piece = rowYear is null ? candidate : candidate with { Lines = [cited] };
            // An entry by its marks, or a paper card that prints no year: a title line over a line of two or more names.
            // Any other piece is read only when it parses whole as a citation ("Doe, J. Title. Venue 45, 1-9." with one
            // name and no venue word).
            if (!EntryShape.IsEntry(candidate) && !(candidate.Lines.Count >= 2 && EntryShape.NameCount(candidate.Lines[1]) >= 2
                && AuthorText.IsNamesOnly(candidate.Lines[1].TrimEnd('.'))))
            {
                if (CitationParagraphs.Read(cited, rowYear ?? sectionYear) is { } work) items.Add(WithPrinted(work.ToItem(owner), candidate));
                continue;
            }
            if (ReadOne(piece, cited, rowYear ?? sectionYear, owner) is { } item)
                items.Add(WithPrinted(GivenTalk().IsMatch(candidate.Text) ? item with { Kind = RecordKind.Talk, Authors = [] } : item, candidate));
        }
        return items;
    }

    /// <summary>A talk as the profile pages print one: "Title, Meeting, Place, Date", or a citation of it.</summary>
    private static Item? ReadTalk(EntryCandidate candidate, string? owner)
    {
        var entry = new ProfileEntry { Line = candidate.Line };
        entry.AddParagraph([[new Seg(SegKind.Text, TrailingLabels().Replace(candidate.Text, "").Trim())]]);
        return OtherEntries.Read(entry, RecordKind.Talk, owner);
    }

    /// <summary>The DOI the entry prints (a doi.org link the readers left out) and the abstract its card prints.</summary>
    private static Item WithPrinted(Item item, EntryCandidate candidate)
    {
        if (item.Identifiers.Doi is null && ScholarlyIds.FindDoi(candidate.Text) is { } doi)
            item = item with { Identifiers = item.Identifiers with { Doi = doi } };
        return candidate.Abstract is { } summary && item.Summary is null ? item with { Summary = summary } : item;
    }

    private static Item? ReadOne(EntryCandidate candidate, string whole, int? sectionYear, string? owner)
    {
        // A card whose title and author list both wrap ("…, A. Loffler, T." / "Heindel, …, and A. Forchel" / "Phys. Rev. B
        // 81, …"): read as one run, the venue's first word would join the last name, so its parts are made whole first.
        if (candidate.Lines.Count > 1 && CardParts(candidate.Lines) is { } card && ReadLines(candidate, card, sectionYear, owner) is { } carded)
            return carded;
        // Parts made whole where the piece was cut (stacked cards): read as they are, before any joining of lines; their
        // identifier lines are no abstract (the DOI is read off the whole piece).
        if (candidate.Parted && ReadLines(candidate, candidate.Lines.Where(l => !StackedCards.IsIdentifier(l)).ToList(), sectionYear, owner) is { } parted)
            return parted;
        if (CitationParagraphs.Read(whole, sectionYear) is { } work) return work.ToItem(owner);
        // Title, names and venue on lines of their own, or the citation as one run of text.
        // A paragraph hard-wrapped mid-citation (a line ending on a comma or an initial, the next going on with a number)
        // is one citation: its lines are no parts of their own.
        // A title wrapped onto a line that goes on in lower case ("…for active" / "self-organization") is one line again
        // first; the parts on lines of their own are still the better reading ("arXiv:2507.06073" under the names).
        IEnumerable<IReadOnlyList<string>> readings = candidate.Lines.Count <= 1 ? [[whole]]
            : IsWrapped(candidate.Lines) ? [[whole], candidate.Lines]
            : Rejoined(candidate.Lines) is { } rejoined ? [rejoined, candidate.Lines, [whole]] : [candidate.Lines, [whole]];
        foreach (var lines in readings)
            if (ReadLines(candidate, lines, sectionYear, owner) is { } item) return item;
        return null;
    }

    /// <summary>The piece read as a profile entry whose parts are <paramref name="lines"/>, or null when they give no entry.</summary>
    private static Item? ReadLines(EntryCandidate candidate, IReadOnlyList<string> lines, int? sectionYear, string? owner)
    {
        var entry = new ProfileEntry { Line = candidate.Line, GroupYear = sectionYear };
        entry.AddParagraph(lines.Select(l => new List<Seg> { new(SegKind.Text, TrailingLabels().Replace(l, "").Trim()) }).ToList());
        if (PublicationEntries.Read(entry, owner) is not { } item || string.IsNullOrWhiteSpace(item.Title)) return null;
        if (item.Authors.Count == 0 && item.Year is null && item.Published is null && item.Venue is null) return null;
        return item.Published is null && item.Year is null && sectionYear is { } year
            ? item with { Published = PartialDate.OfYear(year), Year = year }
            : item;
    }

    /// <summary>
    /// The parts of a paper card hard-wrapped line by line — a line that cannot end a part joined to the next, a line
    /// going on in lower case joined to the one above — when that gives a title over a line of two or more names and
    /// more below it; null when the lines are no such card or were whole already.
    /// </summary>
    private static List<string>? CardParts(IReadOnlyList<string> lines)
    {
        var joined = new List<string> { lines[0].Trim() };
        var joinNext = WrapEnd().IsMatch(lines[0].TrimEnd());
        for (var k = 1; k < lines.Count; k++)
        {
            var next = lines[k].Trim();
            var goesOn = next.Length > 0 && char.IsLower(next[0]) && !IdentifierLine().IsMatch(next) && !joined[^1].EndsWith('.');
            if (joinNext || goesOn) joined[^1] += " " + next;
            else joined.Add(next);
            joinNext = WrapEnd().IsMatch(next);
        }
        if (joined.Count == lines.Count || joined.Count < 3) return null;
        var namesAt = joined.FindIndex(1, l => EntryShape.NameCount(l) >= 2 && AuthorText.IsNamesOnly(l.TrimEnd('.')));
        return namesAt > 0 && namesAt < joined.Count - 1 && !AuthorText.IsNamesOnly(joined[0].TrimEnd('.')) ? joined : null;
    }

    private static bool IsWrapped(IReadOnlyList<string> lines)
    {
        // A quoted title with the names after it on its line: the line holds more than one part, so it is wrapped text.
        if (QuotedThenMore().IsMatch(lines[0])) return true;
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            var line = lines[k].TrimEnd();
            var next = lines[k + 1].TrimStart();
            if (WrapEnd().IsMatch(line) || next.Length > 0 && char.IsDigit(next[0])) return true;
        }
        return false;
    }

    /// <summary>The lines with each one that goes on in lower case joined to the line above, or null when none does.</summary>
    private static List<string>? Rejoined(IReadOnlyList<string> lines)
    {
        var joined = new List<string> { lines[0] };
        for (var k = 1; k < lines.Count; k++)
        {
            var next = lines[k].TrimStart();
            // "arXiv:2507.06073", "doi:10.1/x", "https://…": an identifier line is a part of its own.
            if (next.Length > 0 && char.IsLower(next[0]) && !IdentifierLine().IsMatch(next) && !joined[^1].TrimEnd().EndsWith('.'))
                joined[^1] = joined[^1].TrimEnd() + " " + next;
            else joined.Add(lines[k]);
        }
        return joined.Count == lines.Count ? null : joined;
    }

    [GeneratedRegex(@"^(?:\p{L}+:\S|https?://|www\.)")]
    private static partial Regex IdentifierLine();

    /// <summary>
    /// A line that cannot end a part: a comma, "and", "&amp;", a lone initial ("F."), a word cut at its hyphen, or a
    /// journal's abbreviated word ("Phys.") whose name goes on below.
    /// </summary>
    [GeneratedRegex(@"(?:,|\band|&|(?:^|\s)\p{Lu}\.|\p{L}-|\b(?:Phys|Chem|Rev|Lett|Proc|Trans|Natl|Acad|Appl|Am|Soc|Sci)\.|\b\p{Lu}\p{Ll}*\.\s\p{Lu}\p{Ll}{1,7}\.)$")]
    private static partial Regex WrapEnd();

    /// <summary>"“Title,” remarks at the Academy …", "“Title,” keynote lecture to …": a quoted title given as a talk.</summary>
    [GeneratedRegex(@"^[“""][^”""]{3,300}[”""],?\s+(?:\p{Ll}+\s+){0,2}(?i:remarks|talk|lecture|presentation|keynote|address|speech|seminar|testimony)\s+(?:at|to|before)\s")]
    private static partial Regex GivenTalk();

    [GeneratedRegex(@"^[“""][^”""]{3,}[,.]?[”""][,.]?\s+\S")]
    private static partial Regex QuotedThenMore();

    /// <summary>The entry's bracketed link labels ("[ bib | http ]", "[pdf]"): buttons, not part of the citation.</summary>
    [GeneratedRegex(@"(?:\s*\[[^\[\]]{1,60}\])+\s*$")]
    private static partial Regex TrailingLabels();
}
