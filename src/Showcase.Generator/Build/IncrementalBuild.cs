using System.Collections.Concurrent;
using Showcase.Generator.Output;
using Showcase.Generator.Site;

namespace Showcase.Generator.Build;

/// <summary>
/// One build's use of the previous build's <see cref="BuildJournal"/>: stories whose key is unchanged take their words
/// and diagnostics from it instead of parsing the Markdown; a page whose inputs are unchanged (the same site digest,
/// every story it read with the same key, its file still as the journal left it) is not rendered but taken from the
/// previous output. Records what this build renders, for the next journal. Thread-safe.
/// </summary>
public sealed class IncrementalBuild
{
    private readonly BuildJournal? _previous;
    private readonly Func<string, PageEntry, bool> _previousFileIsIntact;
    private readonly ConcurrentDictionary<string, StoryEntry> _stories = new(StringComparer.Ordinal);
    // A page taken from the previous output keeps its journal entry (a hard link keeps the file's length and time);
    // a page rendered has only its reads until the written file is looked at.
    private readonly ConcurrentDictionary<string, IReadOnlyList<StoryRead>> _rendered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageEntry> _kept = new(StringComparer.Ordinal);
    private int _reusedPages;
    private int _reusedStories;

    /// <param name="previous">The last build's journal, or null for none (then every page is rendered).</param>
    /// <param name="previousFileIsIntact">True when the output file at a path still has the journal's length and time.</param>
    /// <param name="previousOutput">The output folder the journal's files are in.</param>
    public IncrementalBuild(BuildJournal? previous, string previousOutput, Func<string, PageEntry, bool> previousFileIsIntact)
    {
        _previous = previous;
        PreviousOutput = previousOutput;
        _previousFileIsIntact = previousFileIsIntact;
    }

    public string PreviousOutput { get; }

    /// <summary>The digest of this build's site (set by the generator before rendering).</summary>
    public string? SiteDigest { get; internal set; }

    public int ReusedPages => _reusedPages;

    /// <summary>Every story of this build by key (complete once the site model is built).</summary>
    public IReadOnlyDictionary<string, StoryEntry> Stories => _stories;

    public int ReusedStories => _reusedStories;

    internal StoryEntry? PreviousStory(string key)
    {
        if (_previous?.Stories.TryGetValue(key, out var entry) is true)
        {
            Interlocked.Increment(ref _reusedStories);
            _stories[key] = entry;
            return entry;
        }

        return null;
    }

    internal void RecordStory(string key, StoryEntry entry) => _stories[key] = entry;

    /// <summary>The previous output's file for a page whose inputs have not changed, or null when it must be rendered.</summary>
    internal OutputFile? Reuse(Page page, IReadOnlyDictionary<string, string> storyKeys)
    {
        if (_previous is null || SiteDigest is null || _previous.SiteDigest != SiteDigest
            || !_previous.Pages.TryGetValue(page.OutputPath, out var entry))
        {
            return null;
        }

        foreach (var read in entry.Reads)
        {
            if (!storyKeys.TryGetValue(read.SourcePath, out var key) || key != read.Key)
            {
                return null;
            }
        }

        if (!_previousFileIsIntact(page.OutputPath, entry))
        {
            return null;
        }

        Interlocked.Increment(ref _reusedPages);
        _kept[page.OutputPath] = entry;
        return OutputFile.Reuse(page.OutputPath, Path.Combine(PreviousOutput, page.OutputPath), entry.Length);
    }

    internal void RecordPage(Page page, IReadOnlyCollection<Story> reads) =>
        _rendered[page.OutputPath] = reads
            .Select(s => new StoryRead(s.SourcePath, s.Key))
            .OrderBy(r => r.SourcePath, StringComparer.Ordinal)
            .ToList();

    /// <summary>The journal of this build, once its output is written: <paramref name="fileOf"/> gives a rendered page's file as written.</summary>
    public BuildJournal Journal(string generator, Func<string, (long Length, long WriteTicks)?> fileOf)
    {
        var pages = new Dictionary<string, PageEntry>(_kept, StringComparer.Ordinal);
        foreach (var (path, reads) in _rendered)
        {
            if (fileOf(path) is { } file)
            {
                pages[path] = new PageEntry(reads, file.Length, file.WriteTicks);
            }
        }

        return new BuildJournal
        {
            Generator = generator,
            SiteDigest = SiteDigest ?? string.Empty,
            Stories = new Dictionary<string, StoryEntry>(_stories, StringComparer.Ordinal),
            Pages = pages,
        };
    }
}
