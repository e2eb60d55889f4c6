using Aggregator.Core.Normalising;
using Aggregator.Core.Records;
using Markdig;
using Markdig.Syntax;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>One entry of a section: a list item, a group of paragraphs, or a sub-heading with what follows it.</summary>
internal sealed class ProfileEntry
{
    public string? HeadingTitle { get; init; }
    /// <summary>Where a heading that is wholly a link ("### [Title](url)") points: the entry's own address.</summary>
    public string? HeadingUrl { get; init; }
    /// <summary>Logical lines; <see cref="ParagraphStarts"/> marks the lines that begin a new paragraph.</summary>
    public List<List<Seg>> Lines { get; } = [];
    public HashSet<int> ParagraphStarts { get; } = [];
    public int Line { get; init; }
    /// <summary>A badge printed in HTML just before the entry (<c>&lt;div class="badge"&gt;CVPR 2016&lt;/div&gt;</c>): its venue.</summary>
    public string? Badge { get; init; }
    /// <summary>The year of the group the entry is listed under ("### 2021", "**2021**"): its year when it prints none.</summary>
    public int? GroupYear { get; init; }
    /// <summary>For a headword listed under the work it was written for ("*Dictionary of X*, eds. …, 2018"): that work's line.</summary>
    public List<Seg>? Container { get; init; }

    public void AddParagraph(List<List<Seg>> lines)
    {
        if (lines.Count == 0) return;
        ParagraphStarts.Add(Lines.Count);
        Lines.AddRange(lines);
    }
}

/// <summary>A part of the page under one heading, with what its entries are (null: a section we do not read).</summary>
internal sealed class ProfileSection(RecordKind? kind, string? heading)
{
    public RecordKind? Kind { get; } = kind;
    public string? Heading { get; } = heading;
    public List<ProfileEntry> Entries { get; } = [];
    /// <summary>
    /// Read as papers because its paragraphs read as citations by their shape (<see cref="CitationSections"/>), not
    /// because a heading names them: each of those paragraphs is an entry, as it was when the section was judged.
    /// </summary>
    public bool ByShape { get; init; }
}

