using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsvHelper;

namespace Showcase.Site.Tests.Forms;

/// <summary>Reads what a built site shows on its forms: the rows of a form page (AngleSharp) and of a CSV (CsvHelper).</summary>
public static class BuiltForms
{
    /// <summary>A row as shown: its unit's sub-heading (site-wide pages) or null, and its five cells.</summary>
    public sealed record ShownRow(string? Unit, IReadOnlyList<string> Cells)
    {
        public override string ToString() => $"{Unit} | {string.Join(" | ", Cells)}";
    }

    public static IDocument Page(string output, string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, relative)));

    public static List<ShownRow> PageRows(string output, string relative)
    {
        using var document = Page(output, relative);
        var rows = new List<ShownRow>();
        foreach (var body in document.QuerySelectorAll("table.form-table > tbody"))
        {
            var unit = body.QuerySelector("tr.unit-row th[colspan] a")?.TextContent;
            rows.AddRange(body.QuerySelectorAll("tr.form-row").Select(tr => new ShownRow(unit, tr.QuerySelectorAll("td").Select(td => td.TextContent).ToList())));
        }

        return rows;
    }

    public static (string[] Header, List<string[]> Records) Csv(string output, string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(output, relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ',' });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return (reader.Headers.ToArray(), records);
    }
}
