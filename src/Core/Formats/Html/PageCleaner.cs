using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Formats.Html;

/// <summary>
/// Prepares a parsed page: removes everything executable or embedded (so no script, handler or
/// javascript: URL can reach a record, whatever later steps do), makes links absolute, and, for
/// automatic extraction, strips the site's chrome (navigation, banners, footers, sidebars, hidden parts).
/// </summary>
internal static partial class PageCleaner
{
    private const string Executable =
        "script,style,noscript,template,iframe,frame,frameset,object,embed,applet,svg,math,canvas,form,input,select,option,button,textarea,link,meta,base";

    private const string Chrome =
        "nav,aside,[role=navigation],[role=banner],[role=contentinfo],[role=search],[role=complementary],[hidden],[aria-hidden=true]";

    /// <summary>The base URL for relative links: the document's own http(s) location, else what the page declares.</summary>
    public static Uri? BaseFor(IDocument page, Document document)
    {
        if (document.BaseUri is { Scheme: "http" or "https" } own) return own;
        foreach (var (selector, attribute) in new[] { ("base[href]", "href"), ("link[rel=canonical][href]", "href"), ("meta[property='og:url'][content]", "content") })
        {
            var value = page.QuerySelector(selector)?.GetAttribute(attribute);
            if (value is not null && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https") return u;
        }
        return document.BaseUri;
    }

    /// <summary>Removes executable content and unsafe attributes; makes href/src absolute. Always applied.</summary>
    public static void MakeSafe(IElement root, Uri? baseUri)
    {
        foreach (var el in root.QuerySelectorAll(Executable).ToList()) el.Remove();
        foreach (var el in root.QuerySelectorAll("*"))
        {
            foreach (var attr in el.Attributes.ToList())
            {
                var name = attr.Name.ToLowerInvariant();
                if (name.StartsWith("on") || name is "style" or "srcdoc" or "formaction" or "xlink:href" or "background")
                    el.RemoveAttribute(attr.Name);
                else if (name is "href" or "src" or "action" or "poster" or "cite")
                {
                    var absolute = UrlResolver.Absolute(attr.Value, baseUri);
                    if (absolute is not null) el.SetAttribute(attr.Name, absolute);
                    // Only a link that names its own scheme can be unsafe; a path ("/papers/x.pdf") with no page address to
                    // resolve it against stays as written (on Unix, Uri reads "/papers/x.pdf" as an absolute file: URI).
                    else if (UnsafeScheme().IsMatch(attr.Value) || AnyScheme().Match(attr.Value) is { Success: true } scheme
                             && scheme.Groups[1].Value.ToLowerInvariant() is not ("http" or "https" or "mailto"))
                        el.RemoveAttribute(attr.Name);
                }
                else if (name == "srcset") el.RemoveAttribute(attr.Name);
            }
        }
        // Templates that escaped their own markup leave it as text ("<p>", "</em></p>"): template junk, not content.
        foreach (var text in root.Descendants<IText>().ToList())
            text.Data = StrayTagText().Replace(text.Data, "");
    }

    /// <summary>
    /// A &lt;time&gt; left open (closed with a misspelt tag, "&lt;time&gt;June 5&lt;/date&gt;") swallows the heading and text after it.
    /// A date is phrasing content: from its first block on, what it holds goes back after it.
    /// </summary>
    public static void CloseRunawayTimes(IElement root)
    {
        // Innermost first: a runaway inside a runaway hands its blocks to the outer one, which hands them on.
        foreach (var time in root.QuerySelectorAll("time").Reverse().ToList())
        {
            var first = time.ChildNodes.FirstOrDefault(n => n is IElement e && (LeadingDates.IsBlock(e) || e.QuerySelector(Blocks) is not null));
            if (first is null || time.Parent is not { } parent) continue;
            var moved = new List<INode>();
            for (var n = first; n is not null; n = n.NextSibling) moved.Add(n);
            var after = time.NextSibling;
            foreach (var n in moved) parent.InsertBefore(n, after);
        }
    }

    private const string Blocks = "p,div,h1,h2,h3,h4,h5,h6,ul,ol,li,table,section,article,header,footer,blockquote,figure,pre";

    /// <summary>Strips navigation, banners, footers, sidebars and hidden parts for automatic extraction.</summary>
    public static void RemoveChrome(IElement root)
    {
        // A <title> left in the body by a pasted template ("<title>http://…/index.php</title>") is never shown: browsers hide it.
        foreach (var el in root.QuerySelectorAll("title").ToList())
            if (el.Closest("head") is null) el.Remove();
        // (Before the navigation goes: a header that holds it is the site's, even inside the one <article> a theme wraps the page in.)
        foreach (var el in root.QuerySelectorAll("header").ToList())
            if (el.QuerySelector("nav") is not null || el.Closest("article") is null || ChromeName().IsMatch(Names(el)))
                el.Remove();
        // A post's own footer carries its date and byline: kept inside an article, the site's footer goes.
        foreach (var el in root.QuerySelectorAll("footer").ToList())
            if (el.Closest("article") is null || el.QuerySelector("nav") is not null)
                el.Remove();
        foreach (var el in root.QuerySelectorAll(Chrome).ToList()) el.Remove();
        // A dialog's close glyph ("<span class=close>×</span>") is a control, not text.
        foreach (var el in root.QuerySelectorAll("[class~=close],[class*=close-],[class*=-close]").ToList())
            if (TextKey.CollapseWhitespace(el.TextContent) is { Length: <= 2 } glyph && !glyph.Any(char.IsLetterOrDigit))
                el.Remove();
        var repeatedFooters = RepeatedFooters(root);
        foreach (var el in root.QuerySelectorAll("[class],[id]").ToList())
            if (el.Parent is not null && ChromeName().IsMatch(Names(el)) && !PostFooter(el) && !repeatedFooters.Contains(el) && !HoldsMain(el))
                el.Remove();
    }

    /// <summary>A layout wrapper named for the bar it sits under ("page-navbar" on Quarto's content container) that holds the page's main content is not chrome.</summary>
    private static bool HoldsMain(IElement el) => el.QuerySelector("main,[role=main]") is not null;

    /// <summary>
    /// Blocks named as footers with the same class in several places, without navigation: a site has one footer, so a footer
    /// repeated is each post's (its date and byline), whether or not the page wraps the posts in &lt;article&gt;s.
    /// </summary>
    private static HashSet<IElement> RepeatedFooters(IElement root) =>
        root.QuerySelectorAll("[class]").Where(el => el.QuerySelector("nav") is null && FooterName().IsMatch(el.GetAttribute("class") ?? "")
                && !ChromeName().IsMatch(FooterName().Replace(el.GetAttribute("class") ?? "", " ")))
            .GroupBy(el => el.LocalName + "." + el.GetAttribute("class"), StringComparer.Ordinal)
            .Where(g => g.Count() >= 2 && g.Select(el => el.ParentElement).Distinct().Count() == g.Count())
            .SelectMany(g => g).ToHashSet();

    private static bool PostFooter(IElement el) =>
        el.Closest("article") is { } article && article != el && el.QuerySelector("nav") is null
        && FooterName().IsMatch(Names(el)) && !ChromeName().IsMatch(FooterName().Replace(Names(el), " "));

    [GeneratedRegex(@"(?:^|[\s_-])(?:footer|entry-footer|post-footer)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FooterName();

    /// <summary>
    /// The class and id that can name chrome. An id that spells the element's own heading ("poor-sleep-may-account-for-a-large-share"
    /// on a section titled "Poor sleep may account for a large share") is a slug generated from content, not a name for a part of the page.
    /// </summary>
    private static string Names(IElement el) => SlugOfOwnHeading(el) ? el.GetAttribute("class") ?? "" : $"{el.GetAttribute("class")} {el.Id}";

    private static bool SlugOfOwnHeading(IElement el)
    {
        // A short id ("social", "share-links") is a name even when a widget's heading repeats it.
        if (string.IsNullOrEmpty(el.Id) || el.Id.Split('-', '_').Length < 4) return false;
        var heading = el.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? el : el.QuerySelector("h1,h2,h3,h4,h5,h6");
        if (heading is null) return false;
        var text = LettersAndDigits(TextKey.RemoveDiacritics(heading.TextContent));
        return text.Length >= 3 && (LettersAndDigits(el.Id) == text || LettersAndDigits(SlugCounter().Replace(el.Id, "")) == text);
    }

    private static string LettersAndDigits(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The "-1", "-2" generators add to repeated slugs.</summary>
    [GeneratedRegex(@"[-_]\d+$")]
    private static partial Regex SlugCounter();

    [GeneratedRegex(@"^\s*(?:javascript|vbscript|data|file):", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeScheme();

    [GeneratedRegex(@"^\s*([a-z][a-z0-9+.-]*):", RegexOptions.IgnoreCase)]
    private static partial Regex AnyScheme();

    [GeneratedRegex(@"</?(?:p|em|strong|b|i|div|span|br|a|li|ul)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex StrayTagText();

    /// <summary>Class or id tokens that name chrome: navbar, site-footer, sidebar, menu, breadcrumbs, skip links, hidden text.</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|footer|breadcrumbs?|skip-link|sr-only|visually-hidden|screen-reader-text|is-hidden|d-none|cookies?|share|social|pagination|masthead|site-header|banner|brand|navbar-\w+)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();
}
