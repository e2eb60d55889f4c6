using AngleSharp.Dom;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Themes set a row's fields side by side in inline elements with nothing between them
/// ("&lt;span&gt;Ana Ruiz&lt;/span&gt;&lt;span&gt;Sparse networks&lt;/span&gt;") and leave it to the style sheet to part them; read
/// as text they run together ("Ana RuizSparse networks"). Where one element's text ends in a small letter or a digit,
/// the next element's opens with a capital, and one of them is a phrase of its own, the markup parts two fields.
/// A word split over two elements for its looks ("&lt;b&gt;Git&lt;/b&gt;&lt;span&gt;Hub&lt;/span&gt;") is no phrase and stays whole.
/// </summary>
internal static class GluedFields
{
    /// <summary>Puts a space between adjacent inline elements that hold two fields.</summary>
    public static void Part(IElement root)
    {
        foreach (var element in root.Descendants<IElement>().ToList())
        {
            if (element.NextSibling is not IElement next || !IsInline(element) || !IsInline(next)) continue;
            var left = element.TextContent;
            var right = next.TextContent;
            if (left.Length == 0 || right.Length == 0 || !(char.IsLower(left[^1]) || char.IsDigit(left[^1])) || !char.IsUpper(right[0])) continue;
            if (!left.Trim().Contains(' ') && !right.Trim().Contains(' ')) continue;
            element.After(element.Owner!.CreateTextNode(" "));
        }
    }

    private static bool IsInline(IElement e) => e.LocalName is "span" or "a" or "em" or "i" or "strong" or "b" or "small" or "cite" or "time" or "label";
}
