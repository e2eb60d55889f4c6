using Aggregator.Core.Records;

namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>
/// What a front-matter file describes. Researcher site templates keep papers and talks as one Markdown
/// file each, beside the blog: academicpages (Jekyll) in "_publications/" and "_talks/" with
/// <c>collection:</c>, Hugo Academic / Wowchemy in "content/publication/" and "content/event/" with
/// <c>publication_types:</c> and <c>event:</c>. Everything else is a post.
/// </summary>
public static class FrontMatterKinds
{
    private static readonly Dictionary<string, RecordKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["publication"] = RecordKind.Publication, ["publications"] = RecordKind.Publication,
        ["_publications"] = RecordKind.Publication, ["paper"] = RecordKind.Publication, ["papers"] = RecordKind.Publication,
        ["talk"] = RecordKind.Talk, ["talks"] = RecordKind.Talk, ["_talks"] = RecordKind.Talk,
        ["presentation"] = RecordKind.Talk, ["presentations"] = RecordKind.Talk,
        ["thesis"] = RecordKind.Thesis, ["theses"] = RecordKind.Thesis,
    };

    // academicpages' talk "type" values.
    private static readonly HashSet<string> TalkTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "talk", "tutorial", "keynote", "invited talk", "seminar", "lecture", "poster", "workshop", "conference talk",
    };

    public static RecordKind Of(FrontMatterFields fields, string? location)
    {
        if (Word(fields.Text("collection")) is { } byCollection) return byCollection;
        if (Word(fields.Text("layout")) is { } byLayout) return byLayout;
        if (fields.Has("publication_types") || fields.Has("publication") && fields.Has("authors")) return RecordKind.Publication;
        if (fields.Text("type") is { } type && TalkTypes.Contains(type.Trim())) return RecordKind.Talk;
        if (fields.Has("event") && (fields.Has("event_url") || fields.Has("location"))) return RecordKind.Talk;
        return Folder(location) ?? RecordKind.Post;
    }

    private static RecordKind? Word(string? value) =>
        value is not null && Words.TryGetValue(value.Trim(), out var kind) ? kind : null;

    /// <summary>The nearest folder above the file that names a kind (Hugo's page bundles sit one level deeper).</summary>
    private static RecordKind? Folder(string? location)
    {
        if (string.IsNullOrEmpty(location)) return null;
        var parts = location.Split('?', '#')[0].Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 2; i >= Math.Max(0, parts.Length - 3); i--)
        {
            if (Word(parts[i]) is { } kind) return kind;
            if (parts[i] is "event" or "events") return RecordKind.Talk;
        }
        return null;
    }
}
