namespace Showcase.Bench.Corpus;

/// <summary>A file of the corpus: its path under the content folder ('/'-separated) and its bytes.</summary>
public sealed record GeneratedFile(string Path, byte[] Bytes);
