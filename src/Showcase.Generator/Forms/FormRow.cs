using System.Globalization;

namespace Showcase.Generator.Forms;

/// <summary>
/// One line of a reporting form: the five cells of the 2024 letter's table (Số thứ tự, Tên mô hình/ cách làm hay,
/// Nội dung, Tập thể/ cá nhân/ đơn vị thực hiện, Ghi chú), with the model it came from.
/// </summary>
public sealed record FormRow(int Number, string Title, string Content, string Implementer, string Note, string Link, string SourcePath)
{
    /// <summary>The five cells in the order of <see cref="FormTable.Columns"/>.</summary>
    public IReadOnlyList<string> Cells => [Number.ToString(CultureInfo.InvariantCulture), Title, Content, Implementer, Note];
}
