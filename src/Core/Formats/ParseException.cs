namespace Aggregator.Core.Formats;

/// <summary>
/// A document could not be parsed. The message says what failed; <see cref="Where"/> says where
/// ("line 12", "entry 'smith2020'", "item 3") so a maintainer can find it in the source document.
/// </summary>
public sealed class ParseException : FormatException
{
    public string Format { get; }
    public string? Where { get; }

    public ParseException(string format, string message, string? where = null, Exception? inner = null)
        : base(where is null ? $"{format}: {message}" : $"{format}: {message} (at {where})", inner)
    {
        Format = format;
        Where = where;
    }
}

/// <summary>No registered format recognised the document, or a named format does not exist.</summary>
public sealed class UnknownFormatException(string message) : Exception(message);
