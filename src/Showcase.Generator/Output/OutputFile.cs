namespace Showcase.Generator.Output;

/// <summary>One file of the generated site: a path relative to the output root, with '/' separators, and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
