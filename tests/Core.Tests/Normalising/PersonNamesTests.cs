using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class PersonNamesTests
{
    [Theory]
    [InlineData("Dumoulin, V.", "V. Dumoulin")]
    [InlineData("  Jane   Doe* ", "Jane Doe")]
    [InlineData("King, Jr., Martin Luther", "Martin Luther King Jr.")]
    [InlineData("J.R.R. Tolkien", "J. R. R. Tolkien")]
    [InlineData("Stanisław Jastrzębski", "Stanisław Jastrzębski")]
    [InlineData("Ines Ferreira⋆", "Ines Ferreira")]
    [InlineData("Tomás Ruiz♠", "Tomás Ruiz")]
    [InlineData("Lea Brandt\\star", "Lea Brandt")]
    public void Display_puts_first_names_first_and_keeps_spelling(string raw, string expected) =>
        Assert.Equal(expected, PersonNames.Display(raw));

    [Theory]
    [InlineData("Stanisław Jastrzębski", "Stanislaw Jastrzebski")]
    [InlineData("S. Jastrzębski", "Stanislaw Jastrzebski")]
    [InlineData("Jastrzebski, Stanislaw", "stanisław jastrzębski")]
    public void Same_person_ignores_accents_case_initials_and_order(string a, string b) =>
        Assert.True(PersonNames.SamePerson(a, b));

    [Theory]
    [InlineData("My Interests")]
    [InlineData("About Me")]
    public void Headings_that_speak_of_the_owner_are_not_names(string heading) => Assert.False(PersonNames.LooksLikeName(heading));

    [Theory]
    [InlineData("T. Flament")]
    [InlineData("A. B. Clement")]
    [InlineData("The ICESAT team")]
    [InlineData("The Planck Collaboration")]
    [InlineData("NORD-T1D Consortium")]
    [InlineData("Henry F. Schaefer III")]
    [InlineData("Oscar Ruiz Jr.")]
    public void Surnames_beside_initials_and_groups_in_any_case_are_names(string name) => Assert.True(PersonNames.LooksLikeName(name));

    [Theory]
    [InlineData("L. deSteur")]
    [InlineData("deSteur, L.")]
    [InlineData("Pieter vanDam")]
    [InlineData("M. d'Avanzo")]
    [InlineData("R. diMarco-Lenz")]
    public void Surnames_with_a_joined_lower_case_particle_are_names(string name) => Assert.True(PersonNames.LooksLikeName(name));

    [Theory]
    [InlineData("eLife")]
    [InlineData("iPhone")]
    [InlineData("deBERTa")]
    [InlineData("Steur")]
    [InlineData("unLearning")]
    public void Words_opening_in_lower_case_that_are_no_particle_and_surname_are_not_joined_surnames(string word) =>
        Assert.False(PersonNames.GluedParticleSurname(word));

    [Theory]
    [InlineData("J. eLife")]
    [InlineData("A. iPhone")]
    public void A_letter_beside_a_brand_in_lower_case_is_not_a_name(string text) => Assert.False(PersonNames.LooksLikeName(text));

    [Theory]
    [InlineData("N. WHITMAN")]
    [InlineData("B. COX")]
    [InlineData("A. MORELL-PACHECO")]
    [InlineData("D. ANISTRATOV")]
    public void Surnames_in_capitals_beside_an_initial_are_names(string name) => Assert.True(PersonNames.LooksLikeName(name));

    [Theory]
    [InlineData("J. ACM")]
    [InlineData("I. INTRODUCTION")]
    [InlineData("ICML BEST")]
    [InlineData("A. NLP")]
    public void Acronyms_and_capital_headings_beside_a_letter_are_not_names(string text) => Assert.False(PersonNames.LooksLikeName(text));

    [Theory]
    [InlineData("KWH Chan")]
    [InlineData("LRV Alencar")]
    [InlineData("JPG Rees-Ortiz")]
    [InlineData("SCR Halloway Jr.")]
    public void Three_run_together_initials_before_a_surname_are_a_name(string name) => Assert.True(PersonNames.LooksLikeName(name));

    [Theory]
    [InlineData("KEA van Wijk")]
    [InlineData("HTL van der Berg")]
    [InlineData("JWM ten Brink")]
    [InlineData("RCB dos Santos Jr.")]
    public void Run_together_initials_before_a_surname_with_particles_are_a_name(string name) => Assert.True(PersonNames.LooksLikeName(name));

    [Theory]
    [InlineData("ACM Transactions on Graphics")]
    [InlineData("NLP in Practice")]
    [InlineData("ACL de Corpus Papers")]
    [InlineData("ACM van")]
    public void Acronyms_before_lower_case_words_stay_other_than_names(string text) => Assert.False(PersonNames.LooksLikeName(text));

    [Theory]
    [InlineData("ACS Nano")]
    [InlineData("RSC Advances")]
    [InlineData("BMJ Open")]
    [InlineData("ACM Computing Surveys")]
    [InlineData("NLP Pipeline Design")]
    [InlineData("ICML Workshop")]
    [InlineData("DNA Methylation")]
    public void Acronyms_before_journal_or_topic_words_are_not_names(string text) => Assert.False(PersonNames.LooksLikeName(text));

    [Theory]
    [InlineData("Clement Treatment")]
    [InlineData("Ice Sheet Measurement")]
    [InlineData("Survey Simulations")]
    public void Abstract_nouns_without_initials_are_not_names(string text) => Assert.False(PersonNames.LooksLikeName(text));

    [Fact]
    public void Different_people_differ() => Assert.False(PersonNames.SamePerson("Anna Smith", "Anna Jones"));

    [Fact]
    public void Owner_is_added_once_at_the_front()
    {
        Assert.Equal(["Ada Lovelace", "Bob Byte"], AuthorLists.WithOwner(["Bob Byte"], "Ada Lovelace"));
        Assert.Equal(["Bob Byte", "A. Lovelace"], AuthorLists.WithOwner(["Bob Byte", "A. Lovelace"], "Ada Lovelace"));
        // A list of surnames alone names the owner by surname.
        Assert.Equal(["Byte", "Lovelace"], AuthorLists.WithOwner(["Byte", "Lovelace"], "Ada Lovelace"));
        Assert.Equal(["Ada Lovelace", "Byte", "Love"], AuthorLists.WithOwner(["Byte", "Love"], "Ada Lovelace"));
    }

    [Fact]
    public void Tidy_drops_et_al_and_repeats()
    {
        Assert.Equal(["Ann Lee", "Bo Chen"], AuthorLists.Tidy(["Lee, Ann", "Bo Chen", "ann lee", "et al.", "others", " "]));
        // Surnames printed alone repeat when two authors share one.
        Assert.Equal(["Toscani", "Guarnera", "Guarnera"], AuthorLists.Tidy(["Toscani", "Guarnera", "Guarnera"]));
        // Initials and a surname met again with other names between are a second person who shares them;
        // printed straight after itself, the same name is one person twice.
        Assert.Equal(["H Ahn", "H Lee", "W Choi", "H Lee"], AuthorLists.Tidy(["H Ahn", "H Lee", "W Choi", "H Lee"]));
        Assert.Equal(["H Ahn", "H Lee"], AuthorLists.Tidy(["H Ahn", "H Lee", "H Lee"]));
    }
}
