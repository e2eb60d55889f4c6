using System.Text;
using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>One paper of the listing as printed: every part may be missing.</summary>
internal sealed record ListingEntry(string? Title, IReadOnlyList<string> Authors, string? VenueLine, string? Abstract);

/// <summary>
/// Cuts the line stream into entries. "Preview abstract" and "View details" anchor each entry; the lines
/// before an abstract are the entry's head (title, co-authors, venue), classified by position and shape.
/// Heads without an abstract (cut-short entries) are split where a venue line ends one and a title starts the next.
/// </summary>
internal static partial class ListingEntries
{
    /// <summary>A head line; <paramref name="IsAuthor"/> when the page's layout already says it names a person.</summary>
    private sealed record HeadLine(string Text, bool IsTitle, bool IsAuthor = false);

    public static List<ListingEntry> Read(IReadOnlyList<string> lines, int start)
    {
        var entries = new List<(List<HeadLine> Head, string? Abstract)>();
        var head = new List<HeadLine>();
        var i = start;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (ListingLines.IsAbstractStart(line))
            {
                var j = i + 1;
                var body = new List<string>();
                while (j < lines.Count && !ListingLines.IsEntryEnd(lines[j]) && !ListingLines.IsAbstractStart(lines[j]))
                    body.Add(lines[j++]);
                List<string> carried = [];
                if (j >= lines.Count || ListingLines.IsAbstractStart(lines[j]))
                    (body, carried) = SplitUnclosedAbstract(body);
                else
                {
                    // Closed, but an entry without its own abstract may sit inside: short lines ending in a venue.
                    var (text, tail) = SplitUnclosedAbstract(body);
                    if (tail.Count >= 2 && tail.All(t => t.Length < 200) && ListingLines.LooksLikeVenue(tail[^1]))
                    {
                        AddHeads(entries, head, Join(text));
                        head = tail.Select(c => new HeadLine(c, false)).ToList();
                        AddHeads(entries, head, null);
                        head = [];
                        i = j + 1;
                        continue;
                    }
                }
                AddHeads(entries, head, Join(body));
                head = carried.Select(c => new HeadLine(c, false)).ToList();
                if (j >= lines.Count && head.Count > 0) { AddHeads(entries, head, null); head = []; }
                i = j < lines.Count && ListingLines.IsEntryEnd(lines[j]) ? j + 1 : j;
                continue;
            }
            if (ListingLines.IsEntryEnd(line))
            {
                // An entry with no abstract on the page still ends at its "View details".
                if (head.Count > 0) { AddHeads(entries, head, null); head = []; }
                i++;
                continue;
            }
            if (ListingLines.IsTitleTail(line))
            {
                // Right after a title, "Preview" marks it (an entry cut short before its authors); after a venue line
                // it is the entry's cut-off abstract button, so the entry ends there.
                // A lone "Preview" closing the page after a title and co-authors is the cut-off button of that entry.
                var endsPage = i == lines.Count - 1 && head.Count > 1;
                if (endsPage || head.Count > 1 && !head[^1].IsTitle && ListingLines.LooksLikeVenue(head[^1].Text) && ListingLines.FindYear(head[^1].Text) is not null)
                {
                    // The button follows the venue, so a cut-off entry whose last line is no venue ends with a co-author.
                    if (endsPage && !ListingLines.LooksLikeVenue(head[^1].Text) && PersonNames.LooksLikeName(head[^1].Text))
                        head[^1] = head[^1] with { IsAuthor = true };
                    AddHeads(entries, head, null);
                    head = [];
                }
                else if (head.Count > 0) head = MarkTitle(head);
            }
            else head.Add(new HeadLine(line, false));
            i++;
        }
        if (head.Count > 0) AddHeads(entries, head, null);

        // Co-authors recur across a listing: a name-shaped last line that is someone's co-author elsewhere is an
        // author here too (the entry has no venue), not a venue that merely looks like a name.
        var coauthors = entries.Where(e => e.Head.Count >= 3)
            .SelectMany(e => e.Head.Skip(1).Take(e.Head.Count - 2))
            .Select(h => PersonNames.MatchKey(h.Text)).ToHashSet(StringComparer.Ordinal);
        // Where every full entry's title runs to four words or more, two or three capitalised words alone are a name.
        // An entry is judged by the others' titles, so its own name-shaped first line does not veto it.
        var fullTitles = entries.Select((e, k) => (Index: k, e.Head))
            .Where(e => e.Head.Count >= 3 && ListingLines.LooksLikeVenue(e.Head[^1].Text))
            .Select(e => (e.Index, Words: e.Head[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)).ToList();
        bool LongTitlesBesides(int k)
        {
            var others = fullTitles.Where(t => t.Index != k).ToList();
            return others.Count >= 2 && others.All(t => t.Words >= 4);
        }
        // Where nearly every full entry's venue line reads as a venue, a plain name alone under a title is its
        // (only printed) co-author, not a venue that happens to look like a name.
        var full = entries.Count(e => e.Head.Count >= 3);
        var venuesReadable = full >= 3 && fullTitles.Count >= 0.75 * full;
        var pageAbstracts = string.Join("\n", entries.Select(e => e.Abstract).OfType<string>());
        return entries.Select((e, k) => Classify(e.Head, e.Abstract, coauthors, LongTitlesBesides(k), venuesReadable, pageAbstracts)).ToList();
    }

