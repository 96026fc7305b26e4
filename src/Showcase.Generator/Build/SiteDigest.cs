using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Showcase.Generator.Content;
using Showcase.Generator.Rendering;
using Showcase.Generator.Site;

namespace Showcase.Generator.Build;

/// <summary>
/// Digests of a build's inputs for <see cref="IncrementalBuild"/>. The site digest covers everything a page can read
/// except the stories: the generator, the options, the theme, every content file (a model file without its story)
/// and the media. A story's key covers what its words and HTML are made from. SHA-256, 128 bits kept, as hex.
/// </summary>
public static class SiteDigest
{
    /// <summary>This generator: its build and the libraries that shape its output.</summary>
    public static string Generator { get; } = string.Join(
        ';',
        typeof(SiteDigest).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(Markdig.Markdown).Assembly.FullName,
        typeof(Scriban.Template).Assembly.FullName,
        "journal-1");

    public static string Of(ContentSource content, ContentSet set, ThemeSource theme, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new Writer(hash);
        writer.Text(Generator);
        writer.Text(options.BaseUrlOverride ?? "\0");
        writer.Text(options.Today.ToString("O", CultureInfo.InvariantCulture));
        writer.Text(string.Create(CultureInfo.InvariantCulture, $"{options.PageSize} {options.FeedSize} {options.Pdf}"));

        foreach (var (path, text) in theme.Templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.Text(path);
            writer.Text(text);
        }

        foreach (var asset in theme.Assets.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            writer.Text(asset.Path);
            writer.Bytes(asset.Content);
        }

        var bodies = set.Models
            .GroupBy(m => m.SourcePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Body.Length, StringComparer.Ordinal);
        foreach (var file in content.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            writer.Text(file.Path);
            var text = file.Text.AsSpan();
            if (bodies.TryGetValue(file.Path, out var bodyLength) && bodyLength <= text.Length)
            {
                text = text[..^bodyLength];
            }

            writer.Text(text);
        }

        foreach (var media in content.Media.OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            writer.Text(media.Path);
            writer.Bytes(media.Content);
        }

        return Hex(hash.GetHashAndReset());
    }

    /// <summary>The key of a story: its file, where it starts, its Markdown, base_url and the media files' names.</summary>
    public static string StoryKey(ModelRecord record, BaseUrl baseUrl, string mediaNames)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new Writer(hash);
        writer.Text(record.SourcePath);
        writer.Text(record.BodyLine.ToString(CultureInfo.InvariantCulture));
        writer.Text(baseUrl.Origin);
        writer.Text(baseUrl.Path);
        writer.Text(mediaNames);
        writer.Text(record.Body);
        return Hex(hash.GetHashAndReset());
    }

    /// <summary>The media files' names, as one string for <see cref="StoryKey"/>.</summary>
    public static string MediaNames(IEnumerable<MediaFile> media) =>
        string.Join('\n', media.Select(m => m.Path).Order(StringComparer.Ordinal));

    private static string Hex(byte[] digest) => Convert.ToHexStringLower(digest.AsSpan(0, 16));

    // Each value is written with its length first, so that no two different inputs give the same stream.
    private readonly struct Writer(IncrementalHash hash)
    {
        public void Text(ReadOnlySpan<char> text)
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            Length(bytes);
            var buffer = bytes <= 4096 ? stackalloc byte[bytes] : new byte[bytes];
            Encoding.UTF8.GetBytes(text, buffer);
            hash.AppendData(buffer);
        }

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            Length(bytes.Length);
            hash.AppendData(bytes);
        }

        private void Length(int length)
        {
            Span<byte> prefix = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(prefix, length);
            hash.AppendData(prefix);
        }
    }
}
