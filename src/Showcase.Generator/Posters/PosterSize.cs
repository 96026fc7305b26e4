using System.Globalization;

namespace Showcase.Generator.Posters;

/// <summary>
/// A frame size of the 2024 letter's item 4.2 ("40 cm x 60 cm, 50 cm x 75 cm, 60 cm x 90 cm"): portrait, all 2:3,
/// so one design scales to each. <see cref="Id"/> is the format's spelling and the URL segment ("40x60").
/// </summary>
public sealed record PosterSize(string Id, int WidthCm, int HeightCm)
{
    public static readonly IReadOnlyList<PosterSize> All = [new("40x60", 40, 60), new("50x75", 50, 75), new("60x90", 60, 90)];

    public int WidthMm => WidthCm * 10;

    public int HeightMm => HeightCm * 10;

    /// <summary>"40 × 60 cm", as people read it.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{WidthCm} × {HeightCm} cm");

    /// <summary>The CSS page size: "400mm 600mm".</summary>
    public string CssPageSize => string.Create(CultureInfo.InvariantCulture, $"{WidthMm}mm {HeightMm}mm");

    /// <summary>The size with this id, or null for a size the format does not allow.</summary>
    public static PosterSize? Find(string id) => All.FirstOrDefault(s => s.Id == id);
}
