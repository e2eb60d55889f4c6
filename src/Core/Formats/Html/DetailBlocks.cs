using AngleSharp.Dom;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Cards that keep their details out of sight: a talk card's "Abstract" button opens a modal set after the card
/// ("&lt;div class=card&gt;…&lt;button data-toggle=modal data-target=#talk3&gt;Abstract&lt;/button&gt;&lt;/div&gt;&lt;div class=modal id=talk3 aria-hidden=true&gt;…"),
/// a "More" link unfolds a collapsed panel kept elsewhere (aria-controls, href="#id"). The detail block belongs to the card
/// that points at it: it is moved to where its control stands, and shown, before the controls (buttons) and hidden parts are stripped.
/// Panels of a tab set are the page's own sections: they stay where they are, shown.
/// </summary>
internal static class DetailBlocks
{
    private static readonly string[] Pointers = ["data-target", "data-bs-target", "aria-controls", "href"];

    public static void MoveToTheirCards(IElement root)
    {
        var claimed = new HashSet<IElement>();
        foreach (var control in root.QuerySelectorAll("[data-target],[data-bs-target],[aria-controls],a[href^='#']").ToList())
        {
            if (control.Closest("nav,aside,[role=navigation],[role=banner]") is not null) continue;
            var toggle = (control.GetAttribute("data-toggle") ?? control.GetAttribute("data-bs-toggle") ?? "").Trim().ToLowerInvariant();
            // A bare in-page link ("#top", "#section-2") jumps, it does not open anything.
            if (control.LocalName == "a" && toggle.Length == 0 && !control.HasAttribute("aria-controls") && !control.HasAttribute("data-target") && !control.HasAttribute("data-bs-target")) continue;
            if (Target(control, root) is not { } target || target.Contains(control) || control.Contains(target) || !claimed.Add(target)) continue;
            if (toggle is "tab" or "pill" || control.GetAttribute("role") == "tab" || target.GetAttribute("role") == "tabpanel")
            {
                Show(target);
                continue;
            }
            if (toggle is not ("modal" or "collapse" or "offcanvas") && target.LocalName != "dialog" && target.GetAttribute("role") != "dialog") continue;
            Show(target);
            var place = BlockAround(control);
            // A panel already inside the card (a collapsed abstract under its own toggle) is where it belongs.
            if (place.ParentElement is not { } card || card.Contains(target)) continue;
            card.InsertBefore(target, place.NextSibling);
            // A "Read the abstract" link only unfolds the block now in view; a title link inside a heading stays the title.
            if (control.LocalName == "a" && control.Closest("h1,h2,h3,h4,h5,h6") is null) control.Remove();
        }
    }

    /// <summary>The element one control names by id: "#talk3" in data-target or href, "talk3" in aria-controls.</summary>
    private static IElement? Target(IElement control, IElement root)
    {
        foreach (var name in Pointers)
        {
            var value = control.GetAttribute(name)?.Trim();
            if (string.IsNullOrEmpty(value)) continue;
            var id = name == "aria-controls" ? value : value.StartsWith('#') ? value[1..] : null;
            // A class selector (".callout-1-contents") or several ids name no single block.
            if (id is null || id.Length == 0 || id.Any(c => char.IsWhiteSpace(c) || c is '.' or ',' or '#')) continue;
            if (root.Owner?.GetElementById(id) is { } found && root.Contains(found)) return found;
        }
        return null;
    }

    /// <summary>The control, or the line it sits in (a link inside a heading or paragraph): the detail block goes after it.</summary>
    private static IElement BlockAround(IElement control)
    {
        var place = control;
        while (place.ParentElement is { LocalName: "a" or "span" or "strong" or "b" or "em" or "i" or "small" or "button" or "label" or "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } parent)
            place = parent;
        return place;
    }

    private static void Show(IElement target)
    {
        target.RemoveAttribute("hidden");
        target.RemoveAttribute("aria-hidden");
    }
}
