using System.Text;
using Aggregator.Core.Fetching;

namespace Aggregator.Core.Tests.Fetching;

public class TextDecodingTests
{
    private static readonly byte[] Cp1252Cafe = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94]; // Café “q”

    [Fact]
    public void Byte_order_mark_wins_over_a_wrong_header()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Łódź")];
        Assert.Equal("Łódź", TextDecoding.Decode(bytes, "text/plain; charset=iso-8859-2"));
    }

    [Fact]
    public void Content_type_charset_is_used() =>
        Assert.Equal("Café “q”", TextDecoding.Decode(Cp1252Cafe, "text/html; charset=windows-1252"));

    [Fact]
    public void Html_meta_charset_is_used_when_the_header_has_none()
    {
        var bytes = Encoding.ASCII.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>").Concat(Cp1252Cafe).ToArray();
        Assert.EndsWith("Café “q”", TextDecoding.Decode(bytes, "text/html"));
    }

    [Fact]
    public void Xml_declaration_encoding_is_used()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>").Concat(Cp1252Cafe[..4]).ToArray();
        Assert.EndsWith("<t>Café", TextDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Undeclared_text_is_utf8_or_else_windows_1252()
    {
        Assert.Equal("Gödel", TextDecoding.Decode(Encoding.UTF8.GetBytes("Gödel"), null));
        Assert.Equal("Café “q”", TextDecoding.Decode(Cp1252Cafe, null));
    }

    [Fact]
    public void Unknown_charset_labels_are_ignored() =>
        Assert.Equal("Gödel", TextDecoding.Decode(Encoding.UTF8.GetBytes("Gödel"), "text/plain; charset=x-no-such"));
}
