using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// Works printed as a title heading over a "names [Venue, year](…)" line, on a page that names no section; and
/// citations under "Conferences" that were printed in the meeting's proceedings.
/// </summary>
public class HeadedWorksAndProceedingsTests
{
    private static IReadOnlyList<Item> Run(string text)
    {
        var document = new Document(text, "https://example.test/publications.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    [Fact]
    public void A_proceedings_citation_under_conferences_is_a_paper()
    {
        var items = Run("""
            ## Conferences

            1. Lena Okafor and Tomas Brandt (2018) “Grain sorting in braided gravel channels.” In the proceedings of the Fourth International Symposium on River Morphology (ISRM), Lisbon.
            1. Annual Meeting of the River Society, Vienna, 2017
            """);
        Assert.Equal([RecordKind.Publication, RecordKind.Event], items.Select(i => i.Kind));
        Assert.Equal("Grain sorting in braided gravel channels", items[0].Title);
        Assert.Equal(["Lena Okafor", "Tomas Brandt"], items[0].Authors);
        Assert.Equal(2018, items[0].Year);
        Assert.Contains("International Symposium on River Morphology", items[0].Venue);
    }

    [Fact]
    public void Title_headings_over_names_and_a_linked_venue_are_works_on_a_page_with_no_section()
    {
        var items = Run("""
            #### Drag on porous plates in steady flow. <br>
            Ines Marchetti, Jon Ferraro [J. Fluid Struct., 2020](https://doi.org/10.1016/j.example.2020.1) <br>

            #### Vortex shedding from a flapping foil near a wall. <br>
            Jon Ferraro, **Ines Marchetti** [Phys. Fluids, 2018] (https://doi.org/10.1063/example.2018.2) <br>

            #### Entrainment at the edge of a turbulent plume. <br>
            Ines Marchetti, P Okoye. **AIAA** (*Under Review*) <br>
            """).Where(i => i.Kind == RecordKind.Publication).ToList();
        Assert.Equal(["Drag on porous plates in steady flow", "Vortex shedding from a flapping foil near a wall", "Entrainment at the edge of a turbulent plume"], items.Select(i => i.Title));
        Assert.Equal(["Ines Marchetti", "Jon Ferraro"], items[0].Authors);
        Assert.Equal(["Jon Ferraro", "Ines Marchetti"], items[1].Authors);
        Assert.Equal(["J. Fluid Struct", "Phys. Fluids", "AIAA"], items.Select(i => i.Venue));
        Assert.Equal([2020, 2018, null], items.Select(i => i.Year));
        Assert.Equal("10.1063/example.2018.2", items[1].Identifiers.Doi);
    }

    [Fact]
    public void A_topic_heading_over_one_citation_with_a_linked_title_stays_a_topic()
    {
        var items = Run("""
            ## Flow through porous media

            Ines Marchetti, Jon Ferraro [Permeability of layered sandstone under confining stress](https://example.org/paper1), Water Resources Letters 12(3), 101-118, 2020

            ## Plumes and jets

            Ines Marchetti, P Okoye [Entrainment at the edge of a turbulent plume](https://example.org/paper2), Journal of Plume Studies 8(1), 1-19, 2019

            Jon Ferraro, Ines Marchetti [Buoyant jets in a stratified tank](https://example.org/paper3), Journal of Plume Studies 6(2), 40-52, 2017
            """).Where(i => i.Kind == RecordKind.Publication).ToList();
        Assert.Equal(["Permeability of layered sandstone under confining stress", "Entrainment at the edge of a turbulent plume", "Buoyant jets in a stratified tank"], items.Select(i => i.Title));
    }
}
