using Aggregator.Core.Formats;
using Aggregator.Core.Formats.MarkdownProfile;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;

namespace Aggregator.Core.Tests.PublicationPages;

/// <summary>
/// A title ended by a hard break ("**[Title](…)**" and two spaces), then the names and the venue on lines of their
/// own whose two trailing spaces the writer forgot: the names line still ends where its line does; a list of names
/// wrapped after a comma runs on.
/// </summary>
public class NamesLineWithoutHardBreakTests
{
    private static IReadOnlyList<Item> Run(string text)
    {
        var document = new Document(text, "https://example.test/pubs.md");
        var options = new ParseOptions();
        return new ItemNormaliser().Normalise(new MarkdownProfileFormat().Parse(document, options), document, options);
    }

    [Fact]
    public void The_last_name_does_not_run_into_the_venue()
    {
        var items = Run("""
            ## Publications

            **[Sketching Rivers with Schoolchildren](https://example.org/rivers)**  
            Ines Varga, **Tom Ekberg**, Lucia Mendes
            Proceedings of the Conference on Learning Spaces (CLS '25)
            """);
        var paper = Assert.Single(items);
        Assert.Equal(["Ines Varga", "Tom Ekberg", "Lucia Mendes"], paper.Authors);
        Assert.Equal("Proceedings of the Conference on Learning Spaces (CLS '25)", paper.Venue);
    }

    [Fact]
    public void A_list_wrapped_after_a_comma_stays_one_line()
    {
        var items = Run("""
            ## Publications

            **[Sketching Rivers with Schoolchildren](https://example.org/rivers)**  
            Ines Varga, **Tom Ekberg**,
            Lucia Mendes, Omar Haddad  
            Journal of Learning Spaces, 2025
            """);
        var paper = Assert.Single(items);
        Assert.Equal(["Ines Varga", "Tom Ekberg", "Lucia Mendes", "Omar Haddad"], paper.Authors);
    }
}
