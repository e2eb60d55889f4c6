using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

internal static partial class PostFinder
{
    /// <summary>
    /// Events listed under headings that print their dates inside the title ("&lt;h3&gt;2nd Workshop. March 18-19, 2021 (online)&lt;/h3&gt;
    /// &lt;p&gt;…&lt;/p&gt;"), all on one page article: each heading of the level where every heading is so dated opens an item, which runs to
    /// the next such heading or a higher one. The days of an event's programme set as headings of the same level over their
    /// tables are parts of that event (see <see cref="IsProgrammeDay"/>).
    /// </summary>
    private static List<List<INode>>? DatedTitleHeadings(IElement root)
    {
        foreach (var level in new[] { "h2", "h3", "h4" })
        {
            var rank = level[1] - '0';
            var headings = root.QuerySelectorAll(level).Where(h => !IsProgrammeDay(h)).ToList();
            if (headings.Count < 3) continue;
            // Every title carries its date, none opens with it (those are date-led), and text follows each.
            if (!headings.All(h => LooseDates.TryFind(h.TextContent, out var d) && d.Year > 0
                    && !DateLeads.TryRead(TextKey.CollapseWhitespace(h.TextContent), out _, loose: true))) continue;
            var runs = headings.Select(h =>
            {
                var run = new List<INode> { h };
                for (var s = h.NextElementSibling; s is not null; s = s.NextElementSibling)
                {
                    if (IsHeading(s) && s.LocalName[1] - '0' <= rank && !IsProgrammeDay(s) || s.QuerySelector(level) is not null) break;
                    run.Add(s);
                }
                return run;
            }).ToList();
            if (!runs.All(r => r.Skip(1).OfType<IElement>().Any(e => e.LocalName == "p" && HasText(e)))) continue;
            return runs;
        }
        return null;
    }

    /// <summary>
    /// A day of an event's programme: a short heading naming a date ("Thursday, 18 March, 2021") with nothing but tables under it,
    /// set after the event's own heading of the same level, whose section has text. It is a part of that event, not an item.
    /// </summary>
    private static bool IsProgrammeDay(IElement heading)
    {
        if (!IsHeading(heading) || TextKey.CollapseWhitespace(heading.TextContent) is not { Length: > 0 and <= 40 } text
            || !LooseDates.TryFind(text, out var date) || date.Day is null) return false;
        var section = SectionOf(heading);
        if (section.Count == 0 || !section.All(e => e.LocalName == "table" || !HasText(e))) return false;
        // The nearest earlier heading of its level that is no day itself heads the event, with text of its own.
        for (var above = heading.PreviousElementSibling; above is not null; above = above.PreviousElementSibling)
        {
            if (!IsHeading(above) || above.LocalName[1] > heading.LocalName[1]) continue;
            if (above.LocalName[1] < heading.LocalName[1]) return false;
            var aboveText = TextKey.CollapseWhitespace(above.TextContent);
            if (aboveText.Length <= 40 && LooseDates.TryFind(aboveText, out var d) && d.Day is not null && SectionOf(above).All(e => e.LocalName == "table" || !HasText(e))) continue;
            return SectionOf(above).Any(e => e.LocalName == "p" && HasText(e));
        }
        return false;

        static List<IElement> SectionOf(IElement h)
        {
            var blocks = new List<IElement>();
            for (var s = h.NextElementSibling; s is not null && !IsHeading(s); s = s.NextElementSibling) blocks.Add(s);
            return blocks;
        }
    }
}
