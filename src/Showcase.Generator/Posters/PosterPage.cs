using Showcase.Generator.Rendering;

namespace Showcase.Generator.Posters;

/// <summary>
/// One printable poster, ready to format: what <c>layouts/print-poster.scriban</c> reads as <c>page.poster</c>.
/// Links are relative to the poster's own folder, so the page prints from disk (file://) as well as from the site.
/// </summary>
public sealed record PosterPage
{
    public required PosterSize Size { get; init; }

    /// <summary>The site's organization (site.yaml <c>organization</c>), at the head of the poster.</summary>
    public required string Organization { get; init; }

    public required string UnitName { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<string> Items { get; init; }

    /// <summary>"Ban hành kèm theo Quyết định số … ngày … của …", when the file names a decision.</summary>
    public string? DecisionLine { get; init; }

    /// <summary>"Bảo Lộc, ngày 01 tháng 03 năm 2024": the decision's date, else the build's.</summary>
    public required string DatedLine { get; init; }

    /// <summary>The starting sizes of the title and the items, in percent of the sheet's width; poster-fit.js shrinks them if needed.</summary>
    public required PosterTextFit.Sizes TextSizes { get; init; }

    /// <summary>"../../../assets/": the theme's assets, relative to the poster page.</summary>
    public required string Assets { get; init; }

    /// <summary>"../": the unit's code of conduct on screen, relative to the poster page.</summary>
    public required string StandardsLink { get; init; }

    /// <summary>An inline SVG QR code of the unit's page, or null when base_url has no host to point at.</summary>
    public TrustedHtml? Qr { get; init; }

}
