namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>One term of a requested order: a whitelisted key, ascending or (with a leading <c>-</c>) descending.</summary>
public sealed record SortTerm(SortKey Key, bool Descending);

/// <summary>
/// <c>sort=-score,title</c>: up to three keys from the list's whitelist, each once; ties are broken by id, so the
/// order is total and a keyset cursor can resume it.
/// </summary>
public static class ListSort
{
    public const int MaxTerms = 3;

    public static bool TryParse(string text, IReadOnlyList<SortKey> keys, out IReadOnlyList<SortTerm> terms, out string error)
    {
        var parsed = new List<SortTerm>();
        terms = parsed;
        error = string.Empty;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var descending = part.StartsWith('-');
            var name = descending ? part[1..] : part;
            var key = keys.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.Ordinal));
            if (key is null || parsed.Any(term => term.Key == key))
            {
                error = $"Sort by up to {MaxTerms} of: {string.Join(", ", keys.Select(candidate => candidate.Name))}, each once; prefix - for descending (sort=-{keys[0].Name}).";
                return false;
            }

            parsed.Add(new SortTerm(key, descending));
        }

        if (parsed.Count > MaxTerms)
        {
            error = $"Sort by at most {MaxTerms} keys.";
            return false;
        }

        return true;
    }
}
