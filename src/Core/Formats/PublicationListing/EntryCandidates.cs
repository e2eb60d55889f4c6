using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>One piece of a page that may be a single entry: its lines as printed (trimmed, labels dropped).</summary>
internal sealed record EntryCandidate(IReadOnlyList<string> Lines, int Line)
{
    public string Text => TextKey.CollapseWhitespace(string.Join(" ", Lines));

    /// <summary>The prose paragraph a paper card prints under its title, when it prints one.</summary>
    public string? Abstract { get; init; }

    /// <summary>Its lines are the entry's parts already (title, names, venue), made whole by the reader that cut it.</summary>
    public bool Parted { get; init; }
}

/// <summary>
/// Cuts a text page into the pieces that, on a listing, hold one entry each — read from the page's structure alone,
/// whatever the site: blank-line paragraphs; bullet or numbered items ("•", "-", "1.", "[3]"); hanging-indent blocks
/// (a line at the run's left margin opens a piece, deeper lines continue it — also how w3m prints table rows whose
/// first cell is empty on wrapped lines); and citations glued line after line with nothing between them, cut after a
/// line that closes a citation (its year and full stop, or its bracketed link labels). A paragraph that is nothing
/// but names belongs with the title paragraph above it and a short venue line under it ("Title" / "Ana Ruiz, Bo Chen"
/// / "Journal · 2021"): the three are one piece.
/// </summary>
internal static partial class EntryCandidates
{
    public static List<EntryCandidate> Read(string text)
    {
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00a0', ' ').Replace('\t', ' ').Split('\n');
        var pieces = new List<EntryCandidate>();
        var run = new List<(string Line, int At)>();
        // A list whose items are parted by blank lines ("1. …" / blank / "2. …") is numbered as a whole, though each
        // run holds one number: three or more runs opening with one make the page's numbers item labels.
        var numberedPage = OpenRuns(raw).Count(l => Label().Match(l.Trim()) is { Success: true } m && m.Value.Any(char.IsDigit)) >= 3;
        for (var i = 0; i <= raw.Length; i++)
        {
            // A horizontal rule between entries parts them as a blank line does.
            if (i == raw.Length || raw[i].Trim().Length == 0 || Rule().IsMatch(raw[i]))
            {
                pieces.AddRange(SplitRun(run, numberedPage));
                run = [];
            }
            else run.Add((raw[i].TrimEnd(), i + 1));
        }
        return JoinNameParagraphs(pieces);
    }

    /// <summary>The first line of each run of non-blank lines.</summary>
    private static IEnumerable<string> OpenRuns(string[] raw) =>
        raw.Where((l, i) => l.Trim().Length > 0 && !Rule().IsMatch(l) && (i == 0 || raw[i - 1].Trim().Length == 0 || Rule().IsMatch(raw[i - 1])));

    private static IEnumerable<EntryCandidate> SplitRun(List<(string Line, int At)> run, bool numberedPage)
    {
        if (run.Count == 0) yield break;
        var margin = run.Min(l => Indent(l.Line));
        // Hanging indent only when the run mixes the margin with deeper lines and opens at the margin.
        var hanging = Indent(run[0].Line) == margin && run.Any(l => Indent(l.Line) > margin) && run.Count(l => Indent(l.Line) == margin) >= 2;
        // A number opens an item only in a numbered run: a lone "8. https://…" is a wrapped citation's tail.
        // A run that opens with item 1 is a numbered list too, though the list holds one item (a section with one paper).
        var numbered = numberedPage && Label().Match(run[0].Line.Trim()) is { Success: true } opening && opening.Value.Any(char.IsDigit)
            || run.Count(l => Label().Match(l.Line.Trim()) is { Success: true } m && m.Value.Any(char.IsDigit)) >= 2
            || FirstItem().IsMatch(run[0].Line.Trim());
        // "[fig-12] Ruiz, A., …", "[RC21] …": a bracketed key with no space in it (an image's alt text, a citation key)
        // opening three or more of the run's lines marks its items as a bullet would.
        var keyed = run.Count(l => BracketKey().IsMatch(l.Line.Trim())) >= 3;
        Match LabelOf(string trimmed) =>
            Label().Match(trimmed) is { Success: true } m && (numbered || !m.Value.Any(char.IsDigit)) ? m
            : keyed && BracketKey().Match(trimmed) is { Success: true } key ? key : Match.Empty;
        // Citations glued line after line are cut only where nothing else marks the items (no bullets, one margin).
        var glued = !hanging && run.All(l => Indent(l.Line) == margin && !LabelOf(l.Line.Trim()).Success);
        // Paper cards stacked with nothing between them (title, names, venue and year, links): cut at each title.
        if (glued && StackedCards.Read(run.Select(l => l.Line.Trim()).ToList()) is { Count: > 0 } cards)
        {
            var trimmedLines = run.Select(l => l.Line.Trim()).ToList();
            if (cards[0].Title > 0) yield return new EntryCandidate(trimmedLines[..cards[0].Title], run[0].At);
            for (var c = 0; c < cards.Count; c++)
            {
                var end = c + 1 < cards.Count ? cards[c + 1].Title : run.Count;
                yield return new EntryCandidate(StackedCards.Parts(trimmedLines, cards[c], end), run[cards[c].Title].At) { Parted = true };
            }
            yield break;
        }
        var current = new List<string>();
        var start = run[0].At;
        for (var k = 0; k < run.Count; k++)
        {
            var (line, at) = run[k];
            var trimmed = line.Trim();
            var label = LabelOf(trimmed);
            // A search box or a filter select ("[Type      ]", "[Date]") over the first entry is the page's furniture.
            if (current.Count == 0 && FormControl().IsMatch(trimmed)) continue;
            // A short first line ("Papers", "Journal articles") over the items is their heading, not part of the first.
            var heading = current.Count == 1 && k == 1 && current[0].Split(' ').Length <= 4 && !current[0].Any(c => c is ',' or '.');
            // "2025 · 2" straight under a dated citation: the next entry's year badge, not the tail of this one.
            var badge = k > 0 && IsYearBadge(trimmed) && LooseDates.FindYear(string.Join(" ", current)) is not null;
            var opens = k > 0 && (label.Success || heading || badge || hanging && Indent(line) == margin || glued && ClosesCitation(current));
            if (opens && current.Count > 0)
            {
                yield return new EntryCandidate(current, start);
                current = [];
            }
            if (current.Count == 0) start = at;
            var content = label.Success ? trimmed[label.Length..].Trim() : trimmed;
            // w3m spreads a table row's cells over one line with wide gaps between them.
            content = CellGap().Replace(content, " · ");
            // A URL wrapped at its slash goes on unbroken.
            if (current.Count > 0 && current[^1].EndsWith('/')) current[^1] += content;
            else if (content.Length > 0) current.Add(content);
        }
        if (current.Count > 0) yield return new EntryCandidate(current, start);
    }

