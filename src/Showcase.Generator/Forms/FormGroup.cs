using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>
/// The rows one unit contributes to a form, numbered from 1 within the unit; <see cref="Numeral"/> (I, II, …)
/// numbers the unit's sub-heading in the site-wide table, as consolidated Vietnamese reports do.
/// </summary>
public sealed record FormGroup(string Numeral, Unit Unit, string UnitFormLink, IReadOnlyList<FormRow> Rows)
{
    public int RowCount => Rows.Count;
}
