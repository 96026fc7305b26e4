namespace Showcase.Generator.Output;

/// <summary>One file of the generated site: a path relative to the output root, with '/' separators, and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>
    /// Set when the file is the previous build's, unchanged (an incremental build did not render it again): the
    /// writer links it from there; <see cref="Content"/> is then empty.
    /// </summary>
    public ReusedFile? Reused { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public long Length => Reused?.Length ?? Content.Length;

    public static OutputFile Reuse(string path, string from, long length) =>
        new(path, []) { Reused = new ReusedFile(from, length) };

    public static OutputFile Text(string path, string text) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text));
}

/// <summary>Where an unchanged file of the previous build is (a full path) and its length.</summary>
public sealed record ReusedFile(string From, long Length);
