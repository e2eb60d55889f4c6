using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>"doi:10.…" (or "DOI 10.…") and "arXiv:2101.00001" printed as text become links, so the normaliser files them as identifiers.</summary>
internal static partial class ScholarlyText
{
    public static void AddIdentifierLinks(string text, List<Link> links)
    {
        foreach (Match m in Doi().Matches(text))
            links.Add(new Link(LinkRel.Doi, "https://doi.org/" + ScholarlyIds.TrimDoiEnd(m.Groups["id"].Value)));
        foreach (Match m in Arxiv().Matches(text))
            links.Add(new Link(LinkRel.Arxiv, "https://arxiv.org/abs/" + m.Groups["id"].Value));
    }

    /// <summary>
    /// The DOI the entry's citation prints with its "DOI:" label. It names the work itself, where a doi.org link under
    /// another label ("[PDF (open access)](https://doi.org/10.31235/…)") may be its preprint's.
    /// </summary>
    public static string? LabelledDoi(string text) =>
        Doi().Match(text) is { Success: true } m ? ScholarlyIds.TrimDoiEnd(m.Groups["id"].Value).ToLowerInvariant() : null;

    [GeneratedRegex(@"\bdoi(?::|\s)\s*(?<id>10\.\d{4,9}/\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Doi();

    [GeneratedRegex(@"\barXiv:\s*(?<id>\d{4}\.\d{4,5}(?:v\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Arxiv();
}
