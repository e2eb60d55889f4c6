using System.Text.RegularExpressions;

namespace Aggregator.Core.Normalising;

/// <summary>Author lists: display names in page order, no repeats, the owner added where a page leaves them out.</summary>
public static partial class AuthorLists
{
    public static IReadOnlyList<string> Tidy(IEnumerable<string> raw)
    {
        var result = new List<string>();
        foreach (var r in raw)
        {
            if (string.IsNullOrWhiteSpace(r)) continue;
            var name = PersonNames.Display(r);
            if (name.Length == 0 || IsEtAl(name)) continue;
            // A list of surnames alone ("Toscani, Guarnera, Guarnera") names two people who share one: only full names repeat.
            var surnameOnly = !TextKey.ForTitle(name).Contains(' ');
            var earlier = result.FindLastIndex(n => string.Equals(TextKey.ForTitle(n), TextKey.ForTitle(name), StringComparison.Ordinal));
            // "H Ahn, H Lee, **W Choi**, H Lee": initials and a surname met again further down, other names between,
            // are a second person who shares them; a full name, or a name printed straight after itself, is one person twice.
            var sharedInitials = InitialsAndSurname().IsMatch(name) && earlier >= 0 && earlier < result.Count - 1;
            if (!surnameOnly && earlier >= 0 && !sharedInitials) continue;
            result.Add(name);
        }
        return result;
    }

    /// <summary>Adds <paramref name="owner"/> at the front unless a name in the list already denotes them.</summary>
    public static IReadOnlyList<string> WithOwner(IReadOnlyList<string> authors, string? owner)
    {
        if (string.IsNullOrWhiteSpace(owner)) return authors;
        if (authors.Any(a => PersonNames.SamePerson(a, owner) || IsOwnersSurname(a, owner))) return authors;
        return [PersonNames.Display(owner), .. authors];
    }

    /// <summary>"Toscani" in a list that prints surnames alone ("Metger &amp; Toscani") is the owner Matteo Toscani.</summary>
    private static bool IsOwnersSurname(string author, string owner)
    {
        var name = TextKey.ForTitle(author);
        return name.Length > 1 && !name.Contains(' ') && TextKey.ForTitle(PersonNames.Display(owner)).Split(' ') is { Length: >= 2 } parts && parts[^1] == name;
    }

    public static bool IsEtAl(string name)
    {
        var k = TextKey.ForTitle(name);
        return k is "et al" or "others" or "and others" or "al";
    }

    [GeneratedRegex(@"^(?:\p{Lu}\.?\s?-?){1,3}\s+\p{Lu}[\p{L}'’-]+$")]
    private static partial Regex InitialsAndSurname();
}
