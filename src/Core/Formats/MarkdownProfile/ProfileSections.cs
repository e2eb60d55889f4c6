using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.MarkdownProfile;

/// <summary>What a heading's section holds, by the meaning of its words rather than one spelling.</summary>
internal static partial class ProfileSections
{
    /// <summary>The record kind a section's entries become, or null for sections we do not read (Education, News...).</summary>
    public static RecordKind? Classify(string heading)
    {
        var h = heading.ToLowerInvariant();
        if (Service().IsMatch(h)) return RecordKind.Service;
        if (Thesis().IsMatch(h)) return RecordKind.Thesis;
        if (Attended().IsMatch(h)) return RecordKind.Event;
        if (Talks().IsMatch(h)) return RecordKind.Talk;
        if (Publications().IsMatch(h)) return RecordKind.Publication;
        if (Events().IsMatch(h)) return RecordKind.Event;
        return null;
    }

    [GeneratedRegex(@"\b(?:committees?|service|reviewing|reviewer|reviews|program committee|organi[sz]ing|organi[sz]er|editorial|professional activities)\b")]
    private static partial Regex Service();

    [GeneratedRegex(@"\b(?:thesis|theses|dissertations?)\b")]
    private static partial Regex Thesis();

    [GeneratedRegex(@"\b(?:attended|summer schools?|winter schools?|schools)\b")]
    private static partial Regex Attended();

    [GeneratedRegex(@"\b(?:talks?|presentations?|posters?|seminars?|keynotes?|lectures?)\b")]
    private static partial Regex Talks();

    [GeneratedRegex(@"\b(?:papers?|publications?|preprints?|articles?|manuscripts?|proceedings|patents?|bibliography|journal|conference)\b")]
    private static partial Regex Publications();

    [GeneratedRegex(@"\b(?:events?|workshops?|conferences)\b")]
    private static partial Regex Events();
}
