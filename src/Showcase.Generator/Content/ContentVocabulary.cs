namespace Showcase.Generator.Content;

/// <summary>The closed sets of values the content format allows.</summary>
public static class ContentVocabulary
{
    public static readonly IReadOnlyList<string> UnitKinds =
    [
        "xa-phuong-thi-tran", "co-quan-hanh-chinh", "giao-duc", "y-te", "su-nghiep-khac",
        "doanh-nghiep", "dang-doan-the", "cong-an", "quan-su", "noi-chinh-khac", "mttq-doan-the",
    ];

    public static readonly IReadOnlyList<string> ImplementerKinds = ["tap-the", "ca-nhan", "don-vi"];

    public static readonly IReadOnlyList<string> AwardKinds = ["thu-khen", "giay-khen", "bang-khen"];

    public static readonly IReadOnlyList<string> PosterSizes = ["40x60", "50x75", "60x90"];

    public static readonly IReadOnlyList<string> ModelFields =
    [
        "title", "summary", "unit", "category", "year", "implementer", "implementer_kind", "forms", "tags",
        "note", "image", "featured_week", "awards", "slug", "draft",
    ];

    public static readonly IReadOnlyList<string> StandardsFields = ["unit", "title", "items", "decision", "sizes"];

    public const int SummaryMaxLength = 600;

    /// <summary>A summary shorter than this is warned about (SG1016): the lists and the forms show it alone.</summary>
    public const int SummaryMinLength = 40;

    public const int MaxStandardsItems = 12;
}
