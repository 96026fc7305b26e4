using System.Globalization;
using System.Text;

namespace Showcase.Bench.Text;

/// <summary>Folds Vietnamese text to a slug as the content format says: drop diacritics, đ/Đ → d.</summary>
public static class Slug
{
    public static string Fold(string text, int maxLength = 80)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool hyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            char folded = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (folded is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (hyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }
                hyphen = false;
                sb.Append(folded);
            }
            else
            {
                hyphen = true;
            }
        }
        return Trim(sb.ToString(), maxLength);
    }

    private static string Trim(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }
        int cut = slug.LastIndexOf('-', maxLength);
        return cut > 0 ? slug[..cut] : slug[..maxLength];
    }

    public static bool IsValid(string slug) =>
        slug.Length > 0
        && slug[0] != '-' && slug[^1] != '-'
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
