using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

internal static partial class PostFinder
{
    /// <summary>
    /// A lab's home page opens with what the lab does under a heading of the same level as its news notes
    /// ("&lt;h2&gt;Our research&lt;/h2&gt;&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;" above "&lt;h2&gt;Welcome, new student!&lt;/h2&gt;",
    /// "&lt;h2&gt;Award for Ana&lt;/h2&gt;&lt;p&gt;one line&lt;/p&gt;", …): an undated first section that carries more text than the four or more
    /// notes below it together is the page's introduction, not a post. A list whose first post merely runs long has few notes
    /// after it, or notes of some length, or a date on it.
    /// </summary>
    private static List<List<INode>> WithoutLeadingIntro(List<List<INode>> runs)
    {
        if (runs.Count < 5) return runs;
        var intro = runs[0];
        var body = intro.Skip(1).Sum(Length);
        var notes = runs.Skip(1).Sum(r => r.Sum(Length));
        if (body <= notes || intro.OfType<IElement>().Any(Dated)) return runs;
        return runs.Skip(1).ToList();

        static int Length(INode n) => TextKey.CollapseWhitespace(n.TextContent).Length;
        static bool Dated(IElement e) => LeadingDates.TryRead(e, out _, out _) || e.Descendants<IElement>().Any(d => d.LocalName == "time");
    }
}
