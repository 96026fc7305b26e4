using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Build;

/// <summary>
/// What a build leaves for the next <c>showcase build</c> of the same site into the same output folder: each story's
/// words and diagnostics by story key, and for each page the inputs it was rendered from (the site digest and the
/// stories it read) and the file it became. Written only after a build has fully succeeded.
/// </summary>
public sealed class BuildJournal
{
    /// <summary>Names this generator and the journal's format; a journal of another is not used.</summary>
    public required string Generator { get; init; }

    /// <summary>Everything pages read except the stories (<see cref="SiteDigest"/>).</summary>
    public required string SiteDigest { get; init; }

    public required IReadOnlyDictionary<string, StoryEntry> Stories { get; init; }

    /// <summary>By the page's path in the output folder.</summary>
    public required IReadOnlyDictionary<string, PageEntry> Pages { get; init; }
}

/// <summary>A story's words and what rendering it reported (warnings, for a story of a successful build).</summary>
public sealed record StoryEntry(string Text, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// A rendered page: the stories it read (content file, story key), and its file as the build left it (length and
/// last write time, in ticks), which must still be there as it was for the page to be reused.
/// </summary>
public sealed record PageEntry(IReadOnlyList<StoryRead> Reads, long Length, long WriteTicks);

/// <summary>A story read by a page: its content file and its key then.</summary>
public readonly record struct StoryRead(string SourcePath, string Key);
