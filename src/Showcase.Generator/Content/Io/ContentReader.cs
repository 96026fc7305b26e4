using System.Text;

namespace Showcase.Generator.Content.Io;

/// <summary>
/// Disk → <see cref="ContentSource"/>. The only class that reads the content folder. Text is decoded as UTF-8,
/// its BOM dropped, CRLF turned into LF and normalized to NFC; symbolic links are never followed, so no path
/// in the content can reach outside the folder.
/// </summary>
public static class ContentReader
{
    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    public static ContentSource Read(string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory);
        var texts = new List<SourceFile>();
        var media = new List<MediaFile>();
        if (!Directory.Exists(root))
        {
            return new ContentSource(root, texts, media, Exists: false);
        }

        foreach (var full in Directory.EnumerateFiles(root, "*", Enumeration))
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative.StartsWith("media/", StringComparison.Ordinal))
            {
                media.Add(new MediaFile(relative, File.ReadAllBytes(full)));
            }
            else if (IsText(relative))
            {
                texts.Add(new SourceFile(relative, Normalize(File.ReadAllBytes(full))));
            }
        }

        texts.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        media.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return new ContentSource(root, texts, media, Exists: true);
    }

    private static bool IsText(string relative) =>
        relative.EndsWith(".md", StringComparison.Ordinal)
        || relative.EndsWith(".yaml", StringComparison.Ordinal)
        || relative.EndsWith(".yml", StringComparison.Ordinal);

    /// <summary>UTF-8 bytes → NFC text with LF line endings.</summary>
    public static string Normalize(byte[] bytes)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes);
        return TextNormalizer.Normalize(text);
    }
}
