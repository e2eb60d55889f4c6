using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>What a heading's section holds, by the meaning of its words rather than one spelling.</summary>
internal static partial class ProfileSections
{
    /// <summary>The record kind a section's entries become, or null for sections we do not read (Education, News...).</summary>
    public static RecordKind? Classify(string heading)
    {
        // "Articles (without a review committee)", "Talks (selected)": the words outside the brackets say what the
        // section holds; the bracketed ones only qualify it.
        var bare = Qualifier().Replace(heading, " ").Trim();
        if (bare.Length > 0 && bare != heading.Trim() && ClassifyWords(bare) is { } kind) return kind;
        return ClassifyWords(heading);
    }

    private static RecordKind? ClassifyWords(string heading)
    {
        var h = heading.ToLowerInvariant();
        // Other people's work the owner supervised or taught is not the owner's record.
        if (Supervision().IsMatch(h)) return null;
        if (Service().IsMatch(h)) return RecordKind.Service;
        // "Book chapters and thesis", "Papers and Theses": a section that names papers beside the thesis holds papers,
        // and the thesis among them says what it is by its own words ("Ph.D. thesis").
        if (Thesis().IsMatch(h) && !Publications().IsMatch(h) || CjkThesis().IsMatch(h)) return RecordKind.Thesis;
        if (Attended().IsMatch(h)) return RecordKind.Event;
        // "Publications and Talks": papers are the richer reading of a mixed section.
        if (Publications().IsMatch(h) || CjkPublications().IsMatch(h)) return RecordKind.Publication;
        if (Talks().IsMatch(h)) return RecordKind.Talk;
        // "Published", "Unpublished", "Peer-reviewed": a word saying how the work stands names papers when no talk word does.
        if (Standing().IsMatch(h)) return RecordKind.Publication;
        if (Events().IsMatch(h)) return RecordKind.Event;
        return null;
    }

    /// <summary>"Awards", "Honors and Grants", "Education": a part of the page that lists no work, even on a Publications page.</summary>
    public static bool IsNotWork(string heading) => NotWork().IsMatch(heading.Trim()) || Supervision().IsMatch(heading.ToLowerInvariant());

    [GeneratedRegex(@"^(?:(?:honou?rs|awards?|grants?|funding|fellowships?|education|contact|tutorials?)(?:\s*(?:,|&|and)\s*|$))+$", RegexOptions.IgnoreCase)]
    private static partial Regex NotWork();

    [GeneratedRegex(@"\b(?:committees?|service|reviewing|reviewer|reviews|refereeing|referee|editor|editorial boards?|program committee|organi[sz]ing|organi[sz]er|editorial|professional activities)\b")]
    private static partial Regex Service();

    [GeneratedRegex(@"\b(?:supervis\w*|students|mentees|mentoring|advising|teaching)\b")]
    private static partial Regex Supervision();

    [GeneratedRegex(@"\b(?:thesis|theses|dissertations?)\b")]
    private static partial Regex Thesis();

    [GeneratedRegex(@"\b(?:attended|summer schools?|winter schools?|schools)\b")]
    private static partial Regex Attended();

    [GeneratedRegex(@"\b(?:talks?|presentations?|posters?|seminars?|keynotes?|lectures?)\b")]
    private static partial Regex Talks();

    [GeneratedRegex(@"\b(?:papers?|publications?|preprints?|articles?|manuscripts?|proceedings|patents?|bibliography|journals?|books?|book chapters?|chapters|monographs?|technical reports?|edited (?:volumes?|books?|collections?)|under review|submitted|in submission|in preparation|revise (?:and|&) resubmit|forthcoming|in press|works? in progress|(?:dictionary|encyclop(?:a|ae|e)dia|reference)\s+(?:entries|articles))\b")]
    private static partial Regex Publications();

    /// <summary>
    /// "发表论文" (papers published), "投稿论文" (papers submitted), "论文专利" (papers and patents), "著作" (books): the
    /// words of a Chinese or Japanese page for its papers. CJK text has no word breaks, so no \b around them.
    /// </summary>
    [GeneratedRegex(@"论文|論文|专利|專利|著作|出版物|投稿")]
    private static partial Regex CjkPublications();

    /// <summary>"学位论文" / "學位論文": a degree's thesis.</summary>
    [GeneratedRegex(@"学位论文|學位論文")]
    private static partial Regex CjkThesis();

    [GeneratedRegex(@"\b(?:(?:un)?published|peer[- ]reviewed|refereed)\b")]
    private static partial Regex Standing();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(?:events?|workshops?|conferences)\b")]
    private static partial Regex Events();
}
