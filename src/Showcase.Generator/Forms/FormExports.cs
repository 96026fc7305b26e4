using Showcase.Generator.Output;
using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>Every form, site-wide and per unit, as CSV and as an Excel workbook: the files beside the printable pages.</summary>
public static class FormExports
{
    public static IReadOnlyList<OutputFile> Files(SiteModel site) =>
        FormTableBuilder.Build(site)
            .AsParallel()
            .SelectMany(t => new[] { new OutputFile(t.CsvPath, CsvExport.Write(t)), new OutputFile(t.XlsxPath, XlsxExport.Write(t)) })
            .ToList();
}
