using System.Security.Cryptography;

namespace Showcase.Site.Tests.Infrastructure;

/// <summary>Every file under a folder (relative path with '/') and the SHA-256 of its bytes: to compare two sites.</summary>
public static class DirectorySnapshot
{
    public static Dictionary<string, string> Of(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(directory, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                StringComparer.Ordinal);
}
