namespace Showcase.Bench.Text;

/// <summary>Hands out unique slugs: the first keeps its folded form, later ones get -2, -3, …</summary>
public sealed class UniqueNames
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public bool Contains(string slug) => _seen.ContainsKey(slug);

    public string Claim(string slug)
    {
        if (!_seen.TryGetValue(slug, out int count))
        {
            _seen[slug] = 1;
            return slug;
        }
        while (true)
        {
            count++;
            var candidate = $"{slug}-{count}";
            if (!_seen.ContainsKey(candidate))
            {
                _seen[slug] = count;
                _seen[candidate] = 1;
                return candidate;
            }
        }
    }
}
