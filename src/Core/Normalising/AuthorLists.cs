namespace Aggregator.Core.Normalising;

/// <summary>Author lists: display names in page order, no repeats, the owner added where a page leaves them out.</summary>
public static class AuthorLists
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
            if (!surnameOnly && result.Any(n => string.Equals(TextKey.ForTitle(n), TextKey.ForTitle(name), StringComparison.Ordinal))) continue;
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
}
