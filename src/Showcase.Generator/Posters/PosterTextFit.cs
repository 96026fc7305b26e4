using System.Globalization;

namespace Showcase.Generator.Posters;

/// <summary>
/// The starting sizes of a poster's title and items, in percent of the sheet's width (CSS <c>cqw</c>): the largest
/// title that stays within the height two lines of the largest size take, and the largest items that are estimated
/// to fit what is left, preferring one line an item. The estimate sets the start (and what prints without JavaScript); poster-fit.js measures the real layout
/// and shrinks until nothing overflows. All sizes are 2:3, so the result does not depend on the size. The
/// geometry mirrors poster.css.
/// </summary>
public static class PosterTextFit
{
    public const double ContentWidth = 80;
    public const double ContentHeight = 132;
    public const double ItemsWidth = 74;

    public const double TitleLargest = 6.4;
    public const double TitleSmallest = 2.8;
    public const double ItemLargest = 10;
    public const double ItemSmallest = 1.6;

    /// <summary>
    /// Average advance of a character, in em, measured in Chromium for Vietnamese phrases in Noto Serif: bold
    /// capitals 0.62–0.63, bold mixed case 0.51–0.55, italic 0.52. The item width is taken a little narrow, so the
    /// estimate errs large and poster-fit.js, which only shrinks, has the last word.
    /// </summary>
    private const double CapsWidth = 0.62;
    private const double TextWidth = 0.52;
    private const double SmallWidth = 0.53;
    private const double TitleLineHeight = 1.22;

    public sealed record Sizes(double Title, double Items)
    {
        public string TitleCss => Css(Title);

        public string ItemsCss => Css(Items);
    }

    public static Sizes Fit(string title, IReadOnlyList<string> items, string? decisionLine)
    {
        var titleSize = TitleSize(title);
        var titleLines = Lines(title, PerLine(ContentWidth, titleSize, CapsWidth));
        var decision = decisionLine is null ? 0 : 1.6 + (Lines(decisionLine, PerLine(66, 2.3, SmallWidth)) * 2.3 * 1.4);
        var fixedHeight = 13.8 + 3.6 + (titleLines * titleSize * TitleLineHeight) + decision + 4.8 + 3 + 12.5;
        return new Sizes(titleSize, ItemSize(items, ContentHeight - fixedHeight));
    }

    /// <summary>
    /// The largest title size at which the title takes no more height than two lines at <see cref="TitleLargest"/>:
    /// a long title gets smaller rather than taking the items' room. At least <see cref="TitleSmallest"/>.
    /// </summary>
    public static double TitleSize(string title)
    {
        const double budget = 2 * TitleLargest * TitleLineHeight;
        for (var size = TitleLargest; size >= TitleSmallest - 1e-9; size -= 0.1)
        {
            if (Lines(title, PerLine(ContentWidth, size, CapsWidth)) * size * TitleLineHeight <= budget + 1e-9)
            {
                return Math.Round(size, 1);
            }
        }

        return TitleSmallest;
    }

    /// <summary>
    /// The largest item size at which the list fits <paramref name="height"/>; a size up to 30% smaller is taken
    /// instead when it sets every item on one line.
    /// </summary>
    public static double ItemSize(IReadOnlyList<string> items, double height)
    {
        var wrapped = Largest(size => ListHeight(items, size) <= height) ?? ItemSmallest;
        var single = Largest(size => ListHeight(items, size) <= height && items.All(i => Lines(i, PerItemLine(size)) == 1));
        return single >= wrapped * 0.7 ? single.Value : wrapped;
    }

    public static string Css(double size) => size.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The largest item size, in steps of 0.1 down to <see cref="ItemSmallest"/>, that <paramref name="fits"/>; null if none.</summary>
    private static double? Largest(Func<double, bool> fits)
    {
        for (var size = ItemLargest; size >= ItemSmallest - 1e-9; size -= 0.1)
        {
            if (fits(size))
            {
                return Math.Round(size, 1);
            }
        }

        return null;
    }

    /// <summary>The estimated height of the list at <paramref name="size"/>: wrapped lines plus gaps (poster.css .items).</summary>
    private static double ListHeight(IReadOnlyList<string> items, double size)
    {
        var lines = items.Sum(item => Lines(item, PerItemLine(size)));
        return (lines * 1.3 * size) + (Math.Max(0, items.Count - 1) * Gap(items.Count) * size);
    }

    /// <summary>The space between items, in em: less in a long list.</summary>
    private static double Gap(int count) => count > 6 ? 0.35 : 0.6;

    /// <summary>Characters an item's line holds: the marker and its space take 1.1 em.</summary>
    private static int PerItemLine(double size) => Math.Max(1, (int)(((ItemsWidth / size) - 1.1) / TextWidth));

    private static int PerLine(double width, double size, double charWidth) => Math.Max(1, (int)(width / size / charWidth));

    /// <summary>Lines a phrase wraps to with at most <paramref name="perLine"/> characters a line, breaking at spaces.</summary>
    internal static int Lines(string text, int perLine)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (used == 0)
            {
                used = word.Length;
            }
            else if (used + 1 + word.Length <= perLine)
            {
                used += 1 + word.Length;
            }
            else
            {
                lines++;
                used = word.Length;
            }

            while (used > perLine)
            {
                lines++;
                used -= perLine;
            }
        }

        return lines;
    }
}
