using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.PublicationListing;

/// <summary>
/// The part of a listing page each piece belongs to. A researcher's page may follow its publications with other
/// parts under headings of their own ("Invited Talks", "Awards", "Teaching"), however the site spells them: a talk
/// there is a talk record, an award or a course is no record. Headings only part the page once an entry has been
/// read, so the site's menu over the first entries ("Home · Publications · Talks · Contact") never does.
/// </summary>
internal static class ListingSections
{
    /// <summary>Each piece with the kind of record its part of the page holds: publication, talk, or null (not read).</summary>
    public static List<(EntryCandidate Piece, RecordKind? Kind)> Assign(IReadOnlyList<EntryCandidate> pieces)
    {
        var result = new List<(EntryCandidate, RecordKind?)>(pieces.Count);
        RecordKind? kind = RecordKind.Publication;
        var seenEntry = false;
        foreach (var piece in pieces)
        {
            if (IsHeading(piece))
            {
                var heading = piece.Lines[0].Replace('-', ' ').Replace('_', ' ');
                var classified = ProfileSections.IsNotWork(heading) ? null : ProfileSections.Classify(heading);
                // The publications' own sub-headings ("In Book Chapter", "Journal articles") go on with the part they are in.
                if (seenEntry && (classified is not null || ProfileSections.IsNotWork(heading)))
                    kind = classified is RecordKind.Publication or RecordKind.Talk ? classified : null;
                result.Add((piece, kind));
                continue;
            }
            if (!seenEntry && EntryShape.IsEntry(piece)) seenEntry = true;
            result.Add((piece, kind));
        }
        return result;
    }

    /// <summary>
    /// Where the page's introduction ends: just past the last "Publications" heading that no entry comes before (a
    /// research page's prose and bullet points about its subject, then the papers); 0 when no such heading is printed.
    /// </summary>
    public static int IntroductionEnd(IReadOnlyList<EntryCandidate> pieces)
    {
        var end = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (IsHeading(pieces[i]) && ProfileSections.Classify(pieces[i].Lines[0]) == RecordKind.Publication) end = i + 1;
            else if (EntryShape.IsEntry(pieces[i])) break;
        }
        return end;
    }

    /// <summary>A line of a few words on its own, with no year and no sentence: a heading or a menu entry.</summary>
    public static bool IsHeading(EntryCandidate piece)
    {
        if (piece.Lines.Count != 1) return false;
        var text = piece.Lines[0].Trim();
        return text.Length is > 0 and <= 60 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && LooseDates.FindYear(text) is null && !text.EndsWith('.') && !text.Contains(',');
    }
}
