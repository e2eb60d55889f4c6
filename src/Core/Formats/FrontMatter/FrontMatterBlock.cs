namespace Aggregator.Core.Formats.FrontMatter;

/// <summary>The fenced block at the top of a post: TOML between "+++" lines (Hugo) or YAML between "---" lines (Jekyll, Hugo).</summary>
public sealed record FrontMatterBlock(FrontMatterSyntax Syntax, string Text, int FirstLine, string Body)
{
    /// <summary>The document's line number of the body's first line.</summary>
    public int BodyLine => FirstLine + (Text.Length == 0 ? 0 : Text.Count(c => c == '\n') + 1) + 1;

    /// <summary>
    /// Splits <paramref name="text"/> into front matter and body; null when the text does not open with a
    /// fence. An opening fence that is never closed is an error (the whole post would be read as metadata).
    /// </summary>
    public static FrontMatterBlock? Split(string text, string format)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var fence = lines[0].TrimEnd();
        FrontMatterSyntax syntax;
        if (fence == "+++") syntax = FrontMatterSyntax.Toml;
        else if (fence == "---") syntax = FrontMatterSyntax.Yaml;
        else return null;

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            // YAML documents may also end with "..."; Jekyll accepts it.
            if (line == fence || syntax == FrontMatterSyntax.Yaml && line == "...")
                return new FrontMatterBlock(syntax, string.Join('\n', lines[1..i]), 2, string.Join('\n', lines[(i + 1)..]));
        }
        throw new ParseException(format, $"front matter opened with \"{fence}\" is never closed", "line 1");
    }
}

public enum FrontMatterSyntax { Toml, Yaml }
