using Aggregator.Core.Records;

namespace Aggregator.Core.Formats;

/// <summary>
/// One input format: recognise a document, and turn its text into records. Implementations are pure
/// (no I/O, no clock, no static state): text in, records out.
/// </summary>
public interface IFormat
{
    /// <summary>The name used in sources.json and <c>--format</c> (see CONTRACTS.md).</summary>
    string Name { get; }

    /// <summary>
    /// How sure this format is that it can parse <paramref name="document"/>: 0 = not at all, 100 = certain
    /// (a declared syntax such as an XML root element or front matter fence). Must be cheap.
    /// </summary>
    int Detect(Document document);

    /// <summary>Parses the document. Throws <see cref="FormatException"/>-derived <see cref="ParseException"/> with a location on bad input.</summary>
    IReadOnlyList<Item> Parse(Document document, ParseOptions options);
}
