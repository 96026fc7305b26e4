using System.Text;

namespace Showcase.Generator.Content.Io;

/// <summary>Writes a new content file (<c>showcase new</c>), never over an existing one: UTF-8 without BOM, LF.</summary>
public static class ContentWriter
{
    /// <returns>False when the file already exists; it is left as it was.</returns>
    public static bool CreateNew(string contentDirectory, string relativePath, string text)
    {
        var full = Path.Combine(Path.GetFullPath(contentDirectory), relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
            return true;
        }
        catch (IOException) when (File.Exists(full))
        {
            return false;
        }
    }
}
