using Showcase.Generator.Content;

namespace Showcase.Generator.Rendering.Io;

/// <summary>Disk → <see cref="ThemeSource"/>: a theme's templates (text) and assets (bytes). Symlinks are not followed.</summary>
public static class ThemeReader
{
    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
    };

    /// <param name="displayPath">How diagnostics name the theme folder, e.g. "themes/default".</param>
    public static ThemeSource Read(string themeDirectory, string displayPath)
    {
        var root = Path.GetFullPath(themeDirectory);
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var assets = new List<Output.OutputFile>();
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"không tìm thấy giao diện (theme) ở {themeDirectory}");
        }

        foreach (var full in Directory.EnumerateFiles(root, "*", Enumeration))
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative.EndsWith(".scriban", StringComparison.Ordinal))
            {
                templates[relative] = TextNormalizer.Normalize(File.ReadAllText(full));
            }
            else if (relative.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(new Output.OutputFile(relative, File.ReadAllBytes(full)));
            }
        }

        assets.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return new ThemeSource(displayPath.TrimEnd('/'), templates, assets);
    }
}
