using System.Text.Json;
using System.Text.Json.Nodes;
using Aggregator.Core.Formats;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Golden;

/// <summary>
/// Every input under Formats/&lt;format&gt;/ parses to exactly its expected JSON. To (re)write expected files after
/// a deliberate change, run with UPDATE_GOLDEN=1 and review the diff before committing.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> Cases() => new(GoldenCase.All().Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_to_expected_records(string caseName)
    {
        var golden = GoldenCase.All().Single(c => c.ToString() == caseName);
        var (document, options, detect) = golden.Load();
        var registry = FormatRegistry.CreateDefault();

        var format = detect ? registry.Detect(document) : registry.Get(golden.Format);
        Assert.Equal(golden.Format, format.Name);
        var items = new ItemNormaliser().Normalise(format.Parse(document, options), document, options);
        var actual = JsonSerializer.SerializeToNode(items, RecordJson.Options)!;

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden.ExpectedPath, actual.ToJsonString(RecordJson.Indented) + "\n");

        Assert.True(File.Exists(golden.ExpectedPath), $"missing {golden.ExpectedPath} (run with UPDATE_GOLDEN=1 and review it)");
        var expected = JsonNode.Parse(File.ReadAllText(golden.ExpectedPath))!;
        if (!JsonNode.DeepEquals(expected, actual))
            Assert.Equal(expected.ToJsonString(RecordJson.Indented), actual.ToJsonString(RecordJson.Indented));
    }

    [Fact]
    public void Every_registered_format_has_golden_cases()
    {
        var withCases = GoldenCase.All().Select(c => c.Format).ToHashSet();
        var missing = FormatRegistry.CreateDefault().Formats.Select(f => f.Name).Where(n => !withCases.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "formats without golden files: " + string.Join(", ", missing));
    }
}
