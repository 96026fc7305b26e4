using Showcase.Generator.Forms;
using Showcase.Generator.Site;

namespace Showcase.Generator.Tests.Forms;

/// <summary>The statistics count what the content says, counted here again from the generated spec.</summary>
public sealed class StatisticsBuilderTests
{
    private static readonly Statistics Stats = StatisticsBuilder.Build(GeneratedSite.Site);
    private static readonly ContentFacts Facts = GeneratedSite.Facts;

    private static Dictionary<string, int> Counts(string id) =>
        Stats.Tables.Single(t => t.Id == id).Rows.ToDictionary(r => r.Label, r => r.Count);

    [Fact]
    public void Totals()
    {
        Assert.Equal(Facts.Published.Count(), Stats.ModelCount);
        Assert.Equal(Facts.Units.Count, Stats.UnitCount);
        Assert.Equal(Facts.Units.Count(u => Facts.Published.Any(m => m.Unit == u.Id)), Stats.UnitsWithModels);
        Assert.Equal(Facts.Published.Sum(m => m.AwardKinds.Count), Stats.AwardCount);
    }

    [Fact]
    public void Models_by_field_kind_unit_year_and_form()
    {
        Assert.Equal(Facts.Categories.ToDictionary(c => c.Name, c => Facts.Published.Count(m => m.Category == c.Id)), Counts("theo-linh-vuc"));
        Assert.Equal(
            Facts.Units.Select(u => u.Kind).Distinct().ToDictionary(VietnameseText.UnitKind, k => Facts.Published.Count(m => Facts.Unit(m.Unit).Kind == k)),
            Counts("theo-loai-hinh"));
        Assert.Equal(Facts.Units.ToDictionary(u => u.Name, u => Facts.Published.Count(m => m.Unit == u.Id)), Counts("theo-don-vi"));
        var years = Facts.Published.Select(m => m.Year).ToList();
        Assert.Equal(
            Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).ToDictionary(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture), y => years.Count(x => x == y)),
            Counts("theo-nam"));
        Assert.Equal(FormsContent.Forms.Select(f => Facts.Published.Count(m => m.Forms.Contains(f.Id))), Stats.Tables.Single(t => t.Id == "theo-bieu-mau").Rows.Select(r => r.Count));
    }

    [Fact]
    public void Awards_by_kind_highest_first()
    {
        var awards = Facts.Published.SelectMany(m => m.AwardKinds).ToList();
        Assert.Equal(
            [("Bằng khen", awards.Count(k => k == "bang-khen")), ("Giấy khen", awards.Count(k => k == "giay-khen")), ("Thư khen", awards.Count(k => k == "thu-khen"))],
            Stats.Tables.Single(t => t.Id == "khen-thuong").Rows.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public void Units_ranked_by_count_and_the_units_missing_from_each_form()
    {
        var byUnit = Stats.Tables.Single(t => t.Id == "theo-don-vi").Rows.Select(r => r.Count).ToList();
        Assert.Equal(byUnit.OrderDescending(), byUnit);
        foreach (var coverage in Stats.Forms)
        {
            Assert.Equal(Facts.MissingFrom(coverage.Form.Id).Select(u => u.Id), coverage.Missing.Select(m => m.Unit.Id));
            Assert.Equal(Facts.Units.Count, coverage.ReportingCount + coverage.MissingCount);
        }
    }

    [Fact]
    public void Shares_are_written_the_vietnamese_way_and_totals_only_where_rows_do_not_overlap()
    {
        var field = Stats.Tables.Single(t => t.Id == "theo-linh-vuc");
        Assert.All(field.Rows, r => Assert.Matches(@"^\d+(,\d)?%$", r.Share));
        Assert.True(field.HasTotal);
        Assert.Equal(Stats.ModelCount, field.Total);
        Assert.False(Stats.Tables.Single(t => t.Id == "theo-bieu-mau").HasTotal);
    }
}