    /// <summary>
    /// "Preview" follows the title. A title wrapped over two or three lines ends with its last line; the lines before
    /// it since the previous entry closed (or its venue line) are the title's first lines when they are not names —
    /// a line of a wrapped title is never an entry of its own.
    /// </summary>
    private static List<HeadLine> MarkTitle(List<HeadLine> head)
    {
        var from = head.Count - 1;
        while (from > 0 && head.Count - from < 3 && !head[from - 1].IsTitle
               && !(ListingLines.LooksLikeVenue(head[from - 1].Text) && ListingLines.FindYear(head[from - 1].Text) is not null))
            from--;
        // The lines before the title's last one reach back to the head's start or a venue line; otherwise they may be
        // a cut-short entry's names, and only the last line is the title.
        var reachesStart = from == 0 || ListingLines.LooksLikeVenue(head[from - 1].Text) && ListingLines.FindYear(head[from - 1].Text) is not null;
        var wrapped = reachesStart && Enumerable.Range(from + 1, head.Count - from - 1)
            .All(k => !PersonNames.LooksLikeName(head[k].Text) || EndsMidPhrase(head[k - 1].Text));
        if (!wrapped) from = head.Count - 1;
        var title = string.Join(" ", head.Skip(from).Select(h => h.Text));
        return [.. head.Take(from), new HeadLine(title, true)];
    }

    /// <summary>Adds the entries of one head; only the last of them owns the abstract that follows.</summary>
    private static void AddHeads(List<(List<HeadLine>, string?)> entries, List<HeadLine> head, string? abstractText)
    {
        var groups = SplitHead(head);
        for (var g = 0; g < groups.Count; g++)
            entries.Add((groups[g], g == groups.Count - 1 ? abstractText : null));
        if (groups.Count == 0 && abstractText is not null)
            entries.Add(([], abstractText));
    }

    private static List<List<HeadLine>> SplitHead(List<HeadLine> head)
    {
        var groups = new List<List<HeadLine>>();
        var current = new List<HeadLine>();
        for (var k = 0; k < head.Count; k++)
        {
            var line = head[k];
            if (line.IsTitle && current.Count > 0) { groups.Add(current); current = []; }
            current.Add(line);
            // A yearless venue line followed by the head's last line, a dated venue-like line, is one venue printed
            // over two lines ("Proceedings of ..." / "Publisher (2023)"), not the end of an entry.
            var venueContinues = k + 2 == head.Count && !head[k + 1].IsTitle && ListingLines.FindYear(line.Text) is null
                && ListingLines.LooksLikeVenue(head[k + 1].Text) && ListingLines.FindYear(head[k + 1].Text) is not null
                && !PersonNames.LooksLikeName(line.Text);
            var venueEndsEntry = current.Count > 1 && k + 1 < head.Count && ListingLines.LooksLikeVenue(line.Text) && !line.IsTitle && !venueContinues
                && !IsGroupAmongNames(head, k);
            if (venueEndsEntry) { groups.Add(current); current = []; }
        }
        if (current.Count > 0) groups.Add(current);
        return groups;
    }

    /// <summary>
    /// "V Mohan / Acme Human Genetics / XY-2 Consortium / J Flannick / … / medRxiv (2022)": a yearless line with a venue
    /// word that sits inside the run of co-authors — a name before it, and after it only names (an initialled one or
    /// a credited group first, two or more in all) up to the dated venue line closing the head — is an organisation
    /// credited as an author, not the venue of an entry that ends there: the next entry would open with a title.
    /// </summary>
    private static bool IsGroupAmongNames(List<HeadLine> head, int k)
    {
        if (k == 0 || k + 3 > head.Count || ListingLines.FindYear(head[k].Text) is not null) return false;
        var before = head[k - 1].Text;
        if (head[k - 1].IsTitle || !PersonNames.LooksLikeName(before) || ListingLines.LooksLikeVenue(before)) return false;
        var next = head[k + 1];
        if (next.IsTitle || !(PersonNames.IsCollectiveName(next.Text) || InitialledName().IsMatch(next.Text))) return false;
        var last = head[^1].Text;
        return ListingLines.FindYear(last) is not null && ListingLines.LooksLikeVenue(last)
            && head.Skip(k + 1).Take(head.Count - k - 2).All(h => !h.IsTitle && PersonNames.LooksLikeName(h.Text) && !ListingLines.LooksLikeVenue(h.Text));
    }

