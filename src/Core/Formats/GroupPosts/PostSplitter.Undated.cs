using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.GroupPosts;

/// <summary>Undated posts: lists above the dated ones, a pinned post, and pages whose posts are set apart by gaps alone.</summary>
internal static partial class PostSplitter
{
    /// <summary>
    /// Dated news printed as a list may follow a list of undated items under the page's news heading ("News" / "• ..." /
    /// "Events" / "• May 3, 2024: ..."): those items are posts of the same kind. Only a posts heading vouches for them.
    /// </summary>
    private static IEnumerable<RawPost> UndatedListAbove(List<PageLine> lines, int firstStart)
    {
        if (!ListItem().IsMatch(lines[firstStart].Text.Trim())) return [];
        var i = firstStart - 1;
        while (i >= 0 && lines[i].Kind == LineKind.Blank) i--;
        // One short sub-heading may stand between the two lists.
        if (i >= 1 && lines[i].Kind == LineKind.Text && lines[i - 1].Kind == LineKind.Blank && lines[i].Text.Trim() is { Length: <= 40 } sub
            && !ListItem().IsMatch(sub) && !PageLines.EndsLikeSentence(sub) && !PostsHeading().IsMatch(sub))
            for (i--; i >= 0 && lines[i].Kind == LineKind.Blank; i--) { }
        var end = i + 1;
        while (i >= 0 && lines[i].Kind == LineKind.Text) i--;
        var from = i + 1;
        while (i >= 0 && lines[i].Kind == LineKind.Blank) i--;
        if (from >= end || i < 0 || !PostsHeading().IsMatch(lines[i].Text.Trim()) || !ListItem().IsMatch(lines[from].Text.Trim())) return [];
        var items = Enumerable.Range(from, end - from).Where(j => ListItem().IsMatch(lines[j].Text.Trim())).ToList();
        return items.Select((j, k) => new RawPost(lines[j].Number, null,
            Paragraphs(lines, j + 1, k + 1 < items.Count ? items[k + 1] : end, lines[j].Text.Trim() is var t ? t[(ListItem().Match(t).Length - 1)..] : "")));
    }

    /// <summary>An undated post pinned above dated news: prose set apart from the header by two or more blank lines.</summary>
    private static RawPost? PinnedPost(List<PageLine> lines, int firstStart)
    {
        var gap = -1;
        for (var i = 1; i < firstStart; i++)
            if (lines[i].Kind == LineKind.Blank && lines[i - 1].Kind == LineKind.Blank && i + 1 < firstStart && lines[i + 1].Kind != LineKind.Blank)
                gap = i + 1;
        if (gap < 0) return null;
        var paragraphs = Paragraphs(lines, gap, firstStart, null);
        // A year heading right above the first item heads the items, not this text.
        while (paragraphs.Count > 0 && paragraphs[^1] is [var last] && (DateLeads.IsYearHeading(last, out _) || TermHeading(last, out _))) paragraphs.RemoveAt(paragraphs.Count - 1);
        // The page's posts heading ("News") over one paragraph is the page's heading and its line about the posts.
        if (paragraphs is [[var heading], _] && PostsHeading().IsMatch(heading)) return null;
        var prose = paragraphs.SelectMany(p => p).Any(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6);
        return prose ? new RawPost(lines[gap].Number, null, paragraphs) : null;
    }

