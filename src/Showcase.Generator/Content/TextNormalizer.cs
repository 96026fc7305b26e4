using System.Text;

namespace Showcase.Generator.Content;

/// <summary>The one place text from editors is made canonical: BOM dropped, CRLF → LF, NFD → NFC.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return IsPlainlyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// True when every character is one that is NFC whatever surrounds it: below the combining marks (U+0300), the
    /// precomposed Vietnamese letters (U+1EA0–U+1EF9), or General Punctuation after its two singletons
    /// (U+2002–U+206F). Most content is all of these; the rest is checked by ICU.
    /// </summary>
    internal static bool IsPlainlyNfc(ReadOnlySpan<char> text) =>
        !text.ContainsAnyExceptInRange('\u0000', '\u02FF') || text.IndexOfAnyExcept(PlainlyNfc) < 0;

    private static readonly System.Buffers.SearchValues<char> PlainlyNfc = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x300).Select(c => (char)c), .. Enumerable.Range(0x1EA0, 0x1EFA - 0x1EA0).Select(c => (char)c),
            .. Enumerable.Range(0x2002, 0x2070 - 0x2002).Select(c => (char)c)]);
}
