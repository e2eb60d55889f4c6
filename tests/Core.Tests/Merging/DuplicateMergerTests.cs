using Aggregator.Core.Merging;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Merging;

public class DuplicateMergerTests
{
    private static Item Paper(string id, string title, int? year = null, string? doi = null, string? arxiv = null,
        string source = "s", string? summary = null, string? venue = null, params string[] links) => new()
    {
        Id = id, Kind = RecordKind.Publication, Title = title, Year = year, Venue = venue, Summary = summary,
        Identifiers = new Identifiers { Doi = doi, Arxiv = arxiv }, Sources = [source],
        Authors = ["Ada Lovelace"], Links = links.Select(l => new Link(LinkRel.Pdf, l)).ToList(),
    };

    [Fact]
    public void Same_doi_merges_whatever_the_titles()
    {
        var merged = DuplicateMerger.MergeDuplicates([
            Paper("a", "Deep Nets", 2020, doi: "10.1/x", source: "bib"),
            Paper("b", "Deep nets: extended", 2020, doi: "10.1/X", source: "page"),
        ]);
        var one = Assert.Single(merged);
        Assert.Equal(["bib", "page"], one.Sources);
    }

    [Fact]
    public void Arxiv_versions_are_one_work()
    {
        var merged = DuplicateMerger.MergeDuplicates([
            Paper("a", "One title here", 2021, arxiv: "2101.00001v1"),
            Paper("b", "Another title there", 2021, arxiv: "2101.00001v3"),
        ]);
        Assert.Equal("2101.00001v3", Assert.Single(merged).Identifiers.Arxiv);
    }

    [Fact]
    public void Title_match_ignores_case_punctuation_latex_and_accents()
    {
        var merged = DuplicateMerger.MergeDuplicates([
            Paper("a", "{BERT}: Pre-training of Déep Bidirectional Transformers", 2019, source: "bib"),
            Paper("b", "BERT - pre-training of deep bidirectional transformers!", 2019, source: "md"),
            Paper("c", "bert pre training of DEEP bidirectional transformers", null, source: "listing"),
        ]);
        var one = Assert.Single(merged);
        Assert.Equal(["bib", "md", "listing"], one.Sources);
    }

    [Fact]
    public void Preprint_a_year_before_publication_merges_but_distant_years_do_not()
    {
        Assert.Single(DuplicateMerger.MergeDuplicates([Paper("a", "Learning to learn fast", 2019), Paper("b", "Learning to learn fast", 2020)]));
        Assert.Equal(2, DuplicateMerger.MergeDuplicates([Paper("a", "Learning to learn fast", 2015), Paper("b", "Learning to learn fast", 2020)]).Count);
    }

    [Fact]
    public void Within_a_page_a_preprint_and_its_published_version_stay_apart_but_feeds_merge_them()
    {
        Item[] both = [Paper("a", "Forecasting rumours on microblogs", 2019, venue: "Journal of Network Dynamics"),
            Paper("b", "Forecasting rumours on microblogs", 2019, venue: "eprint arXiv")];
        Assert.Equal(2, DuplicateMerger.MergeDuplicates(both, yearSlack: 0, versionsApart: true).Count);
        Assert.Single(DuplicateMerger.MergeDuplicates(both));
        // Listed twice with the same kind of venue (Selected and All publications), it is still one entry.
        Assert.Single(DuplicateMerger.MergeDuplicates([Paper("a", "Forecasting rumours on microblogs", 2019, venue: "Journal of Network Dynamics"),
            Paper("b", "Forecasting rumours on microblogs", 2019, venue: "J. Netw. Dyn.")], yearSlack: 0, versionsApart: true));
    }

    [Fact]
    public void Within_a_page_two_listings_with_their_own_pages_and_author_lists_stay_apart_but_repeats_merge()
    {
        var small = Paper("a", "Playing with sand landscapes", 2016) with { Url = "https://a.example/talk", Authors = ["Ada Lovelace", "Bo Chen", "Cy Diaz"] };
        var large = Paper("b", "Playing with sand landscapes", 2016) with { Url = "https://b.example/event", Authors = ["Ada Lovelace", "Bo Chen", "Cy Diaz", "Di Evans", "Ed Fox"] };
        Assert.Equal(2, DuplicateMerger.MergeDuplicates([small, large], yearSlack: 0, versionsApart: true).Count);
        Assert.Single(DuplicateMerger.MergeDuplicates([small, large]));
        // The same entry repeated (same address), or with one author list changed but no page of its own, is one entry.
        Assert.Single(DuplicateMerger.MergeDuplicates([small, large with { Url = small.Url }], yearSlack: 0, versionsApart: true));
        Assert.Single(DuplicateMerger.MergeDuplicates([small, large with { Url = null }], yearSlack: 0, versionsApart: true));
    }

    [Fact]
    public void Different_dois_under_one_title_stay_apart()
    {
        var merged = DuplicateMerger.MergeDuplicates([
            Paper("a", "A survey of graph learning", 2020, doi: "10.1/conf"),
            Paper("b", "A survey of graph learning", 2020, doi: "10.1/journal"),
        ]);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Short_generic_titles_and_posts_do_not_merge_by_title()
    {
        Assert.Equal(2, DuplicateMerger.MergeDuplicates([Paper("a", "Introduction", 2020), Paper("b", "Introduction", 2020)]).Count);
        var post = new Item { Id = "p1", Kind = RecordKind.Post, Title = "Reading group this week" };
        Assert.Equal(2, DuplicateMerger.MergeDuplicates([post, post with { Id = "p2" }]).Count);
    }

    [Fact]
    public void Merge_keeps_richest_fields_and_unions_links()
    {
        var merged = Assert.Single(DuplicateMerger.MergeDuplicates([
            Paper("t", "Graph neural networks at scale", 2021, summary: "Short.", links: "https://a.example/p.pdf"),
            Paper("d", "Graph Neural Networks at Scale", 2021, doi: "10.5555/gnn", venue: "NeurIPS", summary: "A much longer abstract.", links: "https://b.example/p.pdf"),
        ]));
        Assert.Equal("d", merged.Id);
        Assert.Equal("NeurIPS", merged.Venue);
        Assert.Equal("10.5555/gnn", merged.Identifiers.Doi);
        Assert.Equal("A much longer abstract.", merged.Summary);
        Assert.Equal(2, merged.Links.Count);
    }

    [Fact]
    public void Merged_id_does_not_depend_on_order()
    {
        var a = Paper("zz", "Stable identity of merged papers", 2022, doi: "10.9/q");
        var b = Paper("aa", "Stable identity of merged papers", 2022);
        Assert.Equal(DuplicateMerger.MergeDuplicates([a, b])[0].Id, DuplicateMerger.MergeDuplicates([b, a])[0].Id);
        Assert.Equal("zz", DuplicateMerger.MergeDuplicates([b, a])[0].Id);
    }

    [Fact]
    public void Survivors_keep_input_order()
    {
        var merged = DuplicateMerger.MergeDuplicates([
            Paper("1", "First paper in the list", 2024),
            Paper("2", "Second paper in the list", 2023),
            Paper("3", "First paper in the list", 2024),
        ]);
        Assert.Equal(["First paper in the list", "Second paper in the list"], merged.Select(m => m.Title));
    }
}