    private static List<RawPost> SplitUndated(List<PageLine> lines)
    {
        var posts = new List<RawPost>();
        var start = PastHeadings(lines, BodyStart(lines));
        List<List<string>>? current = null;
        var closed = true;
        var previous = LineKind.Blank;
        var openedAfterPicture = new HashSet<RawPost>();
        var openedByBullet = new HashSet<RawPost>();
        var afterPicture = false;
        var inList = false;
        var bulletItem = false;
        var bulletColumn = -1;
        // Pages whose items close with their date ("... (posted 2 October 2025)") end a post there.
        var datedEnds = lines.Count(l => l.Kind == LineKind.Text && DateLeads.TryReadTrailing(l.Text, out _)) >= 2;
        var hardWrapped = HardWrapped(lines, start);
        var previousText = -1;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Noise:
                    continue;
                case LineKind.Blank:
                    // Two blank lines in a row part posts on pages that set paragraphs apart by one.
                    if (previous == LineKind.Blank && i > start) closed = true;
                    previous = LineKind.Blank;
                    continue;
                case LineKind.Image:
                    closed = true;
                    afterPicture = true;
                    previous = LineKind.Image;
                    continue;
            }
            var text = line.Text.Trim();
            var greeting = DerivedTitles.Greeting().Match(text) is { Success: true, Length: > 0 };
            var reopens = previous == LineKind.Blank && current is not null
                && (TimeOpener().IsMatch(text) || SignOff().IsMatch(current[^1][^1]));
            // A list introduced by its post ("The papers we discussed:" / "• ...") is that post's, item by item;
            // other bullets are news items of their own, and what follows a bulleted item after a gap is not part of it.
            var bullet = ListItem().IsMatch(text);
            var listItem = bullet && current is not null && !closed && (inList || current[^1][^1].TrimEnd().EndsWith(':'));
            inList = listItem;
            // On a hard-wrapped page a line that ran to the page's width goes on in the next: one paragraph, not a post a line.
            var runsOn = hardWrapped && previous == LineKind.Text && current is not null && !bullet && !greeting
                && previousText == i - 1 && Wraps(lines, i - 1);
            // A bullet's text wrapped onto lines indented to where its text began is that bullet's item, not a post a line.
            var wrapsBullet = bulletItem && previous == LineKind.Text && current is not null && !bullet && !greeting
                && previousText == i - 1 && PageLines.Indent(line.Text) == bulletColumn;
            previousText = i;
            if (listItem) current!.Add([text]);
            else if (runsOn || wrapsBullet) current![^1].Add(text);
            else if (current is null || closed || previous == LineKind.Text || greeting || reopens || bullet
                     || previous == LineKind.Blank && bulletItem)
            {
                bulletItem = bullet;
                if (bullet) bulletColumn = PageLines.Indent(line.Text) + ListItem().Match(text).Length - 1;
                if (bullet) text = ListItem().Match(text) is var m && m.Success ? text[(m.Length - 1)..] : text;
                current = [[text]];
                var post = new RawPost(line.Number, null, current);
                posts.Add(post);
                if (afterPicture) openedAfterPicture.Add(post);
                if (bullet) openedByBullet.Add(post);
            }
            else if (previous == LineKind.Blank) current.Add([text]);
            else current[^1].Add(text);
            closed = datedEnds && DateLeads.TryReadTrailing(text, out _);
            afterPicture = false;
            previous = LineKind.Text;
        }

        // A lone short line before bulleted items ("News", "Old News (until 2012)") heads them, as a short bullet there is a
        // menu's entry: neither is a post. A bracketed aside closing it is the heading's, not a sentence's end. A short bullet
        // next to a news item of its own list is one of the items ("• AI startup wins grant").
        for (var k = posts.Count - 2; k >= 0; k--)
            if (posts[k] is { Paragraphs: [[var lone]] } && lone.Length < 40 && !PageLines.EndsLikeSentence(ClosingAside().Replace(lone, ""))
                && !(openedByBullet.Contains(posts[k]) && BesideListedNews(lines, posts[k].Line))
                && DerivedTitles.Greeting().Match(lone).Length == 0 && ListItem().IsMatch(lines.First(l => l.Number == posts[k + 1].Line).Text.Trim()))
                posts.RemoveAt(k);

        // Where a picture heads every post, the block above the first picture lacks that mark: it is the group's
        // description ("A relaxed lunchtime seminar for ..."), not a post.
        if (posts.Count >= 3 && !openedAfterPicture.Contains(posts[0]) && posts.Skip(1).All(openedAfterPicture.Contains)
            && posts[0].Paragraphs.Count <= 2 && DerivedTitles.Greeting().Match(posts[0].Paragraphs[0][0]).Length == 0)
            posts.RemoveAt(0);

        // A closing call to action ("Join our Discord to get updates.") is the page's, not a post.
        if (posts.Count >= 2 && posts[^1] is { Paragraphs: [[var cta]] } && cta.Length < 100 && CallToAction().IsMatch(cta))
            posts.RemoveAt(posts.Count - 1);

        // The page's sign-off (a tagline, "Group · Department", often above a logo) after the last post is one short line,
        // never the last bullet of a list of bulleted items (a one-line news item like the ones above it).
        if (posts.Count >= 2 && posts[^1] is { Paragraphs: [[var only]] } last && only.Length < 120
            && !(openedByBullet.Contains(last) && openedByBullet.Contains(posts[^2]))
            && DerivedTitles.Greeting().Match(only).Length == 0
            && (openedAfterPicture.Contains(last) && afterPicture || !PageLines.EndsLikeSentence(only)))
            posts.RemoveAt(posts.Count - 1);

        // A list of bulleted items right under one unbulleted line ("talks, tutorials and teaching material") is introduced
        // by that line, however long: the list's subtitle, not an item of it. (Read once the page's sign-off is set aside.)
        if (posts.Count >= 4 && !openedByBullet.Contains(posts[0]) && posts.Skip(1).All(openedByBullet.Contains)
            && posts[0] is { Paragraphs: [[var intro]] } && intro.Length < 120 && !PageLines.EndsLikeSentence(intro)
            && DerivedTitles.Greeting().Match(intro).Length == 0 && posts[1].Line - posts[0].Line <= 3)
            posts.RemoveAt(0);
        return posts;
    }

    [GeneratedRegex(@"\s*\([^()]{1,30}\)\s*$")]
    private static partial Regex ClosingAside();

    /// <summary>
    /// Whether the entry right above or right below the bullet on line <paramref name="number"/>, in the same list, is a news
    /// item: a line of running length, as a menu's entries never are.
    /// </summary>
    private static bool BesideListedNews(List<PageLine> lines, int number)
    {
        var at = lines.FindIndex(l => l.Number == number);
        var above = at - 1;
        while (above >= 0 && lines[above].Kind == LineKind.Text && !ListItem().IsMatch(lines[above].Text.Trim())) above--;
        var below = at + 1;
        while (below < lines.Count && lines[below].Kind == LineKind.Text && !ListItem().IsMatch(lines[below].Text.Trim())) below++;
        bool News(int j) => j >= 0 && j < lines.Count && lines[j].Kind == LineKind.Text && lines[j].Text.Trim() is var t && ListItem().IsMatch(t) && t.Length >= 40;
        return at >= 0 && (News(above) || News(below));
    }

    /// <summary>
    /// Most lines followed directly by another text line run to the page's width (extraction wrapped the text there): the
    /// page is hard-wrapped, so lines in a row are a paragraph's, whatever else a run of one-line items would suggest.
    /// </summary>
    private static bool HardWrapped(List<PageLine> lines, int from)
    {
        var pairs = Enumerable.Range(from, Math.Max(0, lines.Count - from - 1))
            .Where(i => lines[i].Kind == LineKind.Text && lines[i + 1].Kind == LineKind.Text).ToList();
        return pairs.Count >= 6 && pairs.Count(i => Wraps(lines, i)) * 10 >= pairs.Count * 6;
    }
}