/// <summary>
/// Walks the Markdig tree into sections and entries. Sub-headings inside publication and talk sections only
/// group entries (years, venues); inside service, event and thesis sections each sub-heading is an entry.
/// </summary>
internal static partial class ProfileOutline
{
    /// <summary>
    /// The usual extensions without alphabetic list markers: author lines open with initials ("- H. Brandt, ..."),
    /// which those would read as an "H." list item and drop.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        builder.Extensions.RemoveAll(e => e is Markdig.Extensions.ListExtras.ListExtraExtension);
        return builder.Build();
    }

    /// <param name="citationHeadings">Headings that name no kind of work but head citations (<see cref="CitationSections"/>): read as papers.</param>
    /// <param name="citationTop">Whether the part before any heading is read as papers for the same reason (<paramref name="documentKind"/> then says so).</param>
    public static (List<ProfileSection> Sections, List<string> TopHeadings) Read(string markdown, RecordKind? documentKind, MarkdownPipeline pipeline,
        IReadOnlySet<string>? citationHeadings = null, bool citationTop = false)
    {
        var doc = Markdown.Parse(markdown, pipeline);
        var sections = new List<ProfileSection> { new(documentKind, null) { ByShape = citationTop } };
        var topHeadings = new List<string>();
        var stack = new Stack<(int Level, RecordKind? Kind)>();
        ProfileEntry? current = null;
        var inHeadingEntry = false;
        string? badge = null;
        // A short sub-heading under Papers that only groups ("### Robotics") unless the paragraph under it is an author line.
        (string Text, int Line)? groupHeading = null;
        (int Year, int Level)? groupYear = null;
        // The heading level at which years were read as groups of citations, so far.
        int? citedYearLevel = null;
        // Where the last list ended: the paragraphs after it open the next entry of a CV's section, not that list's.
        (ProfileSection? Section, int Count) listEnd = (null, 0);

        foreach (var block in Unquoted(doc))
        {
            var section = sections[^1];
            var heldHeading = groupHeading;
            groupHeading = null;
            switch (block)
            {
                case HeadingBlock h:
                {
                    var text = Segments.PlainText(h.Inline!).Trim();
                    var headingUrl = WholeLink(h);
                    var named = ProfileSections.Classify(text);
                    var byShape = named is null && citationHeadings?.Contains(text) == true;
                    var own = named ?? (byShape ? RecordKind.Publication : null);
                    // "# Working Papers" names a section, not the page's owner, however name-like its words.
                    if (h.Level == 1 && own is null) topHeadings.Add(text);
                    while (stack.Count > 0 && stack.Peek().Level >= h.Level) stack.Pop();
                    var parent = stack.Count > 0 ? stack.Peek().Kind : documentKind;
                    // "# 2023" over a list of citations on a page whose headings name no section: the years group works.
                    // Once an earlier year of that level grouped citations, a year holding a single one ("## 2017" over the
                    // owner's thesis alone) groups works all the same.
                    if (own is null && parent is null && IsYear(text) && OverCitations(h, atLeast: citedYearLevel == h.Level ? 1 : 2))
                    {
                        own = RecordKind.Publication;
                        citedYearLevel = h.Level;
                    }
                    current = null;
                    inHeadingEntry = false;
                    if (IsYear(text)) groupYear = (Normalising.LooseDates.FindYear(text)!.Value, h.Level);
                    else if (groupYear is { } gy && gy.Level >= h.Level) groupYear = null;
                    // Under Service or Events, "### Program Committee 2020" is one entry even though its words name a section.
                    var entryHeading = parent is RecordKind.Service or RecordKind.Event or RecordKind.Thesis
                        && (own is null || own == parent || own is RecordKind.Service or RecordKind.Event);
                    // Under Papers, "#### Flood Emulation with Graph Networks (NeurIPS Workshop, 2022)" is a paper,
                    // whatever its words; "### Workshop papers" or "### 2021" only groups papers.
                    // A heading over a run of citations of its own ("#### Articles (without a review committee)" then
                    // "4. Names (2020). Title…", "3. …") labels them however many words it has.
                    // A heading wholly in quotes ("### ‘On signs’") is one work's title, however few or telling its words.
                    var paperHeading = parent is RecordKind.Publication or RecordKind.Talk
                        && (QuotedHeadings.IsQuotedTitle(text) || own != parent && (IsTitleHeading(text) || headingUrl is not null && own is null && !IsYear(text)
                        || own is null && AmongTitleHeadings(h, text))) && !OverCitations(h) && !OverTitledEntries(h);
                    // "###### International conferences" under "#### Oral presentations": where the talks were given, still talks.
                    if (parent is RecordKind.Talk && own is RecordKind.Event && !paperHeading) own = RecordKind.Talk;
                    if (paperHeading)
                    {
                        stack.Push((h.Level, parent));
                        current = new ProfileEntry { HeadingTitle = text, HeadingUrl = headingUrl, Line = h.Line + 1, GroupYear = groupYear?.Year };
                        section.Entries.Add(current);
                        inHeadingEntry = true;
                    }
                    else if (own is not null && !entryHeading)
                    {
                        stack.Push((h.Level, own));
                        sections.Add(new ProfileSection(own, text) { ByShape = byShape });
                        // "#### Title of the work" over "Ana Díaz, Bo Chen [Journal, 2020](…)" on a page that names no
                        // section: the heading read as a part of citations is the title of the one work it heads.
                        if (byShape && TitleOverAuthorLine(h, text))
                        {
                            current = new ProfileEntry { HeadingTitle = text, HeadingUrl = headingUrl, Line = h.Line + 1, GroupYear = groupYear?.Year };
                            sections[^1].Entries.Add(current);
                            inHeadingEntry = true;
                        }
                    }
                    else if (entryHeading)
                    {
                        stack.Push((h.Level, parent));
                        current = new ProfileEntry { HeadingTitle = text, Line = h.Line + 1, GroupYear = groupYear?.Year };
                        section.Entries.Add(current);
                        inHeadingEntry = true;
                    }
                    else if (parent is RecordKind.Publication or RecordKind.Talk && ProfileSections.IsNotWork(text))
                    {
                        stack.Push((h.Level, null));
                        sections.Add(new ProfileSection(null, text));
                    }
                    else if (parent is RecordKind.Publication or RecordKind.Talk)
                    {
                        stack.Push((h.Level, parent));
                        // "### Theses" then "### Miscellaneous" on a Publications page: the entries are papers again.
                        if (section.Kind != parent) sections.Add(new ProfileSection(parent, text));
                        if (!IsYear(text)) groupHeading = (text, h.Line + 1);
                    }
                    else
                    {
                        stack.Push((h.Level, null));
                        sections.Add(new ProfileSection(null, text));
                    }
                    break;
                }
                case ParagraphBlock p:
                {
                    var lines = Segments.Lines(Segments.Of(p.Inline));
                    if (lines.Count == 0) break;
                    if (inHeadingEntry && current is not null) { current.AddParagraph(lines); break; }
                    // "* Names. Year. [Title](…). *Journal*." then "> This study applies …": the quoted prose straight
                    // under a list's last item is that work's abstract, not an entry of its own.
                    if (section.Kind is RecordKind.Publication && listEnd.Section == section && listEnd.Count == section.Entries.Count && section.Entries.Count > 0
                        && IsQuoteUnderList(p) && IsQuotedAbstract(lines))
                    {
                        section.Entries[^1].AddParagraph(lines);
                        break;
                    }
                    if (heldHeading is { } held && section.Kind is RecordKind.Publication or RecordKind.Talk && IsAuthorLine(lines[0]) && !VenueLabel().IsMatch(held.Text))
                    {
                        // "#### Short Title" then "*Ana Díaz, Bo Chen*": the heading was the entry's title after all.
                        current = new ProfileEntry { HeadingTitle = held.Text, Line = held.Line, GroupYear = groupYear?.Year };
                        section.Entries.Add(current);
                        inHeadingEntry = true;
                        current.AddParagraph(lines);
                        break;
                    }
                    // "**2021**" over a year's papers groups them; it is not an entry.
                    if (lines.Count == 1 && IsYear(EntryTitles.Text(lines[0])))
                    {
                        groupYear = (Normalising.LooseDates.FindYear(EntryTitles.Text(lines[0]))!.Value, int.MaxValue);
                        current = null;
                        break;
                    }
                    // "`2021` **[Title](…)**, *Journal*  " over "`2019` **…**": a paragraph whose every line opens with a
                    // year badge is a list written with line breaks; each line is a work of its own, dated by its badge.
                    if (section.Kind is not null && YearBadgeLines(lines) is { } dated)
                    {
                        foreach (var (line, year) in dated)
                        {
                            var own = new ProfileEntry { Line = p.Line + 1, GroupYear = year ?? groupYear?.Year };
                            own.AddParagraph([line]);
                            section.Entries.Add(own);
                        }
                        current = null;
                        break;
                    }
                    if (PageNavigation.IsNavigation(lines, current is null)) { current = null; break; }
                    // "*Last updated 26 Sept 2019*", "*Note: some links are placeholders*", or an italic sentence straight over
                    // a section's list ("*White papers not in the categories above*"): the page speaking of itself, no work.
                    if (PageNotes.IsNote(p, lines)) { current = null; break; }
                    var groups = section.Kind is RecordKind.Publication or RecordKind.Talk or RecordKind.Thesis;
                    // "**Journal Articles**" over a list of whole citations labels the list; it is not an entry.
                    if (groups && IsListLabel(p, lines)) { current = null; break; }
                    // "**Talk title** @ Place", a blank line, then "*July 2023*": the date line belongs to the entry above.
                    if (current is not null && lines.Count == 1 && DateOnly().IsMatch(EntryTitles.Text(lines[0]).Trim().Trim('*', '_', ' ')))
                    {
                        current.AddParagraph(lines);
                        break;
                    }
                    // Under Education, "Subject of Thesis: Title" in a paragraph of its own under the degree's ("**PhD** @
                    // University", "*Mar 2023*") is the degree's field, as it is when bulleted under it: it shares its date.
                    if (section.Kind is null && current is { HeadingTitle: null } && OtherEntries.OpensWithThesisLabel(lines[0])
                        && !current.Lines.Any(OtherEntries.OpensWithThesisLabel))
                    {
                        current.AddParagraph(lines);
                        break;
                    }
                    // Consecutive paragraphs that each open "Names. 2022." are citations of their own, not one entry's parts.
                    // "Names:" over "**Title**." (a line break between) opens a whole citation of its own.
                    if (!groups || current is null || EntryTitles.StartsWithTitle(lines) || BoldTitleOverNames(p, lines) || OpensWithNamesAndYear(lines[0]) && (OpensWithNamesAndYear(current.Lines[0]) || IsProse(current))
                        || OpensWithNamesAndQuote(lines[0]) && (OpensWithNamesAndQuote(current.Lines[0]) || OpensWithNamesAndYear(current.Lines[0]))
                        || OpensWithNameList(lines[0]) && (OpensWithNameList(current.Lines[0]) || IsProse(current))
                        // "A. Gadd, **E. Zec** Plain title, Venue, 2023" under "**E. Zec**, O. Mogren [Title](…) 2020": each
                        // opens with names, the owner's in bold among them; that bold name ends a name the commas cannot.
                        || OpensWithBoldName(lines[0]) && OpensWithBoldName(current.Lines[0])
                        // "2022. Plain title. Pp. 1-20 in [*Book*](…)" under "2023. [Title](…). *Journal*": paragraphs that
                        // each open with the year are a list dated entry by entry, however the next one marks its title.
                        || OpensWithYear(lines[0]) && OpensWithYear(current.Lines[0])
                        // "16- Names" under "17- Names …": paragraphs numbered by hand are entries one by one, whatever follows the number.
                        || EntryTitles.OpensWithNumber(lines[0]) && EntryTitles.OpensWithNumber(current.Lines[0])
                        || NamesOverTitle(lines)
                        // "Plain Title (November 2020). *Newspaper*." under another citation: an unsigned work, whole in its line.
                        || UnsignedTitles.Split(lines[0]) is not null
                        // "Title, *Journal*, forthcoming" under "[Title](…), *Journal*, 2020": a sibling citation, not the one above's abstract.
                        || lines.Count == 1 && PublicationEntries.PlainTitleBeforeItalic(lines[0]) is not null && PublicationEntries.HasItalicVenueAfterComma(current.Lines[0])
                        || OtherEntries.SpeakerThenMarkedTitle(lines[0]) is not null && OtherEntries.SpeakerThenMarkedTitle(current.Lines[0]) is not null
                        || section.ByShape && StandsAlone(lines))
                    {
                        // "*A selection of my publications*" over the first "**Title**": an italic line opening the list
                        // introduces it; it is no work of its own.
                        if (current is not null && section.Entries is [var only] && only == current && IsItalicNote(current) && OpensWithStrongTitle(lines))
                            section.Entries.Clear();
                        current = new ProfileEntry { Line = p.Line + 1, Badge = badge, GroupYear = groupYear?.Year };
                        badge = null;
                        section.Entries.Add(current);
                    }
                    current.AddParagraph(lines);
                    break;
                }
                // "---" between citations closes the one above: the next paragraph is an entry of its own,
                // whatever its first line looks like.
                case ThematicBreakBlock when !inHeadingEntry:
                    current = null;
                    break;
                case HtmlBlock html:
                {
                    var raw = html.Lines.ToString();
                    var m = BadgePattern().Match(raw);
                    if (m.Success) badge = System.Net.WebUtility.HtmlDecode(m.Groups["b"].Value).Trim();
                    // "</div></div>" then "<div class='paper-box'>…": the box the paragraphs above sat in is closed, so
                    // the next paragraph opens a box (an entry) of its own, however its first line is marked.
                    if (!inHeadingEntry && (m.Success || ClosingBox().IsMatch(raw))) current = null;
                    break;
                }
                // Pandoc CVs write each entry as a definition: "2014" (the term) then ":    citation" (the definition).
                case Markdig.Extensions.DefinitionLists.DefinitionList definitions:
                    foreach (var item in definitions.OfType<Markdig.Extensions.DefinitionLists.DefinitionItem>())
                    {
                        foreach (var entry in DefinitionEntries(item, groupYear?.Year))
                        {
                            if (entry.Lines.Count == 0) continue;
                            if (inHeadingEntry && current is not null) { foreach (var line in entry.Lines) current.AddParagraph([line]); continue; }
                            section.Entries.Add(entry);
                        }
                    }
                    if (!inHeadingEntry) current = null;
                    break;
                case Markdig.Extensions.Tables.Table table when section.Kind is RecordKind.Publication or RecordKind.Talk:
                    section.Entries.AddRange(TableEntries.Read(table, groupYear?.Year, section.Kind == RecordKind.Publication));
                    current = null;
                    break;
                case ListBlock list:
                {
                    // Under Education, "- Subject of Thesis: …" bullets follow the degree and its date ("*Mar 2023*"): its year is theirs.
                    // A CV may set the date on the school's line and the degree on a paragraph of its own ("**University**,
                    // City \ 2020", then "**Ph.D.**, Field", then the bullets): the paragraph before the degree's dates it too.
                    var leadYear = section.Kind is null && current is { HeadingTitle: null }
                        ? section.Entries.Skip(listEnd.Section == section ? listEnd.Count : 0).TakeLast(2).Reverse().TakeWhile(e => e.HeadingTitle is null)
                            .Select(e => e.Lines.Select(l => Normalising.LooseDates.FindYear(EntryTitles.Text(l))).LastOrDefault(y => y is not null))
                            .FirstOrDefault(y => y is not null)
                        : null;
                    // "[Title](url)" over "- Authors: …", "- Venue: …" bullets: the bullets are the paper's fields, not papers.
                    var fieldsOfCurrent = current is not null && section.Kind is RecordKind.Publication or RecordKind.Talk
                        && current.ParagraphStarts.Count == 1 && list.FirstOrDefault() is ListItemBlock { Count: > 0 } lead
                        && lead[0] is ParagraphBlock leadText
                        && LabelledFields.Read(EntryTitles.Text(Segments.Lines(Segments.Of(leadText.Inline)).FirstOrDefault() ?? []).Trim()) is not null;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        if ((inHeadingEntry || fieldsOfCurrent) && current is not null) { AddItem(current, item); continue; }
                        // "* 2021" over a nested list of that year's papers groups them; it is not an entry.
                        if (YearGroup(item) is { } group)
                        {
                            foreach (var sub in group.Items.OfType<ListItemBlock>())
                            {
                                var dated = new ProfileEntry { Line = sub.Line + 1, GroupYear = group.Year };
                                AddItem(dated, sub);
                                if (dated.Lines.Count > 0) section.Entries.Add(dated);
                            }
                            continue;
                        }
                        // "- *Dictionary of X*, eds. …, 2018" over "- Headword" bullets: each headword is an entry the
                        // owner wrote in that work, which the parent line cites.
                        if (section.Kind == RecordKind.Publication && Headwords(item) is { } words)
                        {
                            foreach (var (headword, line) in words.Words)
                                section.Entries.Add(new ProfileEntry { HeadingTitle = headword, Line = line, GroupYear = groupYear?.Year, Container = words.Container });
                            continue;
                        }
                        var entry = new ProfileEntry { Line = item.Line + 1, GroupYear = groupYear?.Year ?? leadYear };
                        AddItem(entry, item);
                        // "- [Journal Articles](#journal-articles)" over "  - [2022](#2022)": the page's table of contents.
                        if (entry.Lines.Count > 0 && !PageNavigation.IsContents(entry.Lines)) section.Entries.Add(entry);
                    }
                    if (!inHeadingEntry) current = null;
                    listEnd = (section, section.Entries.Count);
                    break;
                }
            }
        }
        return (sections, topHeadings);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"</div\s*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ClosingBox();

    [System.Text.RegularExpressions.GeneratedRegex(@"class=[""'][^""']*\bbadge\b[^""']*[""'][^>]*>(?<b>[^<]{2,60})<")]
    private static partial System.Text.RegularExpressions.Regex BadgePattern();

    /// <summary>
    /// The page's blocks, with quote blocks ("&gt; **Title** ...") and fenced divs opened: a quoted entry is still an
    /// entry, and pandoc CVs wrap a section's entries in "::: {custom-style=Publications}" … ":::" only to style them.
    /// </summary>
    private static IEnumerable<Block> Unquoted(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is QuoteBlock or Markdig.Extensions.CustomContainers.CustomContainer)
                foreach (var inner in Unquoted((ContainerBlock)block)) yield return inner;
            else yield return block;
        }
    }

    /// <summary>
    /// The lines of a paragraph that each open with a code-span date ("`2021`", "`2007-2014`", "`Current`"), with the
    /// year each badge gives; null unless there are two lines or more and every one opens so, most with a year.
    /// </summary>
    private static List<(List<Seg> Line, int? Year)>? YearBadgeLines(List<List<Seg>> lines)
    {
        if (lines.Count < 2 || !lines.All(l => l.SkipWhile(s => s.Kind == SegKind.Text && string.IsNullOrWhiteSpace(s.Text)).FirstOrDefault() is { Kind: SegKind.Code } c && c.Text.Trim().Length <= 12 && l.Count > 1))
            return null;
        var dated = lines.Select(l => (l, Normalising.LooseDates.FindYear(l.First(s => s.Kind == SegKind.Code).Text))).ToList();
        return dated.Count(d => d.Item2 is not null) * 2 > dated.Count ? dated : null;
    }

    /// <summary>
    /// In a section read as papers by its shape, a paragraph long enough to have been weighed as a citation, dated or
    /// opening with names, is a citation of its own whatever style it is written in (a page mixing "Roe J, Li K.",
    /// "Roe, J. (2020)." and "Title\nRoe, Jan et al." paragraphs joins none of them to the one above). A short line (a
    /// link row, a date) and undated prose (an abstract) stay with the citation above.
    /// </summary>
    private static bool StandsAlone(List<List<Seg>> lines)
    {
        var text = string.Join(" ", lines.Select(l => EntryTitles.Text(l)));
        return text.Trim().Length >= CitationSections.Substantial
            && (LooseDates.FindYear(text) is not null || ScholarlyIds.FindDoi(text) is not null || OpensWithNameList(lines[0]) || OpensWithNamesAndYear(lines[0]));
    }

    /// <summary>A paragraph opening a quote block that follows a list straight away.</summary>
    private static bool IsQuoteUnderList(ParagraphBlock p) =>
        p.Parent is QuoteBlock { Parent: { } outer } quote && quote.IndexOf(p) == 0 && outer.IndexOf(quote) is > 0 and var at && outer[at - 1] is ListBlock;

    /// <summary>Sentences, no title of their own nor names opening them: an abstract, not a quoted citation ("&gt; **Title**").</summary>
    private static bool IsQuotedAbstract(List<List<Seg>> lines) =>
        !EntryTitles.StartsWithTitle(lines) && !OpensWithNameList(lines[0]) && !OpensWithNamesAndYear(lines[0])
        && PublicationEntries.IsAbstract(TextKey.CollapseWhitespace(string.Join(" ", lines.Select(l => EntryTitles.Text(l)))), laterParagraph: true);

    /// <summary>An opening note ("You can also find my articles on Scholar."): no marked title, no year. A citation after it is not its part.</summary>
    private static bool IsProse(ProfileEntry entry) =>
        entry.HeadingTitle is null && !EntryTitles.StartsWithTitle(entry.Lines)
        && entry.Lines.All(l => LooseDates.FindYear(EntryTitles.Text(l)) is null);

    /// <summary>One line, all of it one italic span, undated: a note in italics, not a citation.</summary>
    private static bool IsItalicNote(ProfileEntry entry) =>
        entry.HeadingTitle is null && entry.Lines is [var line] && line.Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList() is [{ Kind: SegKind.Emph } note]
        && LooseDates.FindYear(note.Text) is null;

    /// <summary>A line whose title is bold or linked, so not in the italics of a note above it.</summary>
    private static bool OpensWithStrongTitle(List<List<Seg>> lines) =>
        EntryTitles.StartsWithTitle(lines) && lines[0].FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Text)) is { Kind: SegKind.Strong or SegKind.Link };

    private static bool NamesOverTitle(List<List<Seg>> lines) =>
        lines.Count >= 2 && AuthorText.IsNamesOnly(EntryTitles.TrimSeparators(EntryTitles.Text(lines[0])).TrimEnd(':'))
        && lines[1].FirstOrDefault(seg => !string.IsNullOrWhiteSpace(seg.Text)) is { Kind: SegKind.Strong or SegKind.Link }
        && EntryTitles.Split(lines[1]).Title is { } title && !PersonNames.LooksLikeName(title);

    /// <summary>
    /// "**Varifocal Displays Revisited**" alone, then a paragraph "_Ana Ruiz, Bo Chen_": a short title in capitals reads
    /// like a name, but a bold line over a paragraph of nothing but names is a title over its authors, not one author over more.
    /// </summary>
    private static bool BoldTitleOverNames(ParagraphBlock p, List<List<Seg>> lines)
    {
        if (lines.Count != 1 || lines[0].Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList() is not [{ Kind: SegKind.Strong }]) return false;
        if (p.Parent is not { } parent || parent.IndexOf(p) + 1 is var next && next >= parent.Count || parent[next] is not ParagraphBlock after || FirstLine(after) is not { } first) return false;
        var text = EntryTitles.TrimSeparators(EntryTitles.Text(first));
        return AuthorText.Consume(text).Names.Count >= 2 && AuthorText.IsNamesOnly(text);
    }

    private static bool IsListLabel(ParagraphBlock p, List<List<Seg>> lines)
    {
        if (lines.Count != 1) return false;
        var segs = lines[0].Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();
        if (segs is not [{ Kind: SegKind.Strong } label] || label.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6) return false;
        if (p.Parent is not { } parent || parent.IndexOf(p) + 1 is var next && next >= parent.Count) return false;
        if (parent[next] is ListBlock list)
            return list.OfType<ListItemBlock>().FirstOrDefault()?.FirstOrDefault() is ParagraphBlock first
                && FirstLine(first) is { } line && (OpensWithNamesAndYear(line) || EntryTitles.StartsWithTitle([line]));
        // Raw-HTML lists become one paragraph per item: two citations in a row ("Doe, J. (2020). …") under the bold
        // line show it labels them, where a bold title over its own author line is followed by something else.
        return parent[next] is ParagraphBlock a && FirstLine(a) is { } l1 && OpensWithNamesAndYear(l1)
            && (ProfileSections.Classify(label.Text) is not null
                || next + 1 < parent.Count && parent[next + 1] is ParagraphBlock b && FirstLine(b) is { } l2 && OpensWithNamesAndYear(l2));
    }

    private static List<Seg>? FirstLine(ParagraphBlock p) => Segments.Lines(Segments.Of(p.Inline)) is [var first, ..] ? first : null;

    /// <summary>The names a paragraph line opens with and the text after them; the page's own number ("[15] Names (2020): …") is not part of the citation.</summary>
    private static (List<string> Names, string Remainder) OpeningNames(List<Seg> line) =>
        AuthorText.Consume(EntryTitles.Text(EntryTitles.WithoutNumberLabel(line)));

    internal static bool OpensWithNamesAndYear(List<Seg> line)
    {
        var (names, rest) = OpeningNames(line);
        // "Roe, K., 2015. Title": the comma before a bare year after initials stays with the year, not the names.
        return names.Count > 0 && NamesYear().IsMatch(rest.TrimStart(',', ' '));
    }

    /// <summary>"2022. Title…", "(2019) Title…": a line whose first word is the work's year.</summary>
    private static bool OpensWithYear(List<Seg> line) => NamesYear().IsMatch(EntryTitles.Text(line).TrimStart());

    /// <summary>"Zou, C., Sun, Z., “Title”.": names then a quoted title open a citation as surely as names then a year.</summary>
    internal static bool OpensWithNamesAndQuote(List<Seg> line)
    {
        var (names, rest) = OpeningNames(line);
        return names.Count > 0 && rest.TrimStart(' ', ',', ':') is var after && (after.StartsWith('\u201C') || after.StartsWith('"'));
    }

    /// <summary>
    /// "A. Gadd, **E. Zec** Title…", "**E. Zec**, O. Mogren …": the line opens with names (none, or only names before it)
    /// and a name in bold, as citation lists mark the owner's, with more words after it.
    /// </summary>
    internal static bool OpensWithBoldName(List<Seg> line)
    {
        var at = line.FindIndex(s => s.Kind != SegKind.Text);
        if (at < 0 || line[at].Kind != SegKind.Strong || at + 1 >= line.Count) return false;
        var before = EntryTitles.TrimSeparators(string.Concat(line.Take(at).Select(s => s.Text)));
        var name = EntryTitles.Clean(line[at].Text);
        return (before.Length == 0 || AuthorText.IsNamesOnly(before)) && (PersonNames.LooksLikeName(name) || AuthorText.IsVancouverName(name))
            && EntryTitles.Text(line.Skip(at + 1).ToList()).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }

    /// <summary>"Koger, B., Ames, E. Title. In review.": several names and then more words, dated or not (papers in progress).</summary>
    internal static bool OpensWithNameList(List<Seg> line)
    {
        var (names, rest) = OpeningNames(line);
        return names.Count >= 2 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }

    // "(2025) Title" may go without the full stop; a bare "2025" needs one. "Names (2025)." may end the line, the title under it.
    // "(2020, in press)." carries the paper's status with the year; "(2017).Title" may lose the space.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\((?:19|20)\d{2}[a-z]?(?:,\s*[\p{L} ]{2,20})?\)[.,:]?|(?:19|20)\d{2}[a-z]?[.,:])(?:\s|$|(?<=[.:])(?=\p{Lu}\p{Ll}))")]
    private static partial System.Text.RegularExpressions.Regex NamesYear();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}(?:\s*(?:–|-|to)\s*[\w ]{1,20})?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DateOnly();

    /// <summary>"### ISSTA'20", "### S&amp;P' 22": a venue and year heading over a paper, never its title.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\S{2,12}(?:\s\S{1,12})?\s*['’]\s*\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex VenueLabel();

    internal static bool IsYear(string text) => LooseDates.IsYearOnly(text.Trim(), colon: true);

    /// <summary>
    /// A line that is nothing but names ("*Siddhant Rao*", "Ana Díaz and Bo Chen"), or names then a venue marked apart
    /// ("Ana Díaz, Bo Chen [Journal, 2020](…)"): the author line a work's title stands over.
    /// </summary>
    private static bool IsAuthorLine(List<Seg> line) =>
        AuthorText.IsNamesOnly(EntryTitles.TrimSeparators(EntryTitles.Text(line))) || NamesThenVenue.IsPlainVenue(line);

    /// <summary>
    /// A heading of three words or more (no year, no name) whose first paragraph opens on an author line and which
    /// heads no run of citations: the title of the work that line credits, not a topic grouping works.
    /// </summary>
    private static bool TitleOverAuthorLine(HeadingBlock heading, string text)
    {
        if (heading.Parent is not { } parent || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || IsYear(text)
            || AuthorText.IsNamesOnly(text) || OverCitations(heading)) return false;
        var at = parent.IndexOf(heading);
        return at + 1 < parent.Count && parent[at + 1] is ParagraphBlock p && FirstLine(p) is { } line && IsAuthorLine(line);
    }

    /// <summary>The first lines of the paragraphs and list items under a heading, up to the next heading of its level or above.</summary>
    private static List<List<Seg>>? FirstLinesUnder(HeadingBlock heading)
    {
        if (heading.Parent is not { } parent) return null;
        var firstLines = new List<List<Seg>>();
        for (var i = parent.IndexOf(heading) + 1; i < parent.Count; i++)
        {
            var block = parent[i];
            if (block is HeadingBlock next && next.Level <= heading.Level) break;
            if (block is ParagraphBlock p && FirstLine(p) is { } line) firstLines.Add(line);
            else if (block is ListBlock list)
                firstLines.AddRange(list.OfType<ListItemBlock>().Select(item => item.FirstOrDefault() as ParagraphBlock)
                    .OfType<ParagraphBlock>().Select(FirstLine).OfType<List<Seg>>());
        }
        return firstLines;
    }

    /// <summary>
    /// The list items and paragraphs under a heading (up to the next heading of its level or above) are mostly
    /// citations: names first, then a year or more words ("O Kim, AB Ruiz. Title. <i>Journal</i>").
    /// </summary>
    /// <param name="atLeast">How many citations make a group: two unless the page's other years already showed the shape.</param>
    private static bool OverCitations(HeadingBlock heading, int atLeast = 2)
    {
        if (FirstLinesUnder(heading) is not { } firstLines) return false;
        var cited = firstLines.Count(l => OpensWithNameList(l) || OpensWithNamesAndYear(l));
        return cited >= atLeast && cited * 2 > firstLines.Count;
    }

    /// <summary>
    /// Most paragraphs and list items under a heading (two or more) open with a marked title of their own ("[“Title”](…),
    /// a remark", "**Title**. Venue"): the heading groups those works by topic, however long it is ("# Campus Telescope
    /// Operations / Transit Follow-up"); it is no paper's title, whose own lines are names, a venue and an abstract.
    /// </summary>
    private static bool OverTitledEntries(HeadingBlock heading)
    {
        if (FirstLinesUnder(heading) is not { } firstLines) return false;
        var titled = firstLines.Count(l => EntryTitles.Split(EntryTitles.WithoutNumberLabel(l)) is { Title: { } title }
            && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !PersonNames.LooksLikeName(title) && !AuthorText.IsNamesOnly(title)
            && !EntryTitles.IsLinkLabel(title));
        return titled >= 2 && titled * 2 > firstLines.Count;
    }

    /// <summary>
    /// The address of a heading that is one link and nothing else ("### [Short Title](https://…)"). Headings that only
    /// group papers ("### Robotics") are not links, so a linked heading under Papers is a paper however short — when
    /// text of its own follows it (a linked "# [Scholar profile](…)" straight over "## 2022" is a page link).
    /// </summary>
    private static string? WholeLink(HeadingBlock h)
    {
        if (h.Parent is not { } parent || parent.IndexOf(h) is var at && (at + 1 >= parent.Count || parent[at + 1] is HeadingBlock)) return null;
        var segs = Segments.Of(h.Inline).Where(s => s.Kind != SegKind.Text || s.Text.Trim().Length > 0).ToList();
        return segs is [{ Kind: SegKind.Link, Url: { } url } link] && !url.StartsWith('#') && !EntryTitles.IsLinkLabel(link.Text)
            && link.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 ? url : null;
    }

    /// <summary>
    /// "### SIMD-Accelerated Motion Planning" among sibling headings most of which are plainly titles ("### Fast,
    /// flexible robot planning in Rust"): headings of one level under one section are one kind of thing, so a
    /// shorter one of three words or more is a title too. Years and headings that name no work stay groups.
    /// </summary>
    private static bool AmongTitleHeadings(HeadingBlock heading, string text)
    {
        if (heading.Parent is not { } parent || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || IsYear(text) || ProfileSections.IsNotWork(text)) return false;
        var at = parent.IndexOf(heading);
        var start = at;
        while (start > 0 && !(parent[start - 1] is HeadingBlock up && up.Level < heading.Level)) start--;
        var siblings = new List<string>();
        for (var i = start; i < parent.Count; i++)
        {
            if (parent[i] is not HeadingBlock other) continue;
            if (other.Level < heading.Level) break;
            if (other.Level == heading.Level && other != heading) siblings.Add(Segments.PlainText(other.Inline!).Trim());
        }
        return siblings.Count >= 2 && siblings.Count(IsTitleHeading) * 2 > siblings.Count
            && siblings.All(s => !IsYear(s) && ProfileSections.Classify(s) is null);
    }

    private static bool IsTitleHeading(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 5 || words.Length >= 3 && text.TrimEnd().EndsWith(')') && Normalising.LooseDates.FindYear(text) is not null;
    }

    /// <summary>
    /// A dated line citing a work ("*Dictionary of X*, eds. …, 2018") over bullets that are only short headwords (a
    /// few capitalised words each, no date, link, label or sentence): the headwords of entries written for that work.
    /// Null when the item is not written so; the container's lines come back with the headwords.
    /// </summary>
    private static (List<Seg> Container, List<(string Headword, int Line)> Words)? Headwords(ListItemBlock item)
    {
        if (item.Count != 2 || item[0] is not ParagraphBlock p || item[1] is not ListBlock nested) return null;
        var container = Segments.Lines(Segments.Of(p.Inline)).SelectMany(l => l.Append(new Seg(SegKind.Text, " "))).ToList();
        var text = EntryTitles.Text(container);
        if (LooseDates.FindYear(text) is null || text.IndexOfAny(['"', '“']) >= 0) return null;
        var words = new List<(string, int)>();
        foreach (var sub in nested.OfType<ListItemBlock>())
        {
            if (sub.Count != 1 || sub[0] is not ParagraphBlock sp || Segments.Lines(Segments.Of(sp.Inline)) is not [var line]
                || line.Any(seg => seg.Kind == SegKind.Link)) return null;
            var headword = EntryTitles.Text(line).Trim();
            if (!HeadwordShape().IsMatch(headword) || headword.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6 || EntryTitles.IsLinkLabel(headword)) return null;
            words.Add((headword, sub.Line + 1));
        }
        return words.Count == 0 ? null : (container, words);
    }

    /// <summary>One to six words, the first capitalised, with no digit and no sentence or label punctuation.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[^\d.:;!?()\[\]/,]*$")]
    private static partial System.Text.RegularExpressions.Regex HeadwordShape();

    private static (int Year, ListBlock Items)? YearGroup(ListItemBlock item)
    {
        if (item.Count != 2 || item[0] is not ParagraphBlock p || item[1] is not ListBlock nested) return null;
        var text = EntryTitles.Text(Segments.Lines(Segments.Of(p.Inline)).FirstOrDefault() ?? []).Trim().Trim('*', '_', ' ');
        return IsYear(text) ? (Normalising.LooseDates.FindYear(text)!.Value, nested) : null;
    }

    /// <summary>
    /// A definition-list entry: a term that is a year ("2014") dates what its definition holds; a span ("2008--10")
    /// only says when, so it is dropped; any other term (a title, a role) is the entry's first line.
    /// A definition that is only a bulleted list ("2015" then ":   * citation", "    * citation") is that term's
    /// group: each bullet is an entry of its own, dated by a year term, and a term that is no year ("*In prep*",
    /// "pre-2011") only labels the group.
    /// </summary>
    private static IEnumerable<ProfileEntry> DefinitionEntries(Markdig.Extensions.DefinitionLists.DefinitionItem item, int? outerYear)
    {
        var terms = item.OfType<Markdig.Extensions.DefinitionLists.DefinitionTerm>().ToList();
        var term = string.Join(" ", terms.Select(t => Segments.PlainText(t.Inline!).Trim()));
        var year = IsYear(term) ? LooseDates.FindYear(term) : null;
        var body = item.Where(b => b is not (Markdig.Extensions.DefinitionLists.DefinitionTerm or BlankLineBlock)).ToList();
        if (body.Count > 0 && body.All(b => b is ListBlock))
        {
            var groupYear = year ?? (YearSpan().IsMatch(term.Trim()) || term.Any(char.IsDigit) ? null : outerYear);
            foreach (var sub in body.Cast<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
            {
                var bullet = new ProfileEntry { Line = sub.Line + 1, GroupYear = groupYear };
                AddItem(bullet, sub);
                yield return bullet;
            }
            yield break;
        }
        var entry = new ProfileEntry { Line = item.Line + 1, GroupYear = year ?? outerYear };
        if (year is null && !YearSpan().IsMatch(term.Trim()))
            foreach (var t in terms) entry.AddParagraph(Segments.Lines(Segments.Of(t.Inline)));
        foreach (var child in item)
        {
            if (child is ParagraphBlock p) entry.AddParagraph(Segments.Lines(Segments.Of(p.Inline)));
            else if (child is ListBlock nested)
                foreach (var sub in nested.OfType<ListItemBlock>()) AddItem(entry, sub);
        }
        yield return entry;
    }

    /// <summary>"2011–14", "2008--10", "2019 - present": when, not what.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:19|20)\d{2}\s*(?:-{1,2}|–|—|to)\s*(?:(?:19|20)?\d{2}|present|now|today)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex YearSpan();

    private static void AddItem(ProfileEntry entry, ListItemBlock item)
    {
        foreach (var child in item)
        {
            if (child is ParagraphBlock p) entry.AddParagraph(Segments.Lines(Segments.Of(p.Inline)));
            else if (child is ListBlock nested)
                foreach (var sub in nested.OfType<ListItemBlock>()) AddItem(entry, sub);
        }
    }
}
