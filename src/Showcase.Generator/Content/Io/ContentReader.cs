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

        // Read and decoded on every core (the order is made by the sort below, not by which file came first).
        var textBag = new System.Collections.Concurrent.ConcurrentBag<SourceFile>();
        var mediaBag = new System.Collections.Concurrent.ConcurrentBag<MediaFile>();
        Parallel.ForEach(Directory.EnumerateFiles(root, "*", Enumeration).ToList(), full => ReadOne(root, full, textBag.Add, mediaBag.Add));
        texts.AddRange(textBag);
        media.AddRange(mediaBag);
        texts.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        media.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return new ContentSource(root, texts, media, Exists: true);
    }

    /// <summary>Only the named files (relative paths; those missing are left out), for commands that need a few.</summary>
    public static ContentSource ReadFiles(string contentDirectory, IEnumerable<string> relativePaths)
    {
        var root = Path.GetFullPath(contentDirectory);
        var texts = relativePaths
            .Where(p => File.Exists(Path.Combine(root, p)))
            .Select(p => new SourceFile(p, Normalize(File.ReadAllBytes(Path.Combine(root, p)))))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return new ContentSource(root, texts, [], Directory.Exists(root));
    }

    /// <summary>The paths (relative, '/') of the files under one folder of the content, without reading them.</summary>
    public static IReadOnlyList<string> ListFiles(string contentDirectory, string folder)
    {
        var root = Path.GetFullPath(contentDirectory);
        var directory = Path.Combine(root, folder);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", Enumeration).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>
    /// A copy of <paramref name="previous"/> with only the given paths read again (relative to the content folder,
    /// '/' separators): a file that exists is read, one that is gone is dropped, a folder is read whole. The other
    /// files, and the media list when no media changed, are the same objects, so caches keyed on them still hit.
    /// </summary>
    public static ContentSource Update(ContentSource previous, IEnumerable<string> changedPaths)
    {
        var root = previous.Root;
        if (!previous.Exists || !Directory.Exists(root))
        {
            return Read(root);
        }

        var texts = previous.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var media = previous.Media.ToDictionary(m => m.Path, StringComparer.Ordinal);
        var mediaChanged = false;
        foreach (var changed in changedPaths.Select(p => p.Replace('\\', '/').Trim('/')).Distinct(StringComparer.Ordinal))
        {
            if (changed.Length == 0 || changed.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue;
            }

            var prefix = changed + "/";
            foreach (var gone in texts.Keys.Where(k => k == changed || k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            {
                texts.Remove(gone);
            }

            foreach (var gone in media.Keys.Where(k => k == changed || k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            {
                media.Remove(gone);
                mediaChanged = true;
            }

            var full = Path.Combine(root, changed);
            var files = File.Exists(full) ? [full] : Directory.Exists(full) ? Directory.EnumerateFiles(full, "*", Enumeration) : [];
            foreach (var file in files)
            {
                try
                {
                    ReadOne(root, file, f => texts[f.Path] = f, m =>
                    {
                        media[m.Path] = m;
                        mediaChanged = true;
                    });
                }
                catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
                {
                    // Removed between the event and the read: it is gone, as the next event will say too.
                }
            }
        }

        var textList = texts.Values.ToList();
        textList.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        IReadOnlyList<MediaFile> mediaList = previous.Media;
        if (mediaChanged)
        {
            var list = media.Values.ToList();
            list.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
            mediaList = list;
        }

        return new ContentSource(root, textList, mediaList, Exists: true);
    }

    /// <summary>Reads one file into the list it belongs to: media as bytes, the format's text files as NFC text; others are skipped.</summary>
    private static void ReadOne(string root, string full, Action<SourceFile> text, Action<MediaFile> media)
    {
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (relative.StartsWith("media/", StringComparison.Ordinal))
        {
            media(new MediaFile(relative, File.ReadAllBytes(full)));
        }
        else if (IsText(relative))
        {
            text(new SourceFile(relative, Normalize(File.ReadAllBytes(full))));
        }
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
