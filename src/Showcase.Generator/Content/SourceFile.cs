namespace Showcase.Generator.Content;

/// <summary>A file read from the content folder: its path relative to that folder ('/' separators) and its text, NFC.</summary>
public sealed record SourceFile(string Path, string Text);
