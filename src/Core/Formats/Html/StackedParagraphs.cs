using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Hand-written news pages pile several items into one paragraph, each opened by a date on a line of its own after a
/// blank line ("&lt;p&gt;&lt;i&gt;October 2008&lt;/i&gt;&lt;br&gt;Text …&lt;br&gt;&lt;br&gt;&lt;i&gt;June 2008&lt;/i&gt;&lt;br&gt;Text …&lt;/p&gt;"): such a
/// paragraph is cut at those date lines into one run of inline nodes per item.
/// </summary>
internal static class StackedParagraphs
{
    /// <summary>The run's items: the run itself unless its first block stacks two or more dated items.</summary>
    public static IEnumerable<List<INode>> Split(List<INode> run)
    {
        if (run is not [IElement { LocalName: "p" or "div" or "td" or "li" or "dd" } block, ..] || block.Children.Any(LeadingDates.IsBlock)
            || Starts(block) is not { Count: >= 2 } starts)
            return [run];
        var nodes = block.ChildNodes.ToList();
        var pieces = new List<List<INode>>();
        for (var i = 0; i < starts.Count; i++)
            pieces.Add(nodes.GetRange(starts[i], (i + 1 < starts.Count ? starts[i + 1] : nodes.Count) - starts[i]));
        // Whatever followed the block in the run (a spacer paragraph, a picture) follows its last item.
        pieces[^1].AddRange(run.Skip(1));
        return pieces;
    }

    /// <summary>
    /// Where the items start (indexes into the block's child nodes): at each line that is only a date, after a blank line or
    /// at the block's top, with text of its own below it. The block must open with one, as a dated block does.
    /// </summary>
    private static List<int>? Starts(IElement block)
    {
        var lines = new List<(int Start, string Text)>();
        var start = 0;
        var nodes = block.ChildNodes.ToList();
        for (var i = 0; i <= nodes.Count; i++)
        {
            if (i < nodes.Count && nodes[i] is not IElement { LocalName: "br" }) continue;
            lines.Add((start, TextKey.CollapseWhitespace(string.Concat(nodes.GetRange(start, i - start).Select(n => n.TextContent)))));
            start = i + 1;
        }
        var starts = new List<int>();
        var blankAbove = true;
        for (var l = 0; l < lines.Count; l++)
        {
            var text = lines[l].Text;
            if (text.Length == 0) { blankAbove = true; continue; }
            var isDate = DateLeads.TryRead(text, out var lead) && lead is { Rest.Length: 0, Label.Length: 0 };
            if (starts.Count == 0 && !isDate) return null;
            if (isDate && blankAbove && lines.Skip(l + 1).TakeWhile(n => !IsDateOnly(n.Text)).Any(n => n.Text.Length > 0)) starts.Add(lines[l].Start);
            blankAbove = false;
        }
        return starts;
    }

    private static bool IsDateOnly(string line) => DateLeads.TryRead(line, out var lead) && lead is { Rest.Length: 0, Label.Length: 0 };
}
