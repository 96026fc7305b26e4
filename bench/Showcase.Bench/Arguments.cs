namespace Showcase.Bench;

/// <summary>"--name value" pairs after the command word; unknown names are errors.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    public static Arguments Parse(IReadOnlyList<string> args, params string[] allowed)
    {
        var parsed = new Arguments();
        for (int i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !allowed.Contains(name[2..]))
            {
                throw new ArgumentException($"unknown option '{name}' (expected one of: {string.Join(", ", allowed.Select(a => "--" + a))})");
            }
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"option '{name}' needs a value");
            }
            parsed._values[name[2..]] = args[++i];
        }
        return parsed;
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"missing --{name}");

    public string Optional(string name, string fallback) => _values.GetValueOrDefault(name, fallback);
}
