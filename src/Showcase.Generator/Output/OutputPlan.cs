namespace Showcase.Generator.Output;

/// <summary>Every file of a built site, sorted by path: what <c>OutputWriter</c> puts on disk.</summary>
public sealed record OutputPlan(IReadOnlyList<OutputFile> Files)
{
    public static OutputPlan From(IEnumerable<OutputFile> files)
    {
        var sorted = files.ToList();
        sorted.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Path == sorted[i - 1].Path)
            {
                throw new InvalidOperationException($"two outputs for one path: {sorted[i].Path}");
            }
        }

        return new OutputPlan(sorted);
    }

    /// <summary>A plan whose files went to an <see cref="IOutputSink"/> as they were made: it lists none, only counts them.</summary>
    public static OutputPlan Streamed(int count, long bytes) => new([]) { _streamed = (count, bytes) };

    private (int Count, long Bytes)? _streamed;

    /// <summary>True when the files were handed to a sink (see <see cref="Streamed"/>) and <see cref="Files"/> is empty.</summary>
    public bool IsStreamed => _streamed is not null;

    public int FileCount => _streamed?.Count ?? Files.Count;

    public long TotalBytes => _streamed?.Bytes ?? Files.Sum(f => f.Length);
}
