using System.Globalization;
using CsvHelper;

namespace Showcase.Generator.Forms;

/// <summary>
/// <see cref="FormTable"/> → CSV: RFC 4180 (comma, CRLF between records, fields quoted when they hold a comma, a
/// quote or a line break), UTF-8 with a byte order mark so Excel reads the Vietnamese right. The header is the
/// form's five columns; the site-wide file puts "Đơn vị" before them so its rows can be grouped.
/// </summary>
/// <remarks>
/// Formula injection: a text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return would run as a formula when the file is opened in a spreadsheet, so CsvHelper's
/// <see cref="CsvInjection.Escape"/> writes it with an apostrophe in front (and quoted): <c>=1+1</c> becomes
/// <c>"'=1+1"</c>, which Excel and LibreOffice show as the text <c>=1+1</c>. Read back with a CSV library, such a
/// cell keeps its apostrophe; the number column is never touched.
/// </remarks>
public static class CsvExport
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        NewLine = "\r\n",
    };

    public static byte[] Write(FormTable table)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            foreach (var header in Header(table))
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var group in table.Groups)
            {
                foreach (var row in group.Rows)
                {
                    if (!table.IsUnit)
                    {
                        csv.WriteField(group.Unit.Name);
                    }

                    csv.WriteField(row.Number.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(row.Title);
                    csv.WriteField(row.Content);
                    csv.WriteField(row.Implementer);
                    csv.WriteField(row.Note);
                    csv.EndRecord();
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>The header record of the table's CSV.</summary>
    public static IReadOnlyList<string> Header(FormTable table) =>
        table.IsUnit ? FormTable.Columns : [FormTable.UnitColumn, .. FormTable.Columns];
}
