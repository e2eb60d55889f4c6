using Aggregator.Core.Formats;
using Aggregator.Core.Normalising;
using Aggregator.Core.Tests.Golden;

namespace Aggregator.Core.Tests.Feeds;

/// <summary>Bad input never crashes: any prefix of a valid document parses, or fails with a ParseException.</summary>
public class TruncatedInputTests
{
    public static TheoryData<string> Cases() =>
        new(GoldenCase.All().Where(c => c.Format is "rss" or "atom" or "jsonfeed" or "front-matter").Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_prefix_parses_or_fails_cleanly(string caseName)
    {
        var golden = GoldenCase.All().Single(c => c.ToString() == caseName);
        var (document, options, _) = golden.Load();
        var format = FormatRegistry.CreateDefault().Get(golden.Format);
        var text = document.Text;
        for (var cut = 0; cut < text.Length; cut += Math.Max(1, text.Length / 60))
        {
            var prefix = document with { Text = text[..cut] };
            try
            {
                format.Detect(prefix);
                new ItemNormaliser().Normalise(format.Parse(prefix, options), prefix, options);
            }
            catch (ParseException e)
            {
                Assert.False(string.IsNullOrEmpty(e.Where), $"cut at {cut}: no location in '{e.Message}'");
            }
        }
    }
}
