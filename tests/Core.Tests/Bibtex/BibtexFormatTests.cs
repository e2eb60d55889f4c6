using Aggregator.Core.Formats;
using Aggregator.Core.Formats.Bibtex;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.Bibtex;

public class BibtexFormatTests
{
    private static readonly BibtexFormat Format = new();

    private static IReadOnlyList<Item> Parse(string bib, string? location = null)
    {
        var doc = new Document(bib, location);
        return new ItemNormaliser().Normalise(Format.Parse(doc, ParseOptions.Default), doc, ParseOptions.Default);
    }

    private static Item One(string fields, string type = "article") => Assert.Single(Parse($"@{type}{{k,\n{fields}\n}}"));

    [Theory]
    [InlineData(@"{\""u}ber", "über")]
    [InlineData(@"\""{u}ber", "über")]
    [InlineData(@"{\'E}va", "Éva")]
    [InlineData(@"\'{e}t\'e", "été")]
    [InlineData(@"Fran\c{c}ois", "François")]
    [InlineData(@"Fran{\c c}ois", "François")]
    [InlineData(@"\v{S}koda", "Škoda")]
    [InlineData(@"{\l}\'od\'z", "łódź")]
    [InlineData(@"Stra{\ss}e", "Straße")]
    [InlineData(@"{\o}re and {\aa}r and {\AA}se", "øre and år and Åse")]
    [InlineData(@"Espa\~na, c\^ote, G\=al, \.Zaba", "España, côte, Gāl, Żaba")]
    [InlineData(@"Do\u{g}an Erd\H{o}s", "Doğan Erdős")]
    [InlineData(@"\k{a}", "ą")]
    [InlineData(@"Pe{\~n}a and Mart{\'\i}nez and Y{\i}lmaz", "Peña and Martínez and Yılmaz")]
    [InlineData(@"pages 1--10 --- or not", "pages 1–10 — or not")]
    [InlineData(@"Theorem~1", "Theorem 1")]
    [InlineData(@"R\&D at 50\% and a\_b", "R&D at 50% and a_b")]
    [InlineData(@"\textit{Deep} \emph{and} \textbf{wide}", "Deep and wide")]
    [InlineData(@"Error $O(n^2)$ bounds", "Error O(n^2) bounds")]
    [InlineData(@"{BERT} for {S}panish", "BERT for Spanish")]
    [InlineData(@"{\em emphasised} words", "emphasised words")]
    [InlineData(@"\unknowncommand{kept} text", "kept text")]
    [InlineData(@"O{'}Neil", "O'Neil")]
    public void Decodes_latex_to_unicode(string latex, string expected) =>
        Assert.Equal(expected, One($"title = {{{latex}}}").Title);

    [Fact]
    public void Splits_authors_on_top_level_and_only()
    {
        var item = One(@"author = {Zhang, Wei and {Barnes and Noble Research} and Ann van Dyke and and Pan*, Yue and Smith, Jr., John and others}");
        Assert.Equal(["Wei Zhang", "Barnes and Noble Research", "Ann van Dyke", "Yue Pan", "John Smith Jr.", ], item.Authors);
    }

    [Fact]
    public void Decodes_accents_in_names()
    {
        var item = One(@"author = {Stefanovi{\'c}, Darko and M{\""u}ller, J. and {\'E}va Tardos}");
        Assert.Equal(["Darko Stefanović", "J. Müller", "Éva Tardos"], item.Authors);
    }

    [Fact]
    public void Expands_string_macros_and_concatenation()
    {
        var items = Parse("""
            @string{conf = "Conference on Things"}
            @String{short = {Conf.}}
            @inproceedings{a, title = {A}, booktitle = "Proc. of the " # conf # { 2020}, year = 2020, month = jul}
            @inproceedings{b, title = {B}, booktitle = short, year = {2019}, month = {10}}
            """);
        Assert.Equal("Proc. of the Conference on Things 2020", items[0].Venue);
        Assert.Equal("2020-07", items[0].Published?.ToString());
        Assert.Equal("Conf.", items[1].Venue);
        Assert.Equal("2019-10", items[1].Published?.ToString());
    }

    [Fact]
    public void Skips_an_entry_with_a_syntax_error_and_keeps_the_others()
    {
        var items = Parse("""
            @article{good1, title = {First}, year = 2001}
            @article{bad, title = {Never closed, year = 2002
            @article{good2, title = {Second}, year = 2003}
            @article{bad2, title = {X} year = 2004}
            @article{good3, title = "Third", year = 2005}
            @article{
              good4, title = {Fourth}, year = 2006
            }
            """);
        Assert.Equal(["First", "Second", "Third", "Fourth"], items.Select(i => i.Title));
    }

    [Fact]
    public void An_entry_whose_closing_brace_is_missing_ends_where_the_next_begins()
    {
        var items = Parse("@article{a, title = {A}, year = 2000,\n\n@article{b, title = {B}}");
        Assert.Equal(["A", "B"], items.Select(i => i.Title));
        Assert.Equal(2000, items[0].Year);
    }

    [Fact]
    public void A_file_where_nothing_parses_is_an_error_with_its_line()
    {
        var e = Assert.Throws<ParseException>(() => Format.Parse(new Document("% header\n\n@article{only,\n  title = {Open\n"), ParseOptions.Default));
        Assert.Equal("bibtex", e.Format);
        Assert.Contains("line 4", e.Where);
        Assert.Contains("only", e.Where);
    }

    [Fact]
    public void Text_without_entries_is_an_error_but_only_macros_is_an_empty_bibliography()
    {
        Assert.Throws<ParseException>(() => Format.Parse(new Document("Just some words, no entries."), ParseOptions.Default));
        Assert.Empty(Format.Parse(new Document("@string{x = {y}}\n@comment{nothing here}"), ParseOptions.Default));
    }

    [Fact]
    public void Ignores_commented_out_entries_and_reads_backslash_quotes_in_quoted_values()
    {
        var items = Parse("""
            % @article{old, title = {Withdrawn}}
            @article{new, title = "M\"uller's Theorem", author = "M\"uller, Hans"}
            """);
        var item = Assert.Single(items);
        Assert.Equal("Müller's Theorem", item.Title);
        Assert.Equal(["Hans Müller"], item.Authors);
    }

    [Fact]
    public void Keeps_the_first_of_two_entries_with_the_same_key_and_title()
    {
        var items = Parse("@misc{dup, title = {One}, year = 2020}\n@misc{DUP, title = {{O}ne}, year = 2021}\n@misc{other, title = {Three}}");
        Assert.Equal(["One", "Three"], items.Select(i => i.Title));
        Assert.Equal(2020, items[0].Year);
    }

    [Fact]
    public void Keeps_both_entries_when_a_repeated_key_names_another_title()
    {
        var items = Parse("@misc{dup, title = {One}}\n@misc{DUP, title = {Two}}\n@misc{other, title = {Three}}");
        Assert.Equal(["One", "Two", "Three"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("phdthesis", RecordKind.Thesis)]
    [InlineData("MastersThesis", RecordKind.Thesis)]
    [InlineData("inproceedings", RecordKind.Publication)]
    [InlineData("conference", RecordKind.Publication)]
    [InlineData("techreport", RecordKind.Publication)]
    [InlineData("online", RecordKind.Publication)]
    public void Maps_entry_types_to_kinds(string type, RecordKind kind) =>
        Assert.Equal(kind, One("title = {T}, school = {S}", type).Kind);

    [Theory]
    [InlineData("unpublished", "note = {Undergraduate thesis}", RecordKind.Thesis)]
    [InlineData("misc", "note = {Master's thesis, University of Somewhere}", RecordKind.Thesis)]
    [InlineData("misc", "howpublished = {Trabalho de Conclus{\\~a}o de Curso}", RecordKind.Thesis)]
    [InlineData("unpublished", "note = {Disserta\\c{c}\\~ao de Mestrado}", RecordKind.Thesis)]
    [InlineData("misc", "note = {Tesis doctoral}", RecordKind.Thesis)]
    [InlineData("misc", "type = {Bachelorarbeit}", RecordKind.Thesis)]
    [InlineData("unpublished", "note = {Thesis chapter, in preparation}", RecordKind.Publication)]
    [InlineData("unpublished", "note = {Based on my PhD thesis}", RecordKind.Publication)]
    [InlineData("article", "journal = {J}, note = {Master's thesis}", RecordKind.Publication)]
    public void A_note_naming_a_degree_makes_an_unpublished_entry_a_thesis(string type, string fields, RecordKind kind) =>
        Assert.Equal(kind, One("title = {T}, " + fields, type).Kind);

    [Theory]
    [InlineData("article", "journal = {J}, booktitle = {B}", "J")]
    [InlineData("inproceedings", "booktitle = {B}, publisher = {P}", "B")]
    [InlineData("misc", @"howpublished = {\url{https://x.example/}}, publisher = {PsyArXiv}", "PsyArXiv")]
    [InlineData("misc", "eprint = {2101.00001}, archivePrefix = {arXiv}, primaryClass = {cs.LG}", null)]
    [InlineData("online", "eprint = {2312.04455}, eprinttype = {arxiv}, date = {2023-12-07}", null)]
    [InlineData("misc", "eprint = {2101.00001}, archivePrefix = {arXiv}, howpublished = {arXiv preprint}", "arXiv preprint")]
    [InlineData("misc", "eprint = {2022.03.01.482001}, archivePrefix = {bioRxiv}, publisher = {CSHL}", "bioRxiv")]
    [InlineData("unpublished", "note = {Under review}", null)]
    [InlineData("unpublished", "note = {arXiv preprint}", "arXiv preprint")]
    [InlineData("unpublished", "note = {Working Paper}", "Working Paper")]
    [InlineData("unpublished", "note = {Presented at Western Economic Society (WES) 2024, Reno, USA; Other Meeting 2024}", "Western Economic Society (WES)")]
    [InlineData("misc", "note = {Scheduled to be presented at the 5th Forum on Markets 2025}", "5th Forum on Markets")]
    [InlineData("misc", "note = {Accepted by Society for Housing Studies 2025, Oslo, Norway}", "Society for Housing Studies")]
    [InlineData("misc", "note = {Equal contribution}", null)]
    [InlineData("misc", "note = {Accepted}", null)]
    [InlineData("phdthesis", "school = {MIT}", "MIT")]
    [InlineData("techreport", "institution = {Lab}", "Lab")]
    public void Picks_the_printed_venue(string type, string fields, string? venue) =>
        Assert.Equal(venue, One("title = {T}, " + fields, type).Venue);

    [Fact]
    public void Reads_identifiers_links_abstract_and_keywords()
    {
        var item = One("""
            title = {T}, doi = {https://doi.org/10.1000/ABC.1}, eprint = {2101.00001v2}, archivePrefix = {arXiv},
            pdf = {paper.pdf}, code = {https://github.com/a/b}, video = {https://youtu.be/x},
            abstract = {We show <em>that</em> 5\% works.}, keywords = {alpha, beta; gamma}
            """);
        Assert.Equal("10.1000/abc.1", item.Identifiers.Doi);
        Assert.Equal("2101.00001v2", item.Identifiers.Arxiv);
        Assert.Contains(new Link(LinkRel.Code, "https://github.com/a/b"), item.Links);
        Assert.Contains(new Link(LinkRel.Video, "https://youtu.be/x"), item.Links);
        Assert.Equal("We show that 5% works.", item.Summary);
        Assert.Equal(["alpha", "beta", "gamma"], item.Tags);
    }

    [Fact]
    public void Uses_the_entry_key_as_the_natural_key_of_non_publications()
    {
        var a = Parse("@phdthesis{thesisA, title = {Same}, school = {S}, year = 2000}", "https://x.example/p.bib");
        var b = Parse("@phdthesis{thesisA, title = {Same}, school = {S}, year = 2000}\n", "https://x.example/p.bib");
        Assert.Equal(a[0].Id, b[0].Id);
        var c = Parse("@phdthesis{thesisB, title = {Same}, school = {S}, year = 2000}", "https://x.example/p.bib");
        Assert.NotEqual(a[0].Id, c[0].Id);
    }

    [Fact]
    public void Never_crashes_on_a_cut_or_mangled_file()
    {
        var text = File.ReadAllText(Path.Combine(Aggregator.Core.Tests.Golden.GoldenCase.TestsRoot, "Formats", "bibtex", "messy.bib"));
        for (var cut = 0; cut < text.Length; cut += 13)
        {
            foreach (var variant in new[] { text[..cut], text.Remove(cut, 1), text.Insert(cut, "{") })
            {
                try
                {
                    Format.Parse(new Document(variant), ParseOptions.Default);
                }
                catch (ParseException e)
                {
                    Assert.StartsWith("line ", e.Where);
                }
            }
        }
    }

    [Theory]
    [InlineData("@article{k, title={T}}", null, 95)]
    [InlineData("---\n---\n%% comment\n\n@InProceedings {k,\n title={T}}", null, 95)]
    [InlineData("\uFEFF---\nlayout: none\n---\n@misc{k, title={T}}", null, 95)]
    [InlineData("# My page\n\nSome text.\n\n```bibtex\n@article{k, title={T}}\n```\n", null, 30)]
    [InlineData("Notes\n@article{k, title={T}}", "https://x.example/pubs.bib", 95)]
    [InlineData("# Publications\n\n- A paper, 2020\n", null, 0)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x@y</title></feed>", null, 0)]
    public void Detects_bibtex_by_its_entries(string text, string? location, int score) =>
        Assert.Equal(score, Format.Detect(new Document(text, location)));

    [Theory]
    [InlineData("title = {Set}, eventtitle = {Algorave Night}, date = {2019-06-01}", "unpublished", RecordKind.Talk)]
    [InlineData("title = {Why Clocks Drift}, type = {Invited talk}, year = 2021", "misc", RecordKind.Talk)]
    [InlineData("title = {A Draft}, note = {Under review}, year = 2020", "unpublished", RecordKind.Publication)]
    [InlineData("title = {Paper}, booktitle = {Proc. X}, eventtitle = {X}, year = 2020", "inproceedings", RecordKind.Publication)]
    [InlineData("title = {Paper}, journaltitle = {J. X}, eventtitle = {X}, year = 2020", "misc", RecordKind.Publication)]
    public void Reads_an_entry_given_at_an_event_as_a_talk(string fields, string type, RecordKind kind) =>
        Assert.Equal(kind, One(fields, type).Kind);

    [Fact]
    public void Takes_the_eventtitle_as_venue_when_there_is_no_proceedings_title()
    {
        Assert.Equal("ACMC '09", One("title = {P}, eventtitle = {{{ACMC}} '09}, date = {2009-07}", "inproceedings").Venue);
        Assert.Equal("Proc. X", One("title = {P}, booktitle = {Proc. X}, eventtitle = {X Meeting}, year = 2009", "inproceedings").Venue);
    }
}
