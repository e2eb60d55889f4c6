namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// One entry as written in the file: its type in lower case, its key, and its fields with @string macros
/// expanded and '#' concatenations joined, but LaTeX left untouched (names must be split before decoding).
/// </summary>
internal sealed record BibEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields, int Line)
{
    /// <summary>The raw value of a field (names are case-insensitive), or null when absent or blank.</summary>
    public string? Raw(string name) =>
        Fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
}

/// <summary>An entry that could not be read, and why; the reader skips it and goes on with the next.</summary>
internal sealed record BibSyntaxError(string Message, int Line, string? Key)
{
    public string Where => Key is { Length: > 0 } ? $"line {Line}, entry '{Key}'" : $"line {Line}";
}

/// <summary>What the reader made of a file: the entries it could read and the ones it had to skip.</summary>
internal sealed record BibFile(IReadOnlyList<BibEntry> Entries, IReadOnlyList<BibSyntaxError> Errors);
