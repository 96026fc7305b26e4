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

    /// <summary>The journal kept for an output folder: <c>.&lt;name&gt;.cache/journal.bin</c> beside it.</summary>
    public static string PathFor(string outputDirectory)
    {
        var target = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(target) ?? target;
        return System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(target)}.cache", "journal.bin");
    }

    public static BuildJournal? Load(string path, string generator)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != generator)
            {
                return null;
            }

            var siteDigest = reader.ReadString();
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

            return new BuildJournal { Generator = generator, SiteDigest = siteDigest, Stories = stories, Pages = pages };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or EndOfStreamException)
        {
            return null;
        }
    }

    public static void Save(string path, BuildJournal journal)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".journal-{Environment.ProcessId}.tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(journal.Generator);
            writer.Write(journal.SiteDigest);
            writer.Write(journal.Stories.Count);
            foreach (var (key, story) in journal.Stories.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(story.Text);
                writer.Write(story.Diagnostics.Count);
                foreach (var diagnostic in story.Diagnostics)
                {
                    WriteDiagnostic(writer, diagnostic);
                }
            }

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
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes the journal (a build that keeps none must not leave an old one describing another output).</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

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
