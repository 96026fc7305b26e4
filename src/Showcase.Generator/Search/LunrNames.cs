namespace Showcase.Generator.Search;

/// <summary>
/// The names lunr.js keeps as object keys: which are safe, and the order JavaScript's Object.keys gives them in
/// (array-index keys first, ascending by value, then the others in insertion order).
/// </summary>
internal static class LunrNames
{
    public static void CheckFields(IReadOnlyList<LunrField> fields)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = field.Name;
            var valid = name.Length > 0 && char.IsAsciiLetterLower(name[0])
                && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
                && name != "constructor";
            if (!valid)
            {
                throw new ArgumentException($"lunr field name '{name}' must be lower-case ASCII letters, digits and '_', starting with a letter");
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"lunr field '{name}' is given twice");
            }
        }
    }

    public static void CheckRefs(IReadOnlyList<LunrDocument> documents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var valid = document.Ref.Length > 0
                && document.Ref.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '~');
            if (!valid)
            {
                throw new ArgumentException($"lunr ref '{document.Ref}' must be ASCII letters, digits, '_', '-', '.' or '~'");
            }

            if (!seen.Add(document.Ref))
            {
                throw new ArgumentException($"lunr ref '{document.Ref}' is given twice");
            }
        }
    }

    /// <summary>
    /// A key per document ordinal that sorts refs as Object.keys lists them: array indexes (canonical decimal
    /// integers below 2³² − 1) by value, then every other ref in insertion order.
    /// </summary>
    public static long[] ObjectKeyOrder(IReadOnlyList<string> refs)
    {
        var keys = new long[refs.Count];
        for (var i = 0; i < refs.Count; i++)
        {
            keys[i] = IsArrayIndex(refs[i], out var value) ? value : (1L << 32) + i;
        }

        return keys;
    }

    private static bool IsArrayIndex(string s, out long value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 10 || (s.Length > 1 && s[0] == '0') || !s.All(char.IsAsciiDigit))
        {
            return false;
        }

        value = long.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        return value < uint.MaxValue;
    }
}
