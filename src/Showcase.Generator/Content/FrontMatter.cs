namespace Showcase.Generator.Content;

/// <summary>The YAML between the leading '---' lines of a Markdown file, and the body after it.</summary>
public sealed record FrontMatter(string Yaml, string Body, int BodyLine)
{
    /// <summary>Splits a Markdown file; null when it does not open with a front matter block that is closed.</summary>
    public static FrontMatter? Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return null;
        }

        var start = 4;
        var position = start;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (lineText.TrimEnd() is "---" or "...")
            {
                var yaml = text[start..position];
                var bodyStart = end < 0 ? text.Length : end + 1;
                return new FrontMatter(yaml, text[bodyStart..], line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return null;
    }
}
