using Aggregator.Core.Formats;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Golden;

/// <summary>
/// Bad input never crashes: any prefix of a valid document, or a document of another shape under a pinned
/// format, parses or fails with a <see cref="ParseException"/> that says where.
/// </summary>
public class BadInputTests
{
    public static TheoryData<string> Cases() => new(GoldenCase.All().Select(c => c.ToString()));

    public static TheoryData<string> Formats() => new(FormatRegistry.CreateDefault().Formats.Select(f => f.Name));

    private static void ParseOrFailCleanly(IFormat format, Document document, ParseOptions options, string what)
    {
        try
        {
            format.Detect(document);
            new ItemNormaliser().Normalise(format.Parse(document, options), document, options);
        }
        catch (ParseException e)
        {
            Assert.False(string.IsNullOrEmpty(e.Where), $"{what}: no location in '{e.Message}'");
            Assert.Equal(format.Name, e.Format);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_prefix_parses_or_fails_cleanly(string caseName)
    {
        var golden = GoldenCase.All().Single(c => c.ToString() == caseName);
        var (document, options, _) = golden.Load();
        var format = FormatRegistry.CreateDefault().Get(golden.Format);
        var text = document.Text;
        for (var cut = 0; cut < text.Length; cut += Math.Max(1, text.Length / 40))
            ParseOrFailCleanly(format, document with { Text = text[..cut] }, options, $"cut at {cut}");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_pinned_format_given_every_other_shape_parses_or_fails_cleanly(string formatName)
    {
        var format = FormatRegistry.CreateDefault().Get(formatName);
        foreach (var golden in GoldenCase.All().Where(c => c.Format != formatName))
        {
            var (document, options, _) = golden.Load();
            ParseOrFailCleanly(format, document, options, golden.ToString());
        }
    }

    private static readonly string[] Hostile =
    [
        "",
        "\0\0\0\u0001\u0002 binary \uFFFD\uFFFD",
        new string('{', 20_000),
        string.Concat(Enumerable.Repeat("@article{", 2_000)),
        new string('<', 20_000),
        string.Concat(Enumerable.Repeat("<div>", 5_000)),
        "---\n",
        "+++\n+++\n",
        "---\ntitle: [unclosed\n---\nbody\n",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&e;</title></item></channel></rss>",
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": {}}]}",
        string.Concat(Enumerable.Repeat("**[", 3_000)),
        string.Join("\n", Enumerable.Repeat("Preview abstract", 2_000)),
        string.Concat(Enumerable.Repeat("a ", 50_000)),
    ];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Hostile_text_parses_or_fails_cleanly(string formatName)
    {
        var format = FormatRegistry.CreateDefault().Get(formatName);
        for (var i = 0; i < Hostile.Length; i++)
            ParseOrFailCleanly(format, new Document(Hostile[i], "https://example.org/page"), new ParseOptions(), $"hostile input {i}");
    }
}
