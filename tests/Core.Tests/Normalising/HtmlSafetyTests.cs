using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class HtmlSafetyTests
{
    [Theory]
    [InlineData("<p>ok</p><script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>", "style")]
    [InlineData("<svg onload=alert(1)><circle/></svg>", "onload")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "data:")]
    public void Removes_active_content(string html, string forbidden)
    {
        var clean = HtmlSafety.Default.Sanitize(html) ?? "";
        Assert.DoesNotContain(forbidden, clean, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Keeps_links_and_images_with_absolute_urls()
    {
        var clean = HtmlSafety.Default.Sanitize("<p><a href=\"/paper.pdf\">pdf</a><img src=\"img/a.png\" alt=\"a\"></p>", new Uri("https://lab.example/news/"))!;
        Assert.Contains("href=\"https://lab.example/paper.pdf\"", clean);
        Assert.Contains("src=\"https://lab.example/news/img/a.png\"", clean);
    }

    [Fact]
    public void Text_keeps_block_breaks_and_drops_scripts() =>
        Assert.Equal("One\nTwo", HtmlSafety.ToText("<p>One</p><script>x()</script><p>Two</p>"));

    [Fact]
    public void A_disclosure_summary_is_a_line_of_its_own() =>
        Assert.Equal("Winter break\nThe lab closes.", HtmlSafety.ToText("<details><summary>Winter break</summary>The lab closes.</details>"));
}
