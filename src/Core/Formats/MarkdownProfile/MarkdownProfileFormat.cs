using System.Text.RegularExpressions;
using Aggregator.Core.Formats.PublicationListing;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// A researcher's personal page in Markdown: sections (Papers, Talks, Thesis, Service, Summer Schools...) found by
/// the meaning of their headings, entries read from Markdig's syntax tree (bold or linked titles, italic or plain
/// author lines, venue and date lines, label links, abstracts).
/// </summary>
public sealed partial class MarkdownProfileFormat : IFormat
{
    public string Name => "markdown-profile";

    public int Detect(Document document)
    {
        var text = document.Text;
        if (text.Length == 0 || text.TrimStart().StartsWith('@')) return 0;
        if (text.TrimStart().StartsWith('<') && !OpensWithInlineHtml(text)) return 0;
        var source = ProfileSource.From(text);
        var frontKind = source.DocumentKind;
        var headings = Heading().Matches(source.Body).Select(m => m.Groups["h"].Value).ToList();
        var kinds = headings.Select(ProfileSections.Classify).Where(k => k is not null).ToList();
        var publications = kinds.Count(k => k == RecordKind.Publication) + (frontKind == RecordKind.Publication ? 1 : 0);
        // Only "# 2023" headings over citations: the outline reads those years as groups of works.
        if (kinds.Count == 0 && frontKind is null && headings.Any(ProfileOutline.IsYear))
            publications = ProfileOutline.Read(source.Body, null, ProfileOutline.Pipeline).Sections.Count(s => s.Kind == RecordKind.Publication);
        var others = kinds.Count(k => k != RecordKind.Publication) + (frontKind is RecordKind.Talk ? 1 : 0);
        // Papers sorted under topics ("## Social media and social movements"), or under no heading: entries that read as
        // citations by their shape. Only on a Markdown page (front matter, "#" headings, or the links and bold a text
        // listing never prints: the pages the listing format leaves to Markdown), and less sure than a named section.
        var byShape = publications == 0 && (frontKind is not null || ProfileSource.HasFrontMatter(text) || AtxHeading().IsMatch(source.Body) || CitationListing.IsMarkup(text))
            && CitationSections.Outline(source.Body, frontKind).Sections.Any(s => s.Kind == RecordKind.Publication && s.Entries.Count > 0);
        if (publications + others == 0 && !byShape) return 0;
        // Raw HTML items (<li>) and citation paragraphs ("Lu, G., Marais, E. (2025) Title. Journal.") are entries too.
        var entries = EntryStart().Matches(source.Body).Count + HtmlItem().Matches(text).Count + CitationParagraph().Matches(source.Body).Count;
        int score;
        if (byShape) score = 75;
        else if (publications > 0 && entries >= 2) score = others > 0 ? 92 : 90;
        else if (others > 0 && entries >= 2) score = 60;
        else score = 25;
        // A dated front matter is a post that happens to have a "Papers" heading, unless its title says otherwise.
        // When the front matter's own reading says the body is a list of works, the date is the page's, not a post's.
        if (ProfileSource.HasDatedFrontMatter(text) && frontKind is null
            && Formats.FrontMatter.FrontMatterDetection.Score(text, document.Location) != Formats.FrontMatter.FrontMatterDetection.FencedButNotPost)
            score = Math.Min(score, 45);
        return score;
    }

