using Showcase.Generator.Rendering;

namespace Showcase.Generator.Site;

/// <summary>
/// A model's story as the site shows it: its words (for search) and its HTML. <see cref="Key"/> names everything the
/// two are made from (the Markdown, where it sits in its file, base_url, the media files), so a story whose key is
/// unchanged since the last build has the same words and HTML. The HTML may be made on first use: a build that
/// takes the words from the last build's journal renders the Markdown only for the pages it renders again.
/// Every read of the words or the HTML is recorded for the page being rendered (<see cref="StoryReads"/>).
/// </summary>
public sealed class Story
{
    private readonly Lazy<TrustedHtml> _html;
    private readonly string _text;

    public Story(string sourcePath, string key, string text, TrustedHtml html)
        : this(sourcePath, key, text, new Lazy<TrustedHtml>(html))
    {
    }

    public Story(string sourcePath, string key, string text, Func<TrustedHtml> html)
        : this(sourcePath, key, text, new Lazy<TrustedHtml>(html, LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    private Story(string sourcePath, string key, string text, Lazy<TrustedHtml> html)
    {
        SourcePath = sourcePath;
        Key = key;
        _text = text;
        _html = html;
    }

    /// <summary>The content file the story is written in.</summary>
    public string SourcePath { get; }

    public string Key { get; }

    public string Text
    {
        get
        {
            StoryReads.Touch(this);
            return _text;
        }
    }

    public TrustedHtml Html
    {
        get
        {
            StoryReads.Touch(this);
            return _html.Value;
        }
    }

    /// <summary>The words, without recording a read: for what is not a page (the search index, the journal).</summary>
    internal string TextUnrecorded => _text;
}