    /// <summary>"J Flannick", "AR Majithia", "A. B. Ruiz": initials, dotted or not, before a surname.</summary>
    [GeneratedRegex(@"^(?:\p{Lu}{1,3}|(?:\p{Lu}\.\s?){1,3})\s\p{Lu}\p{Ll}[\p{L}'’-]*$")]
    private static partial Regex InitialledName();

    private static ListingEntry Classify(List<HeadLine> group, string? abstractText, HashSet<string> coauthors, bool longTitles, bool venuesReadable, string pageAbstracts)
    {
        if (group.Count == 0) return new ListingEntry(null, [], null, abstractText);
        var texts = group.Select(h => h.Text).ToList();
        if (texts.Count == 1)
            return ListingLines.LooksLikeVenue(texts[0]) && !group[0].IsTitle
                ? new ListingEntry(null, [], texts[0], abstractText)
                : new ListingEntry(texts[0], [], null, abstractText);

        // An entry without its title line starts with a co-author known from other entries.
        if (!group[0].IsTitle && PersonNames.LooksLikeName(texts[0])
            && (coauthors.Contains(PersonNames.MatchKey(texts[0])) || LeadsNameRun(texts, abstractText, coauthors, longTitles, pageAbstracts)
                || OpensWithDottedNames(texts)))
        {
            var venueLast = ListingLines.LooksLikeVenue(texts[^1]) || !PersonNames.LooksLikeName(texts[^1]);
            return new ListingEntry(null, venueLast ? texts[..^1] : texts, venueLast ? texts[^1] : null, abstractText);
        }

        // Only names, none of them marked a title and no venue: the co-authors of an entry whose title line is missing.
        if (!group[0].IsTitle && texts.All(t => PersonNames.LooksLikeName(t) && !ListingLines.LooksLikeVenue(t))
            && (texts.Count >= 3 || texts.Any(t => coauthors.Contains(PersonNames.MatchKey(t)) || HasInitial(t)) || longTitles && abstractText is not null && texts.All(IsPlainName)))
            return new ListingEntry(null, texts, null, abstractText);

        var title = new StringBuilder(texts[0]);
        var first = 1;
        // A title wrapped over two lines: the second part is neither a name nor a venue, or the first part cannot end
        // a title ("Lessons from" / "Eleven Hospitals"), whatever the second looks like. A title that "Preview" closed
        // is whole already (its wrapped lines were joined there): what follows it is the entry's names and venue.
        while (!group[0].IsTitle && first < texts.Count - 1 && !ListingLines.LooksLikeVenue(texts[first])
               && (!PersonNames.LooksLikeName(texts[first]) || EndsMidPhrase(texts[first - 1])))
            title.Append(' ').Append(texts[first++]);

        var last = texts[^1];
        // A name-shaped last line closing a run of two or more names is one more co-author (the entry prints no
        // venue); yearless venues that look like two capitalised words carry a venue word ("Cancer Discovery").
        var nameRun = texts.Count - 1 - first >= 2 && texts.Skip(first).Take(texts.Count - 1 - first)
            .All(t => PersonNames.LooksLikeName(t) && !ListingLines.LooksLikeVenue(t)) && IsPlainName(last);
        var lastIsAuthor = group[^1].IsAuthor || !ListingLines.LooksLikeVenue(last) && PersonNames.LooksLikeName(last)
            && (HasInitial(last) || coauthors.Contains(PersonNames.MatchKey(last)) || nameRun
                || texts.Count == 2 && first == 1 && venuesReadable && IsPlainName(last));
        var authorsEnd = lastIsAuthor ? texts.Count : texts.Count - 1;
        var authors = texts.Skip(first).Take(Math.Max(0, authorsEnd - first)).ToList();
        var venue = lastIsAuthor || first >= texts.Count ? null : last;
        // The venue's first line when it is printed over two ("Proceedings of ..." / "Publisher (2023)").
        if (venue is not null && authors.Count > 0 && ListingLines.LooksLikeVenue(authors[^1]) && !PersonNames.LooksLikeName(authors[^1])
            && ListingLines.FindYear(authors[^1]) is null && ListingLines.FindYear(venue) is not null)
        {
            venue = authors[^1] + ", " + venue;
            authors = authors[..^1];
        }
        return new ListingEntry(title.ToString(), authors, venue, abstractText);
    }

