using Aggregator.Core.Formats;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;
using Aggregator.Core.Tests.Golden;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// The acceptance checks on the shared seed pages, parsed as <c>aggregator preview</c> does (detection, then
/// normalising). The seeds live outside the repository; where they are absent this check has nothing to read and
/// returns — the golden files carry the real assertions.
/// </summary>
public class SeedPageTests
{
    private static readonly string SeedDir = Path.GetFullPath(Path.Combine(GoldenCase.TestsRoot, "..", "..", "..", "shared", "seeds"));

    private static IReadOnlyList<Item>? Preview(string prefix, out string formatName)
    {
        formatName = "";
        if (!Directory.Exists(SeedDir)) return null;
        var file = Directory.GetFiles(SeedDir, prefix + "_*.txt").SingleOrDefault();
        if (file is null) return null;
        var document = new Document(File.ReadAllText(file), file);
        var registry = FormatRegistry.CreateDefault();
        var format = registry.Detect(document);
        formatName = format.Name;
        return new ItemNormaliser().Normalise(format.Parse(document, ParseOptions.Default), document, ParseOptions.Default);
    }

    [Fact]
    public void Seed_000_personal_page()
    {
        var items = Preview("000", out var format);
        if (items is null) return;
        Assert.Equal("markdown-profile", format);
        var paper = Assert.Single(items, i => i.Kind == RecordKind.Publication);
        Assert.Equal(3, paper.Authors.Count);
        Assert.Equal("2021-02", paper.Published?.ToString());
        Assert.Equal("2102.01670", paper.Identifiers.Arxiv);
        Assert.False(string.IsNullOrEmpty(paper.Summary));
        Assert.Single(items, i => i.Kind == RecordKind.Thesis);
        Assert.Contains(items, i => i.Kind == RecordKind.Talk && i.Links.Any(l => l.Rel == LinkRel.Video));
        Assert.Contains(items, i => i.Kind == RecordKind.Service);
        Assert.Contains(items, i => i.Kind == RecordKind.Event);
    }

    [Fact]
    public void Seed_003_listing_page()
    {
        var items = Preview("003", out var format);
        if (items is null) return;
        Assert.Equal("publication-listing", format);
        Assert.Equal(10, items.Count);
        var owner = items.Select(i => i.Authors).Aggregate((a, b) => a.Intersect(b).ToList()).Single();
        Assert.All(items, i => Assert.Contains(owner, i.Authors));
        Assert.Equal([2021, 2020, 2019, 2019, 2019, 2019, null, 2018, 2017, 2014], items.Select(i => i.Year).ToArray());
        Assert.True(items[6].TitleDerived);
    }
}
