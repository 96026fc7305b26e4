namespace Showcase.Bench.Corpus;

/// <summary>Writes a generated corpus to a folder, replacing an earlier corpus there.</summary>
public static class CorpusWriter
{
    public static (int Files, long Bytes) Write(IEnumerable<GeneratedFile> files, string outDir)
    {
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            if (!File.Exists(Path.Combine(outDir, "site.yaml")))
            {
                throw new IOException($"{outDir} is not empty and holds no site.yaml; refusing to replace it");
            }
            Directory.Delete(outDir, recursive: true);
        }
        var made = new HashSet<string>(StringComparer.Ordinal);
        int count = 0;
        long bytes = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(outDir, file.Path);
            var dir = Path.GetDirectoryName(path)!;
            if (made.Add(dir))
            {
                Directory.CreateDirectory(dir);
            }
            File.WriteAllBytes(path, file.Bytes);
            count++;
            bytes += file.Bytes.Length;
        }
        return (count, bytes);
    }
}
