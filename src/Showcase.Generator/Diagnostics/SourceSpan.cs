namespace Showcase.Generator.Diagnostics;

/// <summary>A place in a source file: path relative to the content (or theme) folder, 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan File(string path) => new(path, 0, 0);

    public override string ToString() =>
        Line > 0 ? $"{Path}:{Line}:{Column}" : Path;
}
