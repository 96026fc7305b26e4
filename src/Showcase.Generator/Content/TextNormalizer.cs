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

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
