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

    public long TotalBytes => Files.Sum(f => f.Length);
}
