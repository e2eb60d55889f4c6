using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// Pages filled at a column by an editor break entries anywhere (inside a list of names, inside a link's text);
/// pages whose line breaks are the writer's own put one field on each line. The first are joined, the second kept.
/// </summary>
public class FilledLinesTests
{
    private static IReadOnlyList<Item> Run(string text)
    {
        var document = new Document(text, "https://example.test/pubs.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    /// <summary>Three entries filled at column 64 (as textwrap or an editor would), breaking names and titles.</summary>
    private const string FilledPapers = """
            ## Papers

            - `CHI 2024` [Paper prototypes for older adults' banking
              apps](https://example.org/a.pdf), **Ruth Amsel**, Kofi
              Mensah-Bonsu, Dana Whitfield
            - `CSCW 2023` [Shared calendars in multigenerational
              households](https://example.org/b.pdf), Kofi Mensah-Bonsu,
              **Ruth Amsel**, Dana Whitfield, Pavel Hruška
            - `DIS 2022` [Sketching with clay as a design
              method](https://example.org/c.pdf), **Ruth Amsel**, Pavel
              Hruška
            """;

    [Fact]
    public void Names_broken_at_the_fill_column_stay_one_name()
    {
        var items = Run(FilledPapers);
        Assert.Equal(3, items.Count);
        Assert.Equal(["Ruth Amsel", "Kofi Mensah-Bonsu", "Dana Whitfield"], items[0].Authors);
        Assert.Equal(["Kofi Mensah-Bonsu", "Ruth Amsel", "Dana Whitfield", "Pavel Hruška"], items[1].Authors);
        Assert.Equal(["Ruth Amsel", "Pavel Hruška"], items[2].Authors);
        Assert.Equal("Shared calendars in multigenerational households", items[1].Title);
        Assert.Equal(["CHI", "CSCW", "DIS"], items.Select(i => i.Venue));
        Assert.Equal([2024, 2023, 2022], items.Select(i => i.Year!.Value));
    }

    [Fact]
    public void A_page_with_one_field_per_line_keeps_its_lines()
    {
        // Title lines that happen to end near one column: the lines of names run past it, so no filler wrote them.
        var items = Run("""
            ## Papers

            - **Paper prototypes for older adults' banking apps and the trust they build**
              Ruth Amsel, Kofi Mensah-Bonsu, Dana Whitfield, Pavel Hruška and Mei-Lin Cho
              *Proceedings of CHI*, 2024
            - **Shared calendars in multigenerational households: a diary study**
              Kofi Mensah-Bonsu, Ruth Amsel, Dana Whitfield, Pavel Hruška, Mei-Lin Cho and Ada Oyelaran
              *Proceedings of CSCW*, 2023
            - **Sketching with clay as a design method for tangible interfaces in homes**
              Ruth Amsel and Pavel Hruška
              *Proceedings of DIS*, 2022
            """);
        Assert.Equal(3, items.Count);
        Assert.Equal("Paper prototypes for older adults' banking apps and the trust they build", items[0].Title);
        Assert.Equal(5, items[0].Authors.Count);
        Assert.Equal(["Proceedings of CHI", "Proceedings of CSCW", "Proceedings of DIS"], items.Select(i => i.Venue));
        Assert.Equal(["Ruth Amsel", "Pavel Hruška"], items[2].Authors);
    }

    [Fact]
    public void Hard_breaks_are_kept_on_a_filled_page()
    {
        var items = Run(FilledPapers + """


            ## Talks

            - **Banking apps for everyone**  
              Keynote, Seniors and Technology Day, 2023
            """);
        var talk = Assert.Single(items, i => i.Kind == RecordKind.Talk);
        Assert.Equal("Banking apps for everyone", talk.Title);
        Assert.Equal(2023, talk.Year);
    }
}