    /// <summary>
    /// "Ana Díaz / Bo Chen / Venue (2021)" where titles on the page are long: a plain name opening a run of names
    /// that includes a co-author known from other entries, closed by a venue, is the first author of an untitled entry.
    /// </summary>
    private static bool LeadsNameRun(List<string> texts, string? abstractText, HashSet<string> coauthors, bool longTitles, string pageAbstracts)
    {
        // Kept to short runs (three names at most): a short title over a long author list is the likelier reading.
        if (!longTitles || texts.Count is < 3 or > 4 || !(IsPlainName(texts[0]) || HasInitial(texts[0]))) return false;
        // A short title's words recur in lower case in its own abstract ("Disciplined Inconsistency" … "inconsistency"); a name's do not.
        if (abstractText is not null && texts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(w => w.Length > 3 && System.Text.RegularExpressions.Regex.IsMatch(abstractText, $@"\b{System.Text.RegularExpressions.Regex.Escape(w.ToLowerInvariant())}\b")))
            return false;
        // A short title's subject recurs across the listing ("Volumetric Functional Maps" … "functional maps" in
        // another paper's abstract): two of its words in lower case elsewhere; one may be a surname that is also a word.
        if (LowerCaseRecurrences(texts[0], pageAbstracts) >= 2) return false;
        if (!ListingLines.LooksLikeVenue(texts[^1]) || ListingLines.FindYear(texts[^1]) is null) return false;
        var middle = texts[1..^1];
        return middle.All(t => PersonNames.LooksLikeName(t) && !ListingLines.LooksLikeVenue(t))
            && middle.Any(t => coauthors.Contains(PersonNames.MatchKey(t)));
    }

    /// <summary>
    /// "V. Tamsitt / M. R. Mazloff / …": a first line of dotted initials and one surname over another name is a name, new
    /// co-authors or not; no title reads "V. Tamsitt".
    /// </summary>
    private static bool OpensWithDottedNames(List<string> texts) =>
        texts.Count >= 3 && DottedInitialName().IsMatch(texts[0].Trim())
        && PersonNames.LooksLikeName(texts[1]) && !ListingLines.LooksLikeVenue(texts[1]);

    [GeneratedRegex(@"^(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*$")]
    private static partial Regex DottedInitialName();

    private static int LowerCaseRecurrences(string line, string text) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).Select(w => w.ToLowerInvariant()).Distinct()
            .Count(w => System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(w)}\b"));

    /// <summary>A line that stops on a preposition, article or conjunction, or on ':' / ',' / '-', continues on the next.</summary>
    private static bool EndsMidPhrase(string line)
    {
        var t = line.TrimEnd();
        if (t.Length == 0) return false;
        if (t[^1] is ':' or ',' or '-' or '–' or '—') return true;
        var space = t.LastIndexOf(' ');
        var word = (space < 0 ? t : t[(space + 1)..]).ToLowerInvariant();
        return space >= 0 && word is "a" or "an" or "the" or "of" or "for" or "from" or "to" or "in" or "on" or "with" or "and"
            or "or" or "via" or "by" or "at" or "into" or "towards" or "toward" or "under" or "through" or "without" or "versus" or "vs.";
    }

    /// <summary>"Keith Rush": two or three capitalised words, as names are printed, rather than a short title.</summary>
    private static bool IsPlainName(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 3 } words
        && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '’'));

    private static bool HasInitial(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.');

    /// <summary>
    /// An abstract not closed by "View details" runs into the next entry's head: the abstract ends at its last
    /// line that ends a sentence, the rest belongs to the next entry.
    /// </summary>
    private static (List<string> Abstract, List<string> Remainder) SplitUnclosedAbstract(List<string> body)
    {
        var end = body.FindLastIndex(l => l.EndsWith('.') || l.EndsWith('!') || l.EndsWith('?') || l.EndsWith('"') || l.EndsWith('”'));
        return end < 0 ? (body, []) : (body.Take(end + 1).ToList(), body.Skip(end + 1).ToList());
    }

    /// <summary>Joins hard-wrapped abstract lines; a line ending in a hyphen joins without a space.</summary>
    private static string? Join(List<string> body)
    {
        if (body.Count == 0) return null;
        var sb = new StringBuilder();
        foreach (var line in body)
        {
            if (sb.Length > 0 && sb[^1] != '-') sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }
}