    public IReadOnlyList<Item> Parse(Document document, ParseOptions options)
    {
        var source = ProfileSource.From(document.Text);
        var documentKind = source.DocumentKind;
        var (sections, topHeadings) = CitationSections.Outline(source.Body, documentKind);
        if (!sections.Any(s => s.Kind is not null) && !sections.SelectMany(s => s.Entries).Any(e => OtherEntries.ReadLabelledThesis(e, null) is not null))
            throw new ParseException(Name, "no publication, talk, thesis, service or event section found (expected headings such as \"## Publications\" or \"## Talks\")", "line 1");

        var owner = !string.IsNullOrWhiteSpace(options.Owner) ? options.Owner
            : topHeadings.FirstOrDefault(PersonNames.LooksLikeName)
            ?? (PersonNames.LooksLikeName(source.FrontAuthor) ? source.FrontAuthor : null);

        var items = new List<Item>();
        foreach (var section in sections)
        {
            switch (section.Kind)
            {
                case null:
                    items.AddRange(section.Entries.Select(e => OtherEntries.ReadLabelledThesis(e, owner) ?? StrayCitation(section, e, owner)).OfType<Item>());
                    break;
                case RecordKind.Publication:
                    items.AddRange(section.Entries.Select(e => OtherEntries.ReadLeadingThesis(e, owner) ?? PaperEntry(section, e, owner)).OfType<Item>());
                    break;
                case RecordKind.Thesis:
                    if (HeadedThesis(section, owner) is { } headed) items.Add(headed);
                    else if (OtherEntries.ReadThesisFields(section, owner) is { } thesis) items.Add(thesis);
                    else items.AddRange(section.Entries.Select(e => OtherEntries.ReadLabelledThesis(e, owner) ?? CitedThesis(e, owner) ?? OtherEntries.Read(e, RecordKind.Thesis, owner)).OfType<Item>());
                    break;
                case RecordKind.Event:
                    items.AddRange(section.Entries.Select(e => ProceedingsPaper(e, owner)
                        ?? (OtherEntries.Read(e, RecordKind.Event, owner) is { } read ? OtherEntries.IsContribution(e) ? read with { Kind = RecordKind.Talk } : read : null)).OfType<Item>());
                    break;
                default:
                    items.AddRange(section.Entries.Select(e => OtherEntries.Read(e, section.Kind.Value, owner)).OfType<Item>());
                    break;
            }
        }
        // The floor: a reading no citation would give (no paper, or titles that are names, repeats or years) means the
        // readers met a markup they do not know; the entries' plain text, read as citations, is the better reading.
        if (PlainCitations.Implausible(items.Where(i => i.Kind == RecordKind.Publication).ToList())
            && PlainCitations.Read(sections, owner).ToList() is { Count: > 0 } plain && !PlainCitations.Implausible(plain)
            && plain.Count >= items.Count(i => i.Kind == RecordKind.Publication) / 2)
        {
            items.RemoveAll(i => i.Kind == RecordKind.Publication);
            items.InsertRange(0, plain);
        }
        // "MSc. Thesis: Title", "PhD Thesis – Title": the degree label says what the work is; the kind carries it.
        return items.Select(i => i.Kind == RecordKind.Thesis && i.Title is { } t && OtherEntries.WithoutThesisLabel(t) is var bare && bare != t ? i with { Title = bare } : i).ToList();
    }

    /// <summary>
    /// A paper entry as the profile readers read it; in a section read as papers by its shape, whose entries may each be
    /// written in a citation style of its own, the general citation path reads those the profile readers miss.
    /// </summary>
    private static Item? PaperEntry(ProfileSection section, ProfileEntry entry, string? owner) =>
        PublicationEntries.Read(entry, owner) is var read && section.ByShape ? PlainCitations.ReadByShape(entry, read, owner) : read;

    /// <summary>
    /// Under a heading that names no kind of work ("Software", "Other"), an entry that opens with a list of names, the
    /// owner's in bold among them, and goes on to a title is a citation all the same. Education and awards list none.
    /// </summary>
    private static Item? StrayCitation(ProfileSection section, ProfileEntry entry, string? owner)
    {
        if (section.Heading is null || ProfileSections.IsNotWork(section.Heading) || entry.HeadingTitle is not null || entry.Lines.Count == 0) return null;
        var end = 1;
        while (end < entry.Lines.Count && !entry.ParagraphStarts.Contains(end)) end++;
        var paragraph = entry.Lines.Take(end).SelectMany(l => l.Append(new Seg(SegKind.Text, " "))).ToList();
        var boldName = entry.Lines[0].Any(s => s.Kind == SegKind.Strong && (PersonNames.LooksLikeName(EntryTitles.Clean(s.Text)) || AuthorText.IsVancouverName(EntryTitles.Clean(s.Text))));
        if (!boldName || !ProfileOutline.OpensWithNameList(paragraph)) return null;
        return PublicationEntries.Read(entry, owner) is { Title: not null, Authors.Count: >= 2, Kind: RecordKind.Publication } cited
            && !PersonNames.LooksLikeName(cited.Title) ? cited : null;
    }

    /// <summary>
    /// Under "Conferences", "Ana Díaz and Bo Chen (2016) “Title.” In the proceedings of X, City": a citation, names and
    /// year (or a quoted title, or names with the owner's in bold) first, printed in the meeting's proceedings, is a paper the owner published there, not a
    /// meeting attended.
    /// </summary>
    private static Item? ProceedingsPaper(ProfileEntry entry, string? owner)
    {
        if (entry.HeadingTitle is not null || entry.Lines.Count == 0
            || !(ProfileOutline.OpensWithNamesAndYear(entry.Lines[0]) || ProfileOutline.OpensWithNamesAndQuote(entry.Lines[0]) || ProfileOutline.OpensWithBoldName(entry.Lines[0]))
            || !InProceedings().IsMatch(string.Join(" ", entry.Lines.Select(l => EntryTitles.Text(l)))))
            return null;
        return PublicationEntries.Read(entry, owner) is { Title: not null, Authors.Count: > 0, Kind: RecordKind.Publication } paper ? paper : null;
    }

