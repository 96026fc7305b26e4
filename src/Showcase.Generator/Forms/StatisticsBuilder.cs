using System.Globalization;
using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>
/// <see cref="SiteModel"/> → <see cref="Statistics"/>: published models by field, by kind of unit, by unit, by year
/// and by form; awards by kind; the units missing from each form. Counts only: the templates format them.
/// </summary>
public static class StatisticsBuilder
{
    /// <summary>The kinds of unit in the order of the content format.</summary>
    private static readonly string[] KindOrder =
        ["xa-phuong-thi-tran", "co-quan-hanh-chinh", "giao-duc", "y-te", "su-nghiep-khac", "doanh-nghiep", "dang-doan-the", "cong-an", "quan-su", "noi-chinh-khac", "mttq-doan-the"];

    /// <summary>Awards from the highest: bằng khen, giấy khen, thư khen.</summary>
    private static readonly string[] AwardOrder = ["bang-khen", "giay-khen", "thu-khen"];

    public static Statistics Build(SiteModel site)
    {
        var models = site.Models;
        var total = models.Count;

        var byField = site.Categories.Select(c => (c.Name, (string?)c.Link, c.ModelCount)).ToList();

        var kinds = site.Units.Select(u => u.Kind).Distinct()
            .OrderBy(k => Array.IndexOf(KindOrder, k) is var i && i >= 0 ? i : int.MaxValue).ThenBy(k => k, StringComparer.Ordinal);
        var byKind = kinds.Select(k => (VietnameseText.UnitKind(k), (string?)null, models.Count(m => m.Unit.Kind == k))).ToList();

        var byUnit = site.Units.OrderByDescending(u => u.ModelCount).ThenBy(u => u.Name, VietnameseText.Collation)
            .Select(u => (u.Name, (string?)u.Link, u.ModelCount)).ToList();

        var years = site.Years.ToDictionary(y => y.Year);
        var byYear = years.Count == 0 ? [] : Enumerable.Range(years.Keys.Min(), years.Keys.Max() - years.Keys.Min() + 1)
            .Select(y => (y.ToString(CultureInfo.InvariantCulture), years.TryGetValue(y, out var g) ? g.Link : null, years.TryGetValue(y, out var g2) ? g2.ModelCount : 0))
            .ToList();

        var awards = models.SelectMany(m => m.Awards).ToList();
        var awardKinds = AwardOrder.Concat(awards.Select(a => a.Kind).Where(k => !AwardOrder.Contains(k)).Distinct().Order(StringComparer.Ordinal));
        var byAward = awardKinds.Select(k => (VietnameseText.AwardKind(k), (string?)null, awards.Count(a => a.Kind == k))).ToList();

        var byForm = site.Forms.Select(f => ($"{f.Number} {f.Subtitle}".Trim(), (string?)f.Link, f.ModelCount)).ToList();

        return new Statistics(
            ModelCount: total,
            UnitCount: site.Units.Count,
            UnitsWithModels: site.Units.Count(u => u.ModelCount > 0),
            AwardCount: awards.Count,
            AsOf: VietnameseText.LongDate(site.Today),
            Tables:
            [
                Table("theo-linh-vuc", "Mô hình theo lĩnh vực", "Lĩnh vực", "Số mô hình", byField, total),
                Table("theo-loai-hinh", "Mô hình theo loại hình đơn vị", "Loại hình đơn vị", "Số mô hình", byKind, total),
                Table("theo-don-vi", "Mô hình theo đơn vị", "Đơn vị", "Số mô hình", byUnit, total),
                Table("theo-nam", "Mô hình theo năm bắt đầu", "Năm", "Số mô hình", byYear, total),
                Table("theo-bieu-mau", "Mô hình theo biểu mẫu", "Biểu mẫu", "Số mô hình", byForm, total, hasTotal: false),
                Table("khen-thuong", "Khen thưởng theo hình thức", "Hình thức khen thưởng", "Số lượt", byAward, awards.Count),
            ],
            Forms: FormCoverage.Of(site));
    }

    private static CountTable Table(string id, string title, string labelHeader, string countHeader, IReadOnlyList<(string Label, string? Link, int Count)> counts, int total, bool hasTotal = true)
    {
        var rows = counts.Select(c => new CountRow(c.Label, c.Link, c.Count, Share(c.Count, total))).ToList();
        return new CountTable(id, title, labelHeader, countHeader, rows, rows.Sum(r => r.Count), hasTotal, SvgBarChart.Render($"{id}-bieu-do", title, rows));
    }

    /// <summary>"12,5%": the share in Vietnamese number format.</summary>
    private static string Share(int count, int total) =>
        total == 0 ? "0%" : ((double)count * 100 / total).ToString("0.#", VietnameseText.Culture) + "%";
}
