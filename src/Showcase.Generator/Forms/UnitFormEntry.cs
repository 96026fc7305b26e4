using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>A unit's line on a form: how many of its models the form lists, and the links to its copy of the form.</summary>
public sealed record UnitFormEntry(Unit Unit, int RowCount, string Link, string CsvLink, string XlsxLink);
