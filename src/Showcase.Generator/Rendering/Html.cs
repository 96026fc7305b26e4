using System.Text;

namespace Showcase.Generator.Rendering;

/// <summary>HTML escaping of text for element content and quoted attribute values; non-ASCII letters stay as they are.</summary>
public static class Html
{
    public static string Escape(string text)
    {
        var index = text.AsSpan().IndexOfAny("&<>\"'");
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
