using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Seminar rows that set the speaker and the talk's title in elements of their own, side by side, with no class or
/// heading to say which is which ("&lt;span&gt;Ana Ruiz&lt;/span&gt;&lt;span&gt;Sparse networks&lt;/span&gt;" beside the date):
/// the element that reads as a person's name is the speaker, the other the title.
/// </summary>
internal static class SpeakerTitleRows
{
    /// <summary>The speaker's and the title's elements when what is left of the row is those two and nothing else.</summary>
    public static (IElement Speaker, IElement Title)? Read(IElement post)
    {
        var texts = post.Descendants<IText>().Where(t => t.Data.Trim().Length > 0).ToList();
        if (texts is not [var one, var two] || one.ParentElement is not { } a || two.ParentElement is not { } b) return null;
        if (a == post || b == post || a.ParentElement != b.ParentElement || a.Children.Length > 0 || b.Children.Length > 0) return null;
        if (!IsField(a) || !IsField(b)) return null;
        var first = TextKey.CollapseWhitespace(a.TextContent);
        var second = TextKey.CollapseWhitespace(b.TextContent);
        if (PersonNames.LooksLikeName(first) && IsTitle(second)) return (a, b);
        if (PersonNames.LooksLikeName(second) && IsTitle(first)) return (b, a);
        return null;
    }

    /// <summary>
    /// An inline field or a block of its own; not a heading, which other readings take as the title anyway, and not a
    /// table's cell, which its column names.
    /// </summary>
    private static bool IsField(IElement e) =>
        e.LocalName is "span" or "div" or "p" or "em" or "i" or "strong" or "b" or "small" or "a" or "cite" && e.Closest("td,th") is null;

    /// <summary>
    /// A title opens with a capital or a digit ("Title TBD", "3D shapes") and is no name, no date and no affiliation
    /// ("Harbour University" beside the speaker of a talk yet untitled); "joined the lab" is a clause.
    /// </summary>
    private static bool IsTitle(string text) =>
        text.Length is >= 3 and <= 300 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '“' or '‘')
        && !PersonNames.LooksLikeName(text) && !DateLeads.TryRead(text, out _, loose: true) && !BylineDates.NamesOrganisation(text);
}
