namespace Aggregator.Core.Formats;

/// <summary>A fetched document: its text and where it came from.</summary>
/// <param name="Text">The whole document as text (already decoded).</param>
/// <param name="Location">Absolute URL, or a local path, of the document; relative links resolve against it.</param>
/// <param name="ContentType">The media type the server sent, when known (e.g. "application/rss+xml").</param>
public sealed record Document(string Text, string? Location = null, string? ContentType = null)
{
    /// <summary>The base for resolving relative links: the location as an absolute URI when it is one.</summary>
    public Uri? BaseUri =>
        Location is not null && Uri.TryCreate(Location, UriKind.Absolute, out var u) && (u.Scheme is "http" or "https" or "file")
            ? u : null;

    /// <summary>The file extension of the location, lower case with the dot (".bib"), or "".</summary>
    public string Extension
    {
        get
        {
            if (Location is null) return "";
            var path = Uri.TryCreate(Location, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.AbsolutePath : Location;
            return Path.GetExtension(path).ToLowerInvariant();
        }
    }
}
