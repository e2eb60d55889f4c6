using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>
/// Reads a run of author names off the front of a text: "A. Lamb, V. Dumoulin and A. Courville",
/// "Ghiasi, G., Lee, H. and Shlens, J.", "Jane Doe & Li Wei. Venue ...". Stops at the first piece that is not a name.
/// </summary>
internal static partial class AuthorText
{
    /// <summary>A text that is nothing but names ("*Siddhant Rao*", "Ana Díaz and Bo Chen").</summary>
    public static bool IsNamesOnly(string text)
    {
        var (names, rest) = Consume(text);
        return names.Count > 0 && EntryTitles.TrimSeparators(rest).Length == 0;
    }

    public static (List<string> Names, string Remainder) Consume(string text)
    {
        // "GBD 2019 Diseases and Injuries Collaborators. Title": a group credited as the author, whatever digits and
        // "and"s its name holds (which would cut it into pieces), opens the list as one name.
        if (CreditedGroup().Match(text) is { Success: true } group)
        {
            var after = text[group.Length..].TrimStart();
            if (!after.StartsWith(',') && !after.StartsWith(';')) return ([group.Groups["g"].Value], after.TrimStart('.', ':', ' '));
            var (more, rest) = Consume(after.TrimStart(',', ';', ' '));
            return ([group.Groups["g"].Value, .. more], rest);
        }
        var names = new List<string>();
        // "Blais. B. S. 2010. Title": a lone author's surname, a stop typed for the comma, then the initials and the year.
        text = StopForComma().Replace(text, "$1, ");
        // "Lund, M. N., et al. including **Doe, J.** (2024)": the names either side of "et al. including" are all authors.
        text = EtAlIncluding().Replace(text, ", ");
        // "Salas R. et al. (incl. Farid A.) — Venue": the named member of the elided list is an author as well.
        text = EtAlIncludingParen().Replace(text, ", ${n}");
        // "W. J. Chaplin, et al. 2022. Title": the full stop after "et al." still closes the list.
        text = EtAlAfterWord().Replace(text, ".");
        text = EtAl().Replace(text, "");
        // "Althoff, T., … Wagenmakers, E." (APA's elision of middle authors): the names either side are still the list.
        text = Elision().Replace(text, ", ");
        var cut = SentenceEnd().Match(text);
        var head = cut.Success ? text[..cut.Index] : text;
        var tail = cut.Success ? text[(cut.Index + cut.Length)..] : "";
        // A quoted title or a "(2020)" after the names ends the list too.
        var open = head.IndexOfAny(['"', '“', '(', '[']);
        // "Couzin, I.D. 2019. Title" (author-year styles): a bare year after an initial ends the list as "(2019)" does.
        if (BareYear().Match(head) is { Success: true } bare && (open < 0 || bare.Index < open)) open = bare.Index;
        // "Ana Díaz PhD Thesis, 1-251, 2018": the kind of work printed straight after the name ends the list.
        if (DegreeWork().Match(head) is { Success: true } degree && (open < 0 || degree.Index < open)) open = degree.Index;
        var dash = SpacedDash().Match(head);
        if (dash.Success && (open < 0 || dash.Index < open)) open = dash.Index;
        // "Pudig, M., Yung, C. and Holmes, R.M.: Title" (a style that sets the title off with a colon): when all before
        // the first colon reads as names (two, or one written with initials), the colon closes the list.
        if (ListColon().Match(head) is { Success: true } colon && (open < 0 || colon.Index < open)
            && Consume(head[..colon.Index]) is { Names.Count: > 0 } before && EntryTitles.TrimSeparators(before.Remainder).Length == 0
            // The names run up to the colon: the last one's initials close it ("Holmes, R.M.:"), or names written
            // given name first all read as such ("Ana Díaz and Bo Chen:"); "Liang, S.H.L. Ask, Retrieve:" is a title's.
            && (InitialBeforeColon().IsMatch(head[..colon.Index])
                || before.Names.Count >= 2 && before.Names.All(n => !n.Contains(',') && n.Contains(' ') && PersonNames.LooksLikeName(n))))
            open = colon.Index;
        if (open >= 0)
        {
            tail = text[open..];
            head = head[..open];
        }

        var pieces = Pieces(head);
        // "Dubreuil, Valente, Beiran, Nature Neuroscience": single capitalised words with no initial among them are
        // surnames printed alone, not "Surname, Given" pairs; the first piece that is not one word ends the list.
        if (SurnameRun(head, pieces) is var run and >= 3)
            return (pieces.Take(run).Select(p => p.Text).ToList(), run < pieces.Count ? text[pieces[run].Start..].Trim() : tail.Trim());
        var offset = 0;
        var pairs = SurnameFirstPairs(pieces);
        // "De Kai, Morgunov, A., Goldstein, G.-P., & Rotkirch, A.": a name written whole before "Surname, Initials" pairs.
        if (pieces.Count % 2 == 1 && pieces.Count >= 5 && pieces[0].Text.Contains(' ') && !IsInitials(pieces[0].Text) && InitialPairs(pieces, 1) * 2 == pieces.Count - 1)
        {
            offset = 1;
            pairs = InitialPairs(pieces, 1);
        }
        for (var k = 0; k < pieces.Count; k++)
        {
            var (piece, start) = pieces[k];
            if (AuthorLists.IsEtAl(piece)) continue;
            var candidate = piece;
            if (k < offset) { names.Add(piece); continue; }
            if (k - offset + 1 < pairs * 2)
            {
                candidate = piece + ", " + pieces[k + 1].Text;
                // "Ho, EKH": Vancouver initials run to three capitals, which alone would read as an acronym.
                if (!PersonNames.LooksLikeName(candidate) && !Vancouver().IsMatch(piece + " " + pieces[k + 1].Text)) return (names, text[start..].Trim());
                names.Add(candidate);
                k++;
                continue;
            }
            // "…, Berger-Wolf, T. Seeing biodiversity: …": the initials closing the list run straight into the title.
            if (k + 1 < pieces.Count && InitialsThenTitle(piece, pieces[k + 1].Text, head[pieces[k + 1].Start..]) is { } initialsLength)
            {
                names.Add(piece + ", " + pieces[k + 1].Text[..initialsLength].Trim());
                return (names, text[(pieces[k + 1].Start + initialsLength)..].Trim());
            }
            // "Dumoulin, V." is one name written surname first.
            if (k + 1 < pieces.Count && !IsInitials(piece) && piece.Split(' ').Length <= 3
                && (IsInitials(pieces[k + 1].Text) || IsGivenName(piece, pieces[k + 1].Text)))
            {
                candidate = piece + ", " + pieces[k + 1].Text;
                if (PersonNames.LooksLikeName(candidate)) { names.Add(candidate); k++; continue; }
            }
            // "Kim, YS" among Vancouver names ("Chen S, Kim, YS and Agrawal AF"): undotted initials after a stray comma.
            if (k + 1 < pieces.Count && Mononym().IsMatch(piece) && PersonNames.IsUndottedInitials(pieces[k + 1].Text) && names.All(IsVancouverName)
                && (names.Count > 0 || k + 2 < pieces.Count && IsPersonOrVancouver(pieces[k + 2].Text.TrimEnd('.'))))
            {
                names.Add(piece + ", " + pieces[k + 1].Text);
                k++;
                continue;
            }
            // "Bauer, Jana Maria, Tom Reed, and Ola Berg" (Chicago): only the first author is inverted, and may carry
            // several given names. Read so only before the year slot ("(2022)", "(forthcoming)"), with full names after it
            // joined by a serial ", and" (a mononym's list has none), so no title of capitalised words passes for it.
            if (k == 0 && offset == 0 && pairs == 0 && pieces.Count >= 2 && Mononym().IsMatch(piece) && GivenNames().IsMatch(pieces[1].Text)
                && tail.TrimStart().StartsWith('(') && (pieces.Count == 2 || SerialAnd().IsMatch(head) && PersonNames.LooksLikeName(pieces[2].Text)))
            {
                names.Add(piece + ", " + pieces[1].Text);
                k++;
                continue;
            }
            // "Rishav, Ramy Battrawy and ...": someone known by one name, told apart from a title word by the names after it.
            // "…, S. Williams, and the Aurora Team, Title": a team credited as the last author.
            if (names.Count > 0 && TeamAuthor().IsMatch(candidate)) { names.Add(candidate); continue; }
            // "J. Koo, D. Klabjan, Combined Convolutional and Recurrent Networks for …": among names all written with
            // initials, capitalised words joined by "and" to words that are no name are the title's.
            if (names.Count >= 2 && !candidate.Contains('.') && names.All(n => n.Contains('.')) && k + 1 < pieces.Count
                && AndBetween().IsMatch(head[start..pieces[k + 1].Start]) && !PersonNames.LooksLikeName(pieces[k + 1].Text))
                return (names, text[start..].Trim());
            // "F. H. Stillinger, J. Chem. Phys. 35, 1581": an initial and a journal's abbreviated word closed by its stop
            // ("J. Chem.", "J. Am.", "R. Soc.") opens the venue, however name-like.
            if (JournalAbbreviation().IsMatch(candidate) && text.Length > start + candidate.Length && text[start + candidate.Length] == '.')
                return (names, text[start..].Trim());
            // "Yeakel J.D., Bhat U., Newsome S.D. Exploring the niche of …": among names written surname first with
            // initials after, the last one's initials run straight into the title, which no separator sets off.
            if (names.Count > 0 && names.All(n => SurnameThenInitials().IsMatch(n)) && SurnameInitialsThenTitle().Match(candidate) is { Success: true } last)
            {
                // Written as the names before it were: "Newsome, S.D." after "Bhat, U.", as printed after "Crowley B".
                names.Add(names.All(n => n.Contains(',')) ? last.Groups["s"].Value + ", " + last.Groups["i"].Value.Trim() : last.Groups["n"].Value.Trim());
                return (names, text[(start + last.Groups["n"].Length)..].Trim());
            }
            var mononym = Mononym().IsMatch(candidate) && k + 1 < pieces.Count && PersonNames.LooksLikeName(pieces[k + 1].Text);
            if (!mononym && !PersonNames.LooksLikeName(candidate) && !ListedVancouverName(pieces, k, names) && !ListedShortSurname(pieces, k, names)
                && !InitialsNames.IsBetweenNames(candidate, names.Count > 0 ? names[^1] : null, k + 1 < pieces.Count ? pieces[k + 1].Text : null))
                return (names, text[start..].Trim());
            // "Zou, C., Sun, Z., Accurate Modeling and Simulation …": after names written "Surname, I." throughout, words
            // with no initial at all are the title's, however name-like ("Accurate Modeling").
            if (k >= offset + pairs * 2 && pairs >= 2 && !candidate.Contains('.') && !Vancouver().IsMatch(candidate) && Enumerable.Range(0, pairs).All(p => IsInitials(pieces[offset + 2 * p + 1].Text)))
                return (names, text[start..].Trim());
            // "Van Langevelde F." among "Surname, I." pairs: the same surname-first order, its comma left out.
            // "Holmes R. M. (2016)": one surname before dotted initials is that order as well, list or not.
            // Among Vancouver names ("Varga ÉB, Osei K.") the stop closes the list instead (handled below).
            if (SurnameDottedInitials().Match(candidate) is { Success: true } sdi 
                && !pieces.Where((p, i) => i != k && IsVancouverName(p.Text) && !p.Text.EndsWith('.')).Any())
                candidate = sdi.Groups["s"].Value + ", " + sdi.Groups["i"].Value.Trim();
            else if (pairs > 0 && TrailingInitial().Match(candidate) is { Success: true } ti && candidate.EndsWith('.'))
                candidate = candidate[..(ti.Index + 2)] + ", " + candidate[(ti.Index + 2)..].Trim();
            names.Add(candidate);
            // "…, Conor Gray and Hazel Cox, R. Soc. Open Sci.": the name after the closing "and" is the last one; what
            // follows its comma is the venue, however name-like its abbreviations ("R. Soc", "J. Phys").
            if (pairs == 0 && k > offset && k + 1 < pieces.Count && ClosingAnd().IsMatch(head[pieces[k - 1].Start..start])
                && !ClosingAnd().IsMatch(head[start..pieces[k + 1].Start]) && !IsInitials(pieces[k + 1].Text))
                return (names, text[pieces[k + 1].Start..].Trim());
        }
        // "Ahmadi S, Osei K.": in a Vancouver list (no dots in the initials) the last stop ends the sentence, not an initial.
        if (names.Count >= 2 && names[^1].EndsWith('.') && names.SkipLast(1).All(n => Vancouver().IsMatch(n)) && Vancouver().IsMatch(names[^1][..^1]))
            names[^1] = names[^1][..^1];
        return (names, tail.Trim());
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*\s" + PersonNames.UndottedInitials + @"$")]
    private static partial Regex Vancouver();

    /// <summary>
    /// "Ho EKH" among "Grieshop K, Ho EKH and Kasimatis KR": a Vancouver name whose three initials alone would read as
    /// an acronym, taken as a name when a piece beside it is a name too (a lone "Deep RNN" stays a title's words).
    /// </summary>
    /// <remarks>"CMF Timpe" among "M Valstad, CMF Timpe, G Richard": the same undotted initials written before the surname.</remarks>
    private static bool ListedVancouverName(List<(string Text, int Start)> pieces, int k, List<string> names) =>
        (IsVancouverName(pieces[k].Text) || InitialsFirstUndotted().IsMatch(pieces[k].Text))
        && (names.Count > 0 && IsPersonOrVancouver(names[^1]) || k + 1 < pieces.Count && IsPersonOrVancouver(pieces[k + 1].Text.TrimEnd('.')));

    /// <summary>
    /// "Sangmin An", "Minh To", "K. To": a surname spelled like a function word, read as a name only among other names
    /// (alone, "Towards An" is a wrapped title's words).
    /// </summary>
    private static bool ListedShortSurname(List<(string Text, int Start)> pieces, int k, List<string> names) =>
        ShortSurname().IsMatch(pieces[k].Text)
        && (names.Count > 0 && PersonNames.LooksLikeName(names[^1]) || k + 1 < pieces.Count && PersonNames.LooksLikeName(pieces[k + 1].Text));

    [GeneratedRegex(@"^\p{Lu}\.\s?(?:Am|Chem|Phys|Soc|Rev|Lett|Sci|Biol|Appl|Math|Comput|Stat|Econ|Geophys|Astrophys|Mol|Mater|Opt|Med|Proc|Trans|Natl|Acad|Res|Int|Ann|Bull|Mech|Theor|Exp|Neurosci|Psychol|Ecol|Evol|Environ|Eng|Inf|Clin|Org|Inorg|Polym|Catal|Comp)$")]
    private static partial Regex JournalAbbreviation();

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?|\p{Lu}\.(?:\s?\p{Lu}\.)?)\s(?:An|To)$")]
    private static partial Regex ShortSurname();

