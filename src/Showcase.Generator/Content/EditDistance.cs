namespace Showcase.Generator.Content;

/// <summary>Levenshtein distance, for "did you mean" hints on misspelt field names and ids.</summary>
public static class EditDistance
{
    /// <summary>The known value nearest to <paramref name="value"/> when it is close enough to be a slip of the keyboard, else null.</summary>
    public static string? Nearest(string value, IEnumerable<string> known)
    {
        var nearest = known.OrderBy(k => Compute(k, value)).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
        return nearest is not null && Compute(nearest, value) <= Math.Max(2, value.Length / 4) ? nearest : null;
    }

    public static int Compute(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