    /// <summary>
    /// The lines so far end a citation: the last closes with a year and a full stop ("…, 45(2), 2018.") or with
    /// bracketed link labels ("[ bib | http ]"), and they are long enough to be a whole citation.
    /// </summary>
    private static bool ClosesCitation(List<string> lines) =>
        lines.Count >= 2 && lines.Sum(l => l.Length) >= 80 && (YearStop().IsMatch(lines[^1]) || LinkLabels().IsMatch(string.Join(" ", lines.TakeLast(2))));

    private static List<EntryCandidate> JoinNameParagraphs(List<EntryCandidate> pieces)
    {
        var result = new List<EntryCandidate>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            if (result.Count > 0 && IsTitleParagraph(result[^1]) && NamesThenVenue(p) is var (cardNames, cardVenue))
                // "Ana Ruiz*, Bo Chen† · Journal 12, 345 (2021)" under its title, however the names wrap: title, names, venue.
                result[^1] = new EntryCandidate([result[^1].Text, cardNames, cardVenue], result[^1].Line);
            else if (result.Count > 0 && IsNamesParagraph(p) && IsTitleParagraph(result[^1]))
            {
                var lines = result[^1].Lines.Concat(p.Lines).ToList();
                if (i + 1 < pieces.Count && IsShortVenue(pieces[i + 1])) lines.AddRange(pieces[++i].Lines);
                result[^1] = new EntryCandidate(lines, result[^1].Line);
            }
            else if (i + 1 < pieces.Count && IsNamesOverDate(p) && IsTitleParagraph(pieces[i + 1]))
            {
                // A card that prints its names and its date and venue over the title: read as title, names, venue.
                var title = pieces[++i].Text;
                var names = TextKey.CollapseWhitespace(string.Join(" ", p.Lines.Take(p.Lines.Count - 1)));
                var card = new EntryCandidate([title, names, p.Lines[^1]], p.Line);
                // The prose under the title is the card's abstract, not a piece of the page of its own.
                if (i + 1 < pieces.Count && IsAbstract(pieces[i + 1])) card = card with { Abstract = pieces[++i].Text };
                result.Add(card);
            }
            else result.Add(p);
        }
        return result;
    }

    /// <summary>
    /// Names alone ("Ana Ruiz, Bo Chen."), or two or more names with a few words after them ("Ana Ruiz, Bo Chen, et al.
    /// Cell Reports 2020") — a short venue, not a title sentence.
    /// </summary>
    public static bool IsNamesParagraph(EntryCandidate p)
    {
        if (p.Lines.Count > 4) return false;
        var (names, rest) = MarkdownProfile.AuthorText.Consume(p.Lines[0]);
        if (names.Count == 0) return false;
        return MarkdownProfile.AuthorText.IsNamesOnly(p.Lines[0].TrimEnd('.'))
            || names.Count >= 2 && p.Lines.Count == 1 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;
    }

    /// <summary>
    /// A paragraph of names, then a separator ("·", "|", "—") and a short venue with its year: the names and the venue
    /// of the title above. The names may carry footnote marks ("*", "†") and wrap over several lines.
    /// </summary>
    private static (string Names, string Venue)? NamesThenVenue(EntryCandidate p)
    {
        // The page's footer run on under the last entry: the entry ends with the first line past the names that prints a year.
        var separated = p.Lines.ToList().FindIndex(l => NamesVenueSeparator().IsMatch(l + " "));
        if (separated < 0) return null;
        var dated = p.Lines.Skip(separated).ToList().FindIndex(l => LooseDates.FindYear(l) is not null);
        var lines = dated < 0 ? p.Lines : p.Lines.Take(separated + dated + 1).ToList();
        if (lines.Count > 6) return null;
        var text = TextKey.CollapseWhitespace(string.Join(" ", lines));
        var cut = NamesVenueSeparator().Match(text);
        if (!cut.Success) return null;
        var names = text[..cut.Index].Trim();
        var venue = text[(cut.Index + cut.Length)..].Trim();
        if (venue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 16 || LooseDates.FindYear(venue) is null) return null;
        if (LooseDates.FindYear(names) is not null || !MarkdownProfile.AuthorText.IsNamesOnly(names.TrimEnd('.'))) return null;
        return (names, venue);
    }

    private static bool IsTitleParagraph(EntryCandidate p)
    {
        var words = p.Text.Split(' ').Length;
        return p.Lines.Count <= 3 && words >= 3 && words <= 40 && LooseDates.FindYear(p.Text) is null && !MarkdownProfile.AuthorText.IsNamesOnly(p.Text);
    }

    /// <summary>
    /// Names, wrapped over a line or more, then a line with the date and the venue ("Ana Ruiz, B. Chen" / "March 2019
    /// Cell Reports, (4), pp. 1-9"): the head of a card whose title comes next.
    /// </summary>
    private static bool IsNamesOverDate(EntryCandidate p)
    {
        if (p.Lines.Count is < 2 or > 4) return false;
        var names = TextKey.CollapseWhitespace(string.Join(" ", p.Lines.Take(p.Lines.Count - 1))).TrimEnd('.');
        var last = p.Lines[^1];
        return MostlyNames(names) && LooseDates.FindYear(last) is not null
            && last.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 30 && LooseDates.FindYear(names) is null;
    }

    /// <summary>A list of names, though a name or two is garbled by the site's encoding ("K. PlA(C)h").</summary>
    private static bool MostlyNames(string text)
    {
        if (MarkdownProfile.AuthorText.IsNamesOnly(text)) return true;
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 4 && parts.Count(MarkdownProfile.AuthorText.IsNamesOnly) >= 0.75 * parts.Length;
    }

    /// <summary>Prose: several lines of sentences with no citation's year.</summary>
    private static bool IsAbstract(EntryCandidate p) =>
        p.Lines.Count >= 2 && p.Text.Length >= 200 && p.Text.Count(c => c == '.') >= 2 && !EntryShape.IsEntry(p);

    private static bool IsShortVenue(EntryCandidate p) =>
        p.Lines.Count <= 2 && p.Text.Split(' ').Length <= 14 && (EntryShape.HasVenue(p.Text) || LooseDates.FindYear(p.Text) is not null);

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>An item's bullet or number: "•", "-", "*", "1.", "12)", "[3]" — printed twice by some renderers ("1. 1.").</summary>
    [GeneratedRegex(@"^(?:(?:[•▪◦‣·*\-–]\s+|\(?\d{1,3}[.)]\s+|\[\d{1,3}\]\s*))+")]
    private static partial Regex Label();

    /// <summary>A bracketed key of letters, digits and "_-." with at least one letter, then the item's text: "[tochi-IBI] ".</summary>
    [GeneratedRegex(@"^\[(?=[\w.\-]*\p{L})[\w.\-]{2,40}\]\s+(?=\S)")]
    private static partial Regex BracketKey();

    [GeneratedRegex(@"^(?:\(?1[.)]|\[1\])\s+\S")]
    private static partial Regex FirstItem();

    /// <summary>A line of nothing but rule characters: "━━━━", "-----", "=====", "____".</summary>
    [GeneratedRegex(@"^\s*(?:[━─—–\-=_*·~]\s*){5,}$")]
    private static partial Regex Rule();

    /// <summary>An input box or a select printed by w3m: brackets around padding or one or two words.</summary>
    [GeneratedRegex(@"^\[(?:\s*|\s*[\p{L}]+(?:\s[\p{L}]+)?\s*)\]$")]
    private static partial Regex FormControl();

    /// <summary>
    /// A line that is only a year and an item's number ("2025 · 3", "#12 | 2019", "2021 - 4"): a badge heading an entry.
    /// </summary>
    public static bool IsYearBadge(string line) => YearBadge().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:#?\d{1,3}\s*[·|–—-]\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*[·|–—-]\s*#?\d{1,3})$")]
    private static partial Regex YearBadge();

    [GeneratedRegex(@"\s[·|]\s|\s[—–]\s")]
    private static partial Regex NamesVenueSeparator();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex CellGap();

    [GeneratedRegex(@"\b(?:19|20)\d{2}[a-z]?\)?\.$")]
    private static partial Regex YearStop();

    [GeneratedRegex(@"\[[^\[\]]{1,60}\]$")]
    private static partial Regex LinkLabels();
}