    private static bool IsPersonOrVancouver(string piece) => PersonNames.LooksLikeName(piece) || IsVancouverName(piece);

    [GeneratedRegex(@"^\p{Lu}{3,4}\s(?:\p{Ll}{1,3}\s){0,2}\p{Lu}\p{Ll}[\p{L}'’-]*$")]
    private static partial Regex InitialsFirstUndotted();

    /// <summary>"Ho EKH", "Latta IV LC", "Ho, EKH": a surname then up to three capital initials with no dots.</summary>
    public static bool IsVancouverName(string text) => Vancouver().IsMatch(text.Replace(", ", " ").Trim().TrimEnd('.'));

    [GeneratedRegex(@"^the\s+(?:[\p{L}\d-]+\s+){1,4}(?:Team|Consortium|Collaboration|Group|Project)$", RegexOptions.IgnoreCase)]
    private static partial Regex TeamAuthor();

    /// <summary>
    /// "GBD 2019 Under-5 Mortality Collaborators", "The PRISM Study Group": capitalised words, digits and joining
    /// words closed by a word that credits a group with a work, then the list's separator.
    /// </summary>
    [GeneratedRegex(@"^(?<g>(?:The\s+)?[\p{Lu}\d][\p{L}\d'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’-]*|and|of|on|for|in|&)){0,8}?\s+(?:Collaborators|Investigators|Consortium|Collaboration|Working Group|Study Group|Writing Committee|Steering Committee))(?=\s*[.,;:](?:\s|$))")]
    private static partial Regex CreditedGroup();

