namespace Showcase.Generator.Content;

/// <summary>What <c>ContentReader</c> found in the content folder: text files (NFC) and media files.</summary>
public sealed record ContentSource(
    string Root,
    IReadOnlyList<SourceFile> Files,
    IReadOnlyList<MediaFile> Media,
    bool Exists);

/// <summary>A file under <c>media/</c>, copied to the site as it is.</summary>
public sealed record MediaFile(string Path, byte[] Content);
