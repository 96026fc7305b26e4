using System.Globalization;
using System.Text;

namespace Showcase.Generator.Content;

/// <summary>Folds Vietnamese text to a slug: diacritics dropped, đ/Đ → d, lower-case ASCII letters, digits and hyphens.</summary>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (folded is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(folded);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
