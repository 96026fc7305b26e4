namespace Showcase.Generator.Site;

/// <summary>What a build needs besides the content: passed in, never read from the environment inside the library.</summary>
public sealed record BuildOptions
{
    /// <summary>Overrides site.yaml's base_url (e.g. for a preview under another host or sub-path).</summary>
    public string? BaseUrlOverride { get; init; }

    /// <summary>The build's date: from SOURCE_DATE_EPOCH when set, else today (Vietnam time). Picks the week's story.</summary>
    public required DateOnly Today { get; init; }

    public int PageSize { get; init; } = 20;

    public int FeedSize { get; init; } = 50;

    /// <summary>Write the posters as PDF too (needs Chromium).</summary>
    public bool Pdf { get; init; }
}
