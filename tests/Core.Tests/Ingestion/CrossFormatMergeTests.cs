using System.ServiceModel.Syndication;
using System.Xml;
using Aggregator.Core.Feeds;
using Aggregator.Core.Formats;
using Aggregator.Core.Ingestion;
using Aggregator.Core.Records;
using Aggregator.Core.Sources;
using Aggregator.Core.Storage;
using Aggregator.Core.Tests.Support;
using Aggregator.Tests.Shared;

namespace Aggregator.Core.Tests.Ingestion;

/// <summary>
/// One paper listed on a member's Markdown page, on their publications listing and in the lab's BibTeX:
/// the real formats, detected with "auto", stored in a real Azurite, served as one feed entry.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrossFormatMergeTests(AzuriteFixture azurite)
    : LocalIngestionTest(azurite, new DateTimeOffset(2025, 10, 1, 6, 0, 0, TimeSpan.Zero))
{
    // The member's own page: linked bold title (arXiv), italic authors with a diacritic, a month date.
    private const string ProfilePage = """
        # Mira Okonkwo

        I work on continual learning and sparse networks.

        ## Publications

        **[Sparse Routing for Continual Multi-Task Learning](https://arxiv.org/abs/2203.04417)** \
        *Mira Okonkwo, Tomáš Dvořák, Lena Fischer* \
        Mar 2022

        We route each task through a sparse subset of experts so that new tasks do not overwrite old ones.

        ## Talks

        - Sparse routing, Continual Learning Workshop, May 2022 [[slides](https://example.org/slides.pdf)]
        """;

    // The listing page: owner on top, co-authors one per line (owner not repeated), venue with the year.
    private const string ListingPage = """
        Mira Okonkwo
        Research Areas
        Authored Publications
        Sort By
        Sparse routing for continual multi-task learning
        Tomas Dvorak
        Lena Fischer
        International Conference on Machine Learning (2022)
        Preview abstract
        We route each task through a sparse subset of experts so that new tasks do not overwrite old ones.
        Experiments on three benchmarks show less forgetting at the same compute, and the routing
        learned for one task transfers to related ones.
        View details
        Label-Free Evaluation of Forgetting
        Lena Fischer
        NeurIPS Workshop on Continual Learning (2021)
        Preview abstract
        We estimate forgetting without labels.
        View details
        """;

    // The lab's BibTeX: LaTeX accents, DOI and arXiv eprint, braces in the title.
    private const string LabBib = """
        @inproceedings{okonkwo2022sparse,
          title     = {Sparse Routing for {C}ontinual Multi-Task Learning},
          author    = {Okonkwo, Mira and Dvo{\v{r}}{\'a}k, Tom{\'a}{\v{s}} and Fischer, Lena},
          booktitle = {Proceedings of the 39th International Conference on Machine Learning},
          year      = {2022},
          doi       = {10.5555/icml.2022.4417},
          eprint    = {2203.04417},
          archivePrefix = {arXiv}
        }

        @article{fischer2020other,
          title   = {An Unrelated Study of Replay Buffers},
          author  = {Fischer, Lena and Nakamura, Ken},
          journal = {Transactions on Machine Learning Research},
          year    = {2020}
        }
        """;

    private async Task<IngestionService> IngestAllThreeAsync()
    {
        SourceDefinition[] sources =
        [
            new() { Id = "mira-page", Url = Write("mira.md", ProfilePage) },
            new() { Id = "mira-listing", Url = Write("mira-listing.txt", ListingPage), Owner = "Mira Okonkwo" },
            new() { Id = "lab-bib", Url = Write("lab.bib", LabBib) },
        ];
        var service = Service(FormatRegistry.CreateDefault(), sources);
        var report = await service.IngestAllAsync();
        Assert.Equal(0, report.Failed);
        return service;
    }

    [Fact]
    public async Task The_same_paper_from_a_markdown_page_a_listing_and_bibtex_is_one_entry_with_all_three_sources()
    {
        await IngestAllThreeAsync();

        var statuses = (await _store.GetStatusesAsync()).ToDictionary(s => s.SourceId, s => s.Format);
        Assert.Equal("markdown-profile", statuses["mira-page"]);
        Assert.Equal("publication-listing", statuses["mira-listing"]);
        Assert.Equal("bibtex", statuses["lab-bib"]);

        var pubs = await _store.QueryAsync(new FeedQuery { Kind = RecordKind.Publication });
        var sparse = Assert.Single(pubs, p => p.Title!.Contains("Sparse", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["lab-bib", "mira-listing", "mira-page"], sparse.Sources.Order());
        Assert.Equal(2022, sparse.Year);
        Assert.Equal("10.5555/icml.2022.4417", sparse.Identifiers.Doi);
        Assert.Equal("2203.04417", sparse.Identifiers.Arxiv);
        // The richest abstract (the listing's, hard-wrapped) wins over the page's one sentence.
        Assert.Contains("transfers to related ones", sparse.Summary);
        Assert.Equal(3, sparse.Authors.Count);
        // The other two papers stay separate: 3 publications in all.
        Assert.Equal(3, pubs.Count);
    }

    [Fact]
    public async Task The_author_query_gives_one_persons_papers_matching_names_without_accents()
    {
        await IngestAllThreeAsync();

        var tomas = await _store.QueryAsync(new FeedQuery { Kind = RecordKind.Publication, Author = "Tomas Dvorak" });
        Assert.Equal(["Sparse Routing for Continual Multi-Task Learning"], tomas.Select(p => p.Title));

        var lena = await _store.QueryAsync(new FeedQuery { Kind = RecordKind.Publication, Author = "lena fischer" });
        Assert.Equal(3, lena.Count);

        var mira = await _store.QueryAsync(new FeedQuery { Kind = RecordKind.Publication, Author = "Mira Okonkwo" });
        Assert.Equal(2, mira.Count);
        Assert.DoesNotContain(mira, p => p.Title!.Contains("Replay"));
    }

    [Fact]
    public async Task The_atom_and_rss_entries_of_the_merged_paper_carry_every_source()
    {
        await IngestAllThreeAsync();
        var items = await _store.QueryAsync(new FeedQuery { Kind = RecordKind.Publication, Author = "Tomas Dvorak" });
        var feed = new FeedDocument("Mira", "https://agg.example/api/feed.atom?author=Tomas%20Dvorak", "https://agg.example/", null, _time.Now, items);

        foreach (IFeedWriter writer in new IFeedWriter[] { new AtomWriter(), new RssWriter() })
        {
            using var buffer = new MemoryStream();
            await writer.WriteAsync(feed, buffer);
            buffer.Position = 0;
            using var reader = XmlReader.Create(buffer, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var parsed = SyndicationFeed.Load(reader);

            var entry = Assert.Single(parsed.Items);
            var sources = entry.Categories.Where(c => c.Scheme == FeedItems.SourceScheme || c.Label?.StartsWith("Source:") == true)
                .Select(c => c.Name).Order();
            Assert.Equal(["lab-bib", "mira-listing", "mira-page"], sources);
        }
    }
}
