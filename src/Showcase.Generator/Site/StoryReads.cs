namespace Showcase.Generator.Site;

/// <summary>
/// Which models' stories a page read while it was rendered, recorded as the template reads them (not declared by
/// the template): an incremental build renders a page again when one of those stories changed. A page is rendered
/// on one thread from start to end, so the record is per thread.
/// </summary>
public static class StoryReads
{
    [ThreadStatic]
    private static HashSet<Story>? t_reads;

    /// <summary>Starts recording on this thread; dispose the scope to stop. Scopes do not nest.</summary>
    public static Scope Record()
    {
        var reads = new HashSet<Story>(ReferenceEqualityComparer.Instance);
        t_reads = reads;
        return new Scope(reads);
    }

    internal static void Touch(Story story) => t_reads?.Add(story);

    public readonly struct Scope(HashSet<Story> reads) : IDisposable
    {
        /// <summary>The stories read since the scope began.</summary>
        public IReadOnlyCollection<Story> Stories => reads;

        public void Dispose() => t_reads = null;
    }
}
