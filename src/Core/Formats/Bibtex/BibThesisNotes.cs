using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// Supervisors list their students' theses as @unpublished or @misc with the degree in a free-text field
/// ("note = {Undergraduate thesis}", "howpublished = {Dissertação de Mestrado}"): the entry is a thesis all the same.
/// </summary>
internal static partial class BibThesisNotes
{
    private static readonly string[] Fields = ["note", "howpublished", "type"];

    /// <summary>An @unpublished or @misc entry whose note, howpublished or type opens by naming a thesis.</summary>
    public static bool NamesThesis(BibEntry e) =>
        e.Type is "unpublished" or "misc"
        && Fields.Any(f => e.Raw(f) is { } raw && ThesisLabel().IsMatch(LatexText.ToUnicode(raw).Trim()));

    // The label opens the field and is the whole of it or goes on to say of what or where ("Master's thesis, University
    // of X", "Tese de Doutorado"); a label running on into other words ("Thesis chapter") is a remark about a thesis.
    // English degrees; Portuguese "Trabalho de Conclusão de Curso", "Dissertação", "Tese"; Spanish "Tesis",
    // "Trabajo Fin de Grado"; French "Thèse", "Mémoire"; Italian "Tesi"; German "Masterarbeit", "Dissertation".
    [GeneratedRegex(@"^(?:"
        + @"(?:(?:unpublished|undergraduate|bachelor['’]?s?|B\.?\s?Sc\.?|B\.?\s?A\.?|senior|honou?rs|master['’]?s?|M\.?\s?Sc\.?|M\.?\s?A\.?|MPhil|Ph\.?\s?D\.?|doctoral|diploma|licentiate)\s+)+(?:thesis|dissertation)"
        + @"|dissertation|thesis"
        + @"|trabalho\s+de\s+conclus[ãa]o(?:\s+de\s+curso)?|disserta[çc][ãa]o|tese|monografia"
        + @"|tesis|trabajo\s+(?:de\s+)?fin\s+de\s+(?:grado|m[áa]ster)"
        + @"|th[èe]se|m[ée]moire"
        + @"|tesi"
        + @"|(?:bachelor|master|diplom|doktor|magister)arbeit"
        + @")(?:\s+doctoral)?(?=\s*(?:$|[,.;:(–—-])|\s+(?:de|di|du|of|at|in|em|en|an|submitted|presented)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThesisLabel();
}