    /// <summary>
    /// "In the proceedings of", "Proc. of", "Proceedings of the": the citation's venue is a meeting's printed proceedings.
    /// "…, in: 2022 IEEE International Conference on X (ICX). pp. 81–85": the "in:" of a reference list before a
    /// meeting's name says the same.
    /// </summary>
    [GeneratedRegex(@"\b(?:proceedings|proc\.)\s+(?:of\b|in\b)|\bin\s+(?:the\s+)?(?:proceedings|proc\.)|\bin:\s+(?:the\s+)?[^.;]{0,60}\b(?:conference|symposium|workshop|congress)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InProceedings();

    /// <summary>"Ana Díaz (2019): **Title.** Doctoral thesis, University": a thesis written as a citation, names and year first.</summary>
    /// <remarks>"### Ph.D. Thesis" over such a citation: a heading that only names the degree is no title; the citation holds it.</remarks>
    private static Item? CitedThesis(ProfileEntry entry, string? owner)
    {
        if (entry.Lines.Count == 0 || !ProfileOutline.OpensWithNamesAndYear(entry.Lines[0])) return null;
        if (entry.HeadingTitle is { } heading)
        {
            if (!OtherEntries.IsThesisLabelOnly(heading)) return null;
            var body = new ProfileEntry { Line = entry.Line, GroupYear = entry.GroupYear };
            body.Lines.AddRange(entry.Lines);
            body.ParagraphStarts.UnionWith(entry.ParagraphStarts);
            entry = body;
        }
        return PublicationEntries.Read(entry, owner) is { Title: not null } cited ? cited with { Kind = RecordKind.Thesis } : null;
    }

    /// <summary>
    /// "## Master Thesis: **Title**": the heading names the thesis itself; what the section holds under it (supervisor,
    /// abstract, figures) describes that one work.
    /// </summary>
    private static Item? HeadedThesis(ProfileSection section, string? owner)
    {
        if (section.Heading is null || ThesisHeading().Match(section.Heading) is not { Success: true } m) return null;
        var title = EntryTitles.Clean(m.Groups["t"].Value).TrimEnd('.');
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        var year = LooseDates.FindYear(section.Heading[..m.Groups["t"].Index]);
        return new Item
        {
            Kind = RecordKind.Thesis,
            Title = title,
            Authors = AuthorLists.WithOwner([], owner),
            Published = year is { } y ? PartialDate.OfYear(y) : null,
            Year = year,
        };
    }

    [GeneratedRegex(@"\b(?i:thesis|dissertation)\s*:\s*(?<t>\S.{10,})$")]
    private static partial Regex ThesisHeading();

    /// <summary>
    /// A hand-written page may open with a raw tag (a portrait <c>&lt;img align="right"&gt;</c>) and still be Markdown:
    /// no document or feed root (<c>&lt;!doctype&gt;</c>, <c>&lt;html&gt;</c>, <c>&lt;body&gt;</c>, <c>&lt;?xml</c>,
    /// <c>&lt;rss&gt;</c>...), and "#" headings at line starts, which an HTML page never writes outside its tags.
    /// </summary>
    private static bool OpensWithInlineHtml(string text) =>
        !DocumentRoot().IsMatch(text) && AtxHeading().Matches(text).Count >= 2;

    [GeneratedRegex(@"^\s*<[!?]|<(?:html|body|head|rss|feed|rdf:RDF)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentRoot();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"<li\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlItem();

    // A paragraph of at least 60 characters whose first line holds a year and two commas: a citation's shape.
    [GeneratedRegex(@"(?:\A|\n[ \t]*\n)[ \t]*(?=[^\n]*\b(?:19|20)\d{2}\b)(?=(?:[^\n,]*,){2})[^\n]{60,}")]
    private static partial Regex CitationParagraph();

    /// <summary>ATX headings ("## Talks") and setext ones ("Talks" over a line of "=" or "-").</summary>
    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<h>.+?)\s*#*\s*$|^ {0,3}(?<h>[^\s|>*\-#][^\n|]*?)[ \t]*\n {0,3}(?:=+|-+)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    // Entries may sit in quote blocks ("> **Title**") or open with a styled marker ("<span style=…>▶︎</span> **Title**"),
    // so a line's quote markers and such a marker are skipped first. Paragraphs numbered by hand ("17- Names", "[4] Names")
    // are entries as much as list items are. A heading wholly in quotes ("### ‘On signs’") is one work.
    [GeneratedRegex(@"^(?:[ ]{0,3}>[ ]?)*(?:[ ]{0,3}<(?<m>span|font|i|b)\b[^>\n]*>[^<\n\p{L}\d]{0,6}</\k<m>>[ \t]*)?(?:[ ]{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S|[ ]{0,3}(?:\d{1,3}[ ]?[-–]|\[\d{1,3}\])[ \t]+\S|[ ]{0,3}(?:\*\*|__)\S|[ ]{0,3}\[[^\]\n]{10,}\]\(|[ ]{0,3}[""“][^""”\n]{10,}[""”]|[ ]{0,3}#{3,6}[ \t]+\S+(?:[ \t]+\S+){4,}|[ ]{0,3}#{3,6}[ \t]+[‘“""'][^\n]*\p{L}[^\n]*[’”""'][.,]?[ \t]*$|[ ]{0,3}\|(?=[^\n]*(?:\]\(|\b(?:19|20)\d{2}\b))[^\n]*\|[ \t]*$)", RegexOptions.Multiline)]
    private static partial Regex EntryStart();
}