    [GeneratedRegex(@"(?<=\p{L}\s+)(?:Ph\.?\s?D\.?|Doctoral|Master'?s?|M\.?\s?Sc\.?|Bachelor'?s?|Diploma)\s+(?:Thesis|Dissertation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeWork();

    [GeneratedRegex(@"\sand\s+$")]
    private static partial Regex AndBetween();

    [GeneratedRegex(@"(?:^|[\s,;])(?:and|&)\s*$")]
    private static partial Regex ClosingAnd();

    private static List<(string Text, int Start)> Pieces(string head)
    {
        var result = new List<(string, int)>();
        var pos = 0;
        foreach (Match sep in Separator().Matches(head))
        {
            Add(result, head, pos, sep.Index);
            pos = sep.Index + sep.Length;
        }
        Add(result, head, pos, head.Length);
        // "McDougall, T., J., Barker, P.M.": a stray comma between a surname's initials; a lone initial after initials
        // is more of the same name's, not a name of its own.
        for (var k = result.Count - 1; k >= 2; k--)
            if (SingleInitial().IsMatch(result[k].Item1) && IsInitials(result[k - 1].Item1) && !IsInitials(result[k - 2].Item1) && result[k - 2].Item1.Length > 2)
            {
                result[k - 1] = (result[k - 1].Item1 + " " + result[k].Item1, result[k - 1].Item2);
                result.RemoveAt(k);
            }
        // "Guimarães, P. R., Jr, & Gross, T." (APA): a generational suffix after the initials is the surname's, not a
        // name of its own; written "Guimarães Jr, P. R." the pair reads as any other.
        for (var k = result.Count - 1; k >= 2; k--)
            if (GenerationalSuffix().IsMatch(result[k].Item1) && IsInitials(result[k - 1].Item1) && !IsInitials(result[k - 2].Item1))
            {
                result[k - 2] = (result[k - 2].Item1 + " " + result[k].Item1, result[k - 2].Item2);
                result.RemoveAt(k);
            }
        // "Rogers, B.L., Wilner, L. Maganga, G., Walton, S.": between a lone surname and lone initials, initials run into a
        // surname are two pieces whose comma was left out.
        for (var k = result.Count - 2; k >= 1; k--)
            if (InitialsThenSurname().Match(result[k].Item1) is { Success: true } glued && Mononym().IsMatch(result[k - 1].Item1) && IsInitials(result[k + 1].Item1))
            {
                var surname = glued.Groups["s"];
                result.Insert(k + 1, (surname.Value, result[k].Item2 + surname.Index));
                result[k] = (glued.Groups["i"].Value.Trim(), result[k].Item2);
            }
        return result;
    }

    [GeneratedRegex(@"^(?<i>(?:\p{Lu}\.\s?)+)\s*(?<s>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)$")]
    private static partial Regex InitialsThenSurname();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+,?\s(?:\p{Lu}\.?\s?){1,3}$")]
    private static partial Regex SurnameThenInitials();

    /// <summary>"Newsome S.D. Exploring the …": a surname, dotted initials, then a capitalised word and a lower-case one.</summary>
    [GeneratedRegex(@"^(?<n>(?<s>\p{Lu}[\p{L}'’-]+)\s(?<i>(?:\p{Lu}\.\s?){1,3}))\s*(?=\p{Lu}\p{Ll}*\s+\p{Ll})")]
    private static partial Regex SurnameInitialsThenTitle();

    [GeneratedRegex(@"^(?:\p{Lu}\.)+\p{Lu}$")]
    private static partial Regex DottedInitials();

    [GeneratedRegex(@"^(?:Jr|Sr|II|III|IV)\.?$")]
    private static partial Regex GenerationalSuffix();

    [GeneratedRegex(@"^(\p{Lu}\p{Ll}+)\.\s(?=(?:\p{Lu}\.\s?){1,3},?\s+\(?(?:19|20)\d{2}\b)")]
    private static partial Regex StopForComma();

    [GeneratedRegex(@"^(?<s>\p{Lu}[\p{L}'’-]+)\s(?<i>(?:\p{Lu}\.\s?){1,3}\p{Lu}?)$")]
    private static partial Regex SurnameDottedInitials();

    [GeneratedRegex(@"(?:^|[\s.])\p{Lu}\.[*†]*\s*$")]
    private static partial Regex InitialBeforeColon();

    [GeneratedRegex(@"^\s+and\s+\p{Ll}")]
    private static partial Regex AndLowerWord();

    [GeneratedRegex(@"^\p{Lu}\.$")]
    private static partial Regex SingleInitial();

    [GeneratedRegex(@":\s+(?=\S)")]
    private static partial Regex ListColon();

    private static void Add(List<(string, int)> result, string head, int from, int to)
    {
        var piece = head[from..to].Trim();
        if (piece.Length == 0) return;
        // A trailing full stop after a whole word closes the list; after an initial it belongs to the name.
        piece = AffiliationMark().Replace(piece, "").Trim('*', '†', '‡', '§', '#', ' ');
        // "Tull H.R.": initials written without spaces are still initials, and keep their stop.
        if (piece.EndsWith('.') && piece.Split(' ')[^1].TrimEnd('.', '*') is { Length: > 2 } lastWord && !DottedInitials().IsMatch(lastWord) && !IsInitials(piece)) piece = piece[..^1].TrimEnd();
        result.Add((piece, from + (head[from..to].Length - head[from..to].TrimStart().Length)));
    }

    [GeneratedRegex(@",?\s*\bet\s+al\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex EtAl();

    // "Beauchamp M, et al. Title": after a Vancouver name's lone initial as well.
    // "Ana Díaz, et al Title": the stop left out, the capitalised word after "et al" still opens what follows the list.
    [GeneratedRegex(@"(?:(?<=\p{L}{2}[*†]*)|(?<=\s\p{Lu})),?\s*\b(?i:et\s+al)\b(?:\.(?=\s)|(?=\s+\p{Lu}\p{Ll}))")]
    private static partial Regex EtAlAfterWord();

    /// <summary>
    /// A lone surname, then initials and several more words that are no name ("Berger-Wolf" + "T. Seeing the forest"):
    /// the length of the initials, or null.
    /// </summary>
    /// <remarks>The title is judged with what follows the piece (<paramref name="following"/>): "S. P. Bridging Crystal
    /// Engineering and Drug Discovery" is cut at "and" into pieces, and its first piece alone reads like a name.</remarks>
    private static int? InitialsThenTitle(string surname, string next, string following)
    {
        var m = LeadingInitials().Match(next);
        if (!m.Success || surname.Contains('.') || surname.Split(' ').Length > 3 || !char.IsUpper(surname[0]) || PersonNames.LooksLikeName(surname)) return null;
        var clause = following.IndexOfAny([',', ';']) is var stop and >= 0 ? following[..stop] : following;
        var rest = (clause.StartsWith(next, StringComparison.Ordinal) ? clause : next)[m.Length..].Trim();
        // "England, M.E. Drivers and distribution of …": the list's separators cut the title at its "and"; the clause
        // shows the words that follow.
        var given = next[m.Length..].Trim();
        var cutAtAnd = !given.Contains(' ') && !IsInitials(given) && clause.StartsWith(next, StringComparison.Ordinal) && AndLowerWord().IsMatch(clause[next.Length..]);
        if (!cutAtAnd && given.Split(' ').Length < 2 || PersonNames.LooksLikeName(rest)) return null;
        return m.Length;
    }

    [GeneratedRegex(@"\p{L}{2}\s+(?:\p{Lu}\.?){1,3}$")]
    private static partial Regex TrailingInitial();

    [GeneratedRegex(@"^(?:\p{Lu}\.\s?-?)+(?=\s+\S)")]
    private static partial Regex LeadingInitials();

    // "Cooper, L.N 2008.": initials run together may leave off the last one's stop.
    [GeneratedRegex(@"(?<=\b\p{Lu}\.(?:\p{Lu}\b)?[*†]*),?\s+(?:19|20)\d{2}[a-z]?\\?(?=[.,:]?(?:\s|$))")]
    private static partial Regex BareYear();

    [GeneratedRegex(@",?\s*\bet\s+al\b\.?,?\s+(?:including|incl\.)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex EtAlIncluding();

    [GeneratedRegex(@",?\s*\bet\s+al\b\.?,?\s*\((?:including|incl\.)\s+(?<n>[^()]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex EtAlIncludingParen();

    [GeneratedRegex(@"\s[—–-]\s")]
    private static partial Regex SpacedDash();

    /// <summary>
    /// How many leading piece pairs read as "Surname, Given" ("Quispe Mamani, Sofía, Ndlovu, Thabo"): every second
    /// piece a single given name or initials. Two pairs at least, or the list is read name by name.
    /// </summary>
    private static int SurnameFirstPairs(List<(string Text, int Start)> pieces)
    {
        var pairs = 0;
        for (var k = 0; k + 1 < pieces.Count; k += 2)
        {
            var surname = pieces[k].Text;
            var given = pieces[k + 1].Text;
            var givenOk = IsInitials(given) || !surname.Trim().Contains('.') && !surname.Trim().Contains(' ') && InitialAndGiven().IsMatch(given.Trim()) || !given.Contains(' ') && given.Length > 1 && char.IsUpper(given[0]) && given.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.');
            // "…, Zika, J. and England, M.E. Drivers and distribution of …": after pairs whose given parts are all initials,
            // initials and a word with no name after them are the last initials and the title's first word.
            if (pairs >= 1 && InitialAndGiven().IsMatch(given.Trim()) && !IsInitials(given) && char.IsUpper(given.Trim()[0]) && given.Trim()[1] == '.'
                && Enumerable.Range(0, pairs).All(p => IsInitials(pieces[2 * p + 1].Text))
                && k + 2 < pieces.Count && !PersonNames.LooksLikeName(pieces[k + 2].Text) && !IsInitials(pieces[k + 2].Text) && !(k + 3 < pieces.Count && IsInitials(pieces[k + 3].Text)))
                break;
            // "Mathis, M., Van Langevelde F., Burghardt, T.": a name written whole ("Surname I.") breaks the pairing.
            if (!givenOk || TrailingInitial().IsMatch(surname) || surname.Split(' ').Length > 3 || surname.Any(char.IsDigit) || !char.IsUpper(surname.TrimStart()[0]) && !surname.Contains(' ')) break;
            pairs++;
        }
        return pairs >= 2 ? pairs : 0;
    }

    /// <summary>How many leading pieces are lone surnames (one capitalised word each, no initials).</summary>
    private static int SurnameRun(string head, List<(string Text, int Start)> pieces)
    {
        var run = 0;
        while (run < pieces.Count && Mononym().IsMatch(pieces[run].Text)) run++;
        // "Abreu, Pedro and Delaware, Benjamin and …": names joined by "and" again and again are BibTeX's
        // "Surname, Given" pairs, not surnames printed alone (those are joined by commas, "and" only before the last).
        if (run > 0 && BareAnd().Matches(head[..Math.Min(head.Length, pieces[run - 1].Start + pieces[run - 1].Text.Length)]).Count >= 2) return 0;
        // "Pagani, Marco, Gee, Robin, Johnson, Kendra L., Styron, R.": lone words that pair off up to a given name written
        // with its initial ("Kendra L.") were "Surname, Given" pairs all along, not surnames printed alone.
        if (run >= 3 && run % 2 == 1 && run < pieces.Count && InitialAndGiven().IsMatch(pieces[run].Text.Trim()) && !IsInitials(pieces[run].Text)) return 0;
                // "Okafor, Brandt, Hippocampus, 31(2)": a volume follows a venue, so the last lone word is the journal's.
        if (run < pieces.Count && run > 0 && char.IsDigit(pieces[run].Text[0])) run--;
        return run;
    }

    /// <summary>How many "Surname, Initials" pairs run from <paramref name="from"/>.</summary>
    private static int InitialPairs(List<(string Text, int Start)> pieces, int from)
    {
        var pairs = 0;
        for (var k = from; k + 1 < pieces.Count && IsInitials(pieces[k + 1].Text) && !IsInitials(pieces[k].Text) && char.IsUpper(pieces[k].Text[0]); k += 2) pairs++;
        return pairs;
    }

    /// <summary>
    /// APA's elision of middle authors, "…" or "..." between two names; APA 7 sets it straight before the last author,
    /// "Roe, K., ... & Lind, B.", so an "&amp;" or "and" after it joins that last name to the list as well.
    /// </summary>
    [GeneratedRegex(@"\s*,?\s*(?:…|\.\.\.|\.\s\.\s\.)\s*,?\s*(?:(?:&|and)\s+)?(?=\p{Lu})")]
    private static partial Regex Elision();

    /// <summary>"Smith, John": a lone surname followed by a lone given name (neither is a name on its own).</summary>
    private static bool IsGivenName(string piece, string next) =>
        !piece.Contains(' ') && !next.Contains(' ') && next.Length > 2 && char.IsUpper(next[0]) && !next.All(char.IsUpper)
        && next.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !PersonNames.LooksLikeName(piece);

    [GeneratedRegex(@"(?<=\p{L})\d+(?:,\d+)*$")]
    private static partial Regex AffiliationMark();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$")]
    private static partial Regex Mononym();

    /// <summary>"Jana Maria", "Anna-Lena", "Jan P.": given names written out, two or three at most.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.)){0,2}$")]
    private static partial Regex GivenNames();

    [GeneratedRegex(@",\s+and\s+\p{Lu}")]
    private static partial Regex SerialAnd();

    /// <summary>"J. Garrett", "Garrett J.": a given name written with an initial, after the surname it follows.</summary>
    // "Guedes, J. d’Alpoim": the given part may end in the surname's elided particle and its first half, which APA
    // prints after the initials when the surname is inverted at its second half.
    [GeneratedRegex(@"^(?:\p{Lu}\.\s*)+(?:\p{Ll}[’'])?\p{Lu}\p{Ll}+$|^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)+$")]
    private static partial Regex InitialAndGiven();

    private static bool IsInitials(string piece) => Initials().IsMatch(piece.Trim());

    // "Pulgar Corrotea, M., y Villarroel, C.": a list written in Spanish, Portuguese/Italian, German or French joins its
    // last name with "y", "e", "und" or "et" where English writes "&"; only after a comma and before a capital, so a
    // title's words and "et al." are left alone.
    [GeneratedRegex(@"\s*[,;]\s*(?:and\s+|&\s*|(?:y|e|und|et)\s+(?=\p{Lu}))?|\s+and\s+|\s*&\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?<![,;])\s+(?:and|&)\s+")]
    private static partial Regex BareAnd();

    // "P.‑C." pasted from a PDF joins its initials with a non-breaking hyphen (U+2011) or a plain one (U+2010).
    // "A. McC.": a given name shortened to its Mc/Mac prefix and next capital, after a true initial, is initials too.
    [GeneratedRegex(@"^(?:\p{Lu}\.(?:\s*[-\u2010\u2011]?\s*)?)+(?:\p{Lu}|M(?:a)?c\p{Lu}\.)?$|^\p{Lu}$")]
    private static partial Regex Initials();

    /// <summary>A full stop after a whole word (not an initial), then more text: the end of the author list.</summary>
    // "Bashan A, Yonath A. Sci Rep.": in a Vancouver list (initials without dots) the stop after the last initials ends it too.
    // "Md. Maruf Hasan", "Mohd. Ali": the shortened given names of South Asian and Malay names are no sentence end.
    // "Thea Anderson, Dan. C. Li, Peng Jin": a stray stop after a given name that opens a list piece, then an initial
    // and a surname closed by a comma, is a typo inside the name, not the list's end.
    // "JJ. Quinn*, DA. Reidenbach, GM. zu Horste": two initials run together before their stop, opening a list piece,
    // then one surname closed by a comma, "and" or the list's end, are a name, not a sentence's last word.
    // "Shouval H.Z, Frenkel M. , Kuindersma S.": a Vancouver initial's stop with a comma after it goes on to the next name.
    [GeneratedRegex(@"(?<=\p{L}{2}[*†]*)(?<!(?:^|[\s,;])(?:Md|Mohd|Muhd|Mst)[*†]*)(?!(?<=(?:^|[,;]\s*|\s(?:and|&)\s+)\p{Lu}{2})\.\s*(?:\p{Ll}{1,3}\s)?\p{Lu}\p{Ll}[\p{L}'’-]*[*†]*\s*(?:,|$|(?:and|&)\s))(?!(?<=[,;]\s*\p{Lu}\p{Ll}+)\.\s+\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+,)\.\s+(?=\S)|(?<=\b\p{Lu}{1,3}[*†]*,\s*(?:and\s+)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s\p{Lu}{1,3}[*†]*)\.\s+(?=[^\s,;])")]
    private static partial Regex SentenceEnd();
}
