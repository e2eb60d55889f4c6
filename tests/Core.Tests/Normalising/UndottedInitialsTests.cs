using System.Text.RegularExpressions;
using Aggregator.Core.Normalising;

namespace Aggregator.Core.Tests.Normalising;

public class UndottedInitialsTests
{
    [Theory]
    [InlineData("K", true)]
    [InlineData("EKH", true)]
    [InlineData("ÉM", true)]
    [InlineData("EKHM", false)]
    [InlineData("E.K.", false)]
    [InlineData("Ek", false)]
    [InlineData("", false)]
    public void Vancouver_initials_are_one_to_three_capitals(string text, bool expected) =>
        Assert.Equal(expected, PersonNames.IsUndottedInitials(text));

    [Fact]
    public void The_fragment_closes_a_surname_pattern()
    {
        var name = new Regex(@"^\p{Lu}\p{Ll}+\s(?<i>" + PersonNames.UndottedInitials + @")$");
        Assert.Equal("EKH", name.Match("Ho EKH").Groups["i"].Value);
        Assert.DoesNotMatch(name, "Ho E.K.H.");
    }
}
