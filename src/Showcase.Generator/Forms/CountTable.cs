using Showcase.Generator.Rendering;

namespace Showcase.Generator.Forms;

/// <summary>
/// A count the committee asks for (models by field, by kind of unit, …): the table, which is the accessible
/// source, and the same numbers drawn as an inline SVG bar chart.
/// </summary>
public sealed record CountTable(string Id, string Title, string LabelHeader, string CountHeader, IReadOnlyList<CountRow> Rows, int Total, bool HasTotal, TrustedHtml Chart)
{
    public string ChartId => $"{Id}-bieu-do";
}
