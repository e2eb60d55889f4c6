using System.Text;
using System.Text.RegularExpressions;

namespace Aggregator.Core.Fetching;

/// <summary>
/// Bytes to text the way browsers do it, in order: a byte-order mark, the charset of Content-Type, a
/// declaration in the document (&lt;meta charset&gt;, &lt;?xml encoding?&gt;), else UTF-8 — or
/// windows-1252 when the bytes are not valid UTF-8 (old pages that declare nothing).
/// </summary>
public static partial class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (FromBom(bytes) is { } bom)
            return bom.Encoding.GetString(bytes[bom.Length..]);

        var declared = Find(CharsetOf(contentType)) ?? Find(DeclaredInDocument(bytes));
        if (declared is not null)
            return declared.GetString(bytes);

        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return Find("windows-1252")!.GetString(bytes); }
    }

    /// <summary>The charset parameter of a Content-Type header value, or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>An encoding by its label; ISO-8859-1 and ASCII mean windows-1252 on the web.</summary>
    public static Encoding? Find(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1") label = "windows-1252";
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null; // an unknown label is treated as no label
        }
    }

    private static (Encoding Encoding, int Length)? FromBom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false), 3);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode, 2);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode, 2);
        return null;
    }

    private static string? DeclaredInDocument(ReadOnlySpan<byte> bytes)
    {
        // Declarations must be in the first bytes and in ASCII, so Latin-1 decoding of a prefix is enough.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var m = XmlDeclaration().Match(head);
        if (m.Success) return m.Groups[1].Value;
        m = MetaCharset().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\bencoding\s*=\s*[""']([\w.:\-]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?([\w.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
