using System.Text;

namespace Aggregator.Bench;

/// <summary>Large inputs of each shape, made in code so benchmarks need no fixture files.</summary>
public static class SyntheticInputs
{
    public static string Bibtex(int entries)
    {
        var sb = new StringBuilder("@string{icml = {International Conference on Machine Learning}}\n\n");
        for (var i = 0; i < entries; i++)
        {
            var year = "{" + (2000 + i % 25) + "}";
            sb.Append($$$"""
                @inproceedings{key{{{i}}},
                  title     = {A {Study} of M\'ethode {{{i}}} for $k$-Means},
                  author    = {Jastrz{\k{e}}bski, Stanis{\l}aw and M{\"u}ller, Anna and Doe, John and others},
                  booktitle = icml,
                  year      = {{{year}}},
                  month     = feb,
                  doi       = {10.1000/bench.{{{i}}}},
                  url       = {https://example.org/papers/{{{i}}}.pdf},
                  abstract  = {We study method {{{i}}} in depth. It is fast and simple.}
                }

                """);
        }
        return sb.ToString();
    }

    public static string Rss(int items)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Lab news</title><link>https://lab.example/</link><description>d</description>""");
        for (var i = 0; i < items; i++)
            sb.Append($"<item><title>Post {i} &amp; more</title><link>https://lab.example/posts/{i}</link><guid>post-{i}</guid><pubDate>Mon, 0{1 + i % 9} Feb 2021 10:00:00 +0000</pubDate><dc:creator>Ana Núñez</dc:creator><category>news</category><description><![CDATA[<p>Body of post {i} with <a href=\"/x/{i}\">a link</a>.</p>]]></description></item>");
        return sb.Append("</channel></rss>").ToString();
    }

    public static string HtmlNews(int posts)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><title>News</title></head><body><nav><a href=\"/\">Home</a></nav><main><h1>News</h1><ul>");
        for (var i = 0; i < posts; i++)
            sb.Append($"<li><b>{new DateTime(2024, 1, 1).AddDays(-i * 7):MMM d, yyyy}</b> Our paper number {i} was accepted at <a href=\"/pubs/{i}\">a venue</a>. Congratulations to everyone involved!</li>");
        return sb.Append("</ul></main><footer>© 2024 The Lab</footer></body></html>").ToString();
    }

    public static string GroupPosts(int posts)
    {
        var sb = new StringBuilder("The reading group meets weekly to discuss papers.\n\n\n");
        for (var i = 0; i < posts; i++)
            sb.Append($"Hey everyone! This week, session {i}, we read a paper on causal discovery.\n\nWe meet in room {i} at 5pm. Snacks provided.\nImage\n");
        return sb.Append("© 2024 Reading Group. Powered by a static site.\n").ToString();
    }
}
