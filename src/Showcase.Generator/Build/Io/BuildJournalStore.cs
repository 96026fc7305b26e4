using System.Text;
using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Build.Io;

/// <summary>
/// <see cref="BuildJournal"/> ↔ one binary file. A journal that cannot be read (missing, cut short, of another
/// generator) is no journal: the build then starts from scratch. Saved through a temporary file and a rename, so a
/// killed build leaves the old journal or the new one, never half of one.
/// </summary>
public static class BuildJournalStore
{
    private const string Magic = "showcase-journal";

    /// <summary>The folder kept for an output folder: <c>.&lt;name&gt;.cache</c> beside it.</summary>
    public static string FolderFor(string outputDirectory)
    {
        var target = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(target) ?? target;
        return System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(target)}.cache");
    }

    /// <summary>
    /// The journal in <paramref name="folder"/>: <c>stories.bin</c> (words and warnings by story key: valid for any
    /// build of this generator, since a key names all a story is made from) and <c>pages.bin</c> (the pages of the
    /// last build). Either may be missing or unreadable; what is, is left out.
    /// </summary>
    public static BuildJournal? Load(string folder, string generator)
    {
        var stories = Read(System.IO.Path.Combine(folder, StoriesFile), generator, ReadStories);
        var pages = Read(System.IO.Path.Combine(folder, PagesFile), generator, ReadPages);
        if (stories is null && pages is null)
        {
            return null;
        }

        return new BuildJournal
        {
            Generator = generator,
            SiteDigest = pages?.SiteDigest ?? string.Empty,
            Stories = stories ?? new Dictionary<string, StoryEntry>(StringComparer.Ordinal),
            Pages = pages?.Pages ?? new Dictionary<string, PageEntry>(StringComparer.Ordinal),
        };
    }

    /// <summary>Saves the stories (done while pages are rendered: they are known once the site model is built).</summary>
    public static void SaveStories(string folder, string generator, IReadOnlyDictionary<string, StoryEntry> stories) =>
        Save(System.IO.Path.Combine(folder, StoriesFile), generator, writer =>
        {
            writer.Write(stories.Count);
            foreach (var (key, story) in stories.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(story.Text);
                writer.Write(story.Diagnostics.Count);
                foreach (var diagnostic in story.Diagnostics)
                {
                    WriteDiagnostic(writer, diagnostic);
                }
            }
        });

    /// <summary>Saves the pages of a build whose output has been written.</summary>
    public static void SavePages(string folder, BuildJournal journal) =>
        Save(System.IO.Path.Combine(folder, PagesFile), journal.Generator, writer =>
        {
            writer.Write(journal.SiteDigest);
            writer.Write(journal.Pages.Count);
            foreach (var (page, entry) in journal.Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(page);
                writer.Write(entry.Length);
                writer.Write(entry.WriteTicks);
                writer.Write(entry.Reads.Count);
                foreach (var read in entry.Reads)
                {
                    writer.Write(read.SourcePath);
                    writer.Write(read.Key);
                }
            }
        });

    private const string StoriesFile = "stories.bin";
    private const string PagesFile = "pages.bin";

    private static Dictionary<string, StoryEntry> ReadStories(BinaryReader reader)
    {
        var storyCount = Count(reader);
        var stories = new Dictionary<string, StoryEntry>(storyCount, StringComparer.Ordinal);
        for (var i = 0; i < storyCount; i++)
        {
            var key = reader.ReadString();
            var text = reader.ReadString();
            var diagnostics = new Diagnostic[Count(reader)];
            for (var d = 0; d < diagnostics.Length; d++)
            {
                diagnostics[d] = ReadDiagnostic(reader);
            }

            stories[key] = new StoryEntry(text, diagnostics);
        }

        return stories;
    }

    private sealed record PagesPart(string SiteDigest, Dictionary<string, PageEntry> Pages);

    private static PagesPart ReadPages(BinaryReader reader)
    {
        var siteDigest = reader.ReadString();
        var pageCount = Count(reader);
        var pages = new Dictionary<string, PageEntry>(pageCount, StringComparer.Ordinal);
        for (var i = 0; i < pageCount; i++)
        {
            var page = reader.ReadString();
            var length = reader.ReadInt64();
            var ticks = reader.ReadInt64();
            var reads = new StoryRead[Count(reader)];
            for (var r = 0; r < reads.Length; r++)
            {
                reads[r] = new StoryRead(reader.ReadString(), reader.ReadString());
            }

            pages[page] = new PageEntry(reads, length, ticks);
        }

        return new PagesPart(siteDigest, pages);
    }

    private static T? Read<T>(string path, string generator, Func<BinaryReader, T> read)
        where T : class
    {
        try
        {
            if (!File.Exists(path))
            {
                return default;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != generator)
            {
                return default;
            }

            var value = read(reader);
            return reader.ReadString() == End ? value : default;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return default;
        }
    }

    private static void Save(string path, string generator, Action<BinaryWriter> write)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(generator);
            write(writer);
            writer.Write(End);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private const string End = "end";

    // A count of what follows; a count the rest of the file cannot hold means the file is damaged.
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new FormatException("damaged journal");
    }

    private static void WriteDiagnostic(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write((byte)diagnostic.Severity);
        writer.Write(diagnostic.Code);
        writer.Write(diagnostic.Span.Path);
        writer.Write(diagnostic.Span.Line);
        writer.Write(diagnostic.Span.Column);
        writer.Write(diagnostic.Message);
        writer.Write(diagnostic.SourceLine is not null);
        if (diagnostic.SourceLine is { } line)
        {
            writer.Write(line);
        }
    }

    private static Diagnostic ReadDiagnostic(BinaryReader reader)
    {
        var severity = (Severity)reader.ReadByte();
        var code = reader.ReadString();
        var span = new SourceSpan(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        var message = reader.ReadString();
        var sourceLine = reader.ReadBoolean() ? reader.ReadString() : null;
        return new Diagnostic(severity, code, span, message) { SourceLine = sourceLine };
    }
}
