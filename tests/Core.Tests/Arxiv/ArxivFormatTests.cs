using Aggregator.Core.Formats;
using Aggregator.Core.Formats.Arxiv;

namespace Aggregator.Core.Tests.Arxiv;

public class ArxivFormatTests
{
    private static readonly ArxivFormat Format = new();

    private static string Feed(string entries, string header = "<id>http://arxiv.org/api/abc</id>") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">{header}{entries}</feed>""";

    private static string Entry(string journalRef) => $"""
        <entry><id>http://arxiv.org/abs/2001.00001v1</id><title>T</title><published>2020-01-01T00:00:00Z</published>
        <arxiv:journal_ref>{journalRef}</arxiv:journal_ref></entry>
        """;

    [Theory]
    [InlineData("Phys. Rev. B 76, 224516 (2007)", "Phys. Rev. B")]
    [InlineData("Annals of Statistics 50(3), 1234-1260 (2022)", "Annals of Statistics")]
    [InlineData("Proceedings of NeurIPS 2021", "Proceedings of NeurIPS 2021")]
    [InlineData("Nature Communications, 2020", "Nature Communications")]
    [InlineData("Weather and Forecasting 39 (2024) 311-325", "Weather and Forecasting")]
    [InlineData("J. Fluid Mech. 912, A4 (2021)", "J. Fluid Mech.")]
    public void Journal_reference_becomes_the_venue_without_volume_pages_or_year(string journalRef, string venue) =>
        Assert.Equal(venue, Assert.Single(Format.Parse(new Document(Feed(Entry(journalRef))), ParseOptions.Default)).Venue);

    [Fact]
    public void An_empty_result_has_no_items() =>
        Assert.Empty(Format.Parse(new Document(Feed("")), ParseOptions.Default));

    [Fact]
    public void An_api_error_entry_is_reported()
    {
        var error = """
            <entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.5678</id><title>Error</title>
            <summary>incorrect id format for 1234.5678</summary></entry>
            """;
        var e = Assert.Throws<ParseException>(() => Format.Parse(new Document(Feed(error)), ParseOptions.Default));
        Assert.Contains("incorrect id format", e.Message);
        Assert.Equal("entry 1", e.Where);
    }

    [Fact]
    public void Malformed_xml_is_a_parse_error_with_its_line()
    {
        var e = Assert.Throws<ParseException>(() => Format.Parse(new Document("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n</feed>"), ParseOptions.Default));
        Assert.Equal("line 3", e.Where);
    }

    [Fact]
    public void Refuses_document_type_definitions()
    {
        var xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <feed xmlns="http://www.w3.org/2005/Atom"><id>http://arxiv.org/api/x</id><entry><title>&x;</title></entry></feed>
            """;
        Assert.Throws<ParseException>(() => Format.Parse(new Document(xxe), ParseOptions.Default));
    }

    [Theory]
    [InlineData("<id>http://arxiv.org/api/abc</id>", null, 100)]
    [InlineData("<link href=\"https://export.arxiv.org/api/query?search_query=au:x\" rel=\"self\"/>", null, 100)]
    public void Detects_api_responses(string header, string? location, int score) =>
        Assert.Equal(score, Format.Detect(new Document(Feed("", header), location)));

    [Theory]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:uuid:1</id><entry><content>see https://arxiv.org/abs/2101.00001</content></entry></feed>", null, 0)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:uuid:1</id></feed>", "http://export.arxiv.org/api/query?search_query=au:x", 100)]
    [InlineData("@article{k, title = {arxiv.org/api}}", null, 0)]
    public void Detects_only_the_api_shape(string text, string? location, int score) =>
        Assert.Equal(score, Format.Detect(new Document(text, location)));
}
