using System.Globalization;
using System.Xml;

namespace Showcase.Generator.Forms;

/// <summary>
/// <see cref="FormTable"/> → an Excel workbook laid out like the printed form: the header block, the form's number,
/// title and subtitle, then the table (header on row 9, repeated on every printed page; a bold row per unit in the
/// site-wide table), A4 landscape, fitted to the page width. Same table, same bytes (see <see cref="XlsxPackage"/>).
/// </summary>
public static class XlsxExport
{
    /// <summary>The row of the column headers; the data starts on the row after it.</summary>
    public const int HeaderRow = 9;

    private static readonly double[] Widths = [8, 30, 60, 30, 20];

    public static byte[] Write(FormTable table) =>
        XlsxPackage.Write(SheetName(table.Form.Number), HeaderRow, w => WriteSheet(w, table));

    private static void WriteSheet(XmlWriter w, FormTable table)
    {
        w.WriteRaw("""<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>""");
        w.WriteRaw($"""<sheetViews><sheetView workbookViewId="0"><pane ySplit="{HeaderRow}" topLeftCell="A{HeaderRow + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>""");
        w.WriteStartElement("cols");
        for (var i = 0; i < Widths.Length; i++)
        {
            w.WriteRaw(string.Create(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{Widths[i]}" customWidth="1"/>"""));
        }

        w.WriteEndElement();

        var merges = new List<string> { "A1:B1", "D1:E1", "A2:B2", "D2:E2", "A3:B3", "A5:E5", "A6:E6", "A7:E7" };
        w.WriteStartElement("sheetData");
        Row(w, 1, null, ("A", table.OrganizationLine, XlsxPackage.Center), ("D", "ĐẢNG CỘNG SẢN VIỆT NAM", XlsxPackage.BoldCenter));
        Row(w, 2, null, ("A", table.IssuerLine, XlsxPackage.BoldCenter), ("D", table.DatedLine, XlsxPackage.ItalicCenter));
        Row(w, 3, null, ("A", "*", XlsxPackage.Center));
        Row(w, 5, null, ("A", table.Form.Number, XlsxPackage.BoldCenter));
        Row(w, 6, 40, ("A", table.Form.Title, XlsxPackage.Title));
        Row(w, 7, null, ("A", table.Form.Subtitle ?? string.Empty, XlsxPackage.ItalicCenter));
        Row(w, HeaderRow, null, FormTable.Columns.Select((c, i) => (Column(i), (object)c, XlsxPackage.Header)).ToArray());

        var r = HeaderRow + 1;
        foreach (var group in table.Groups)
        {
            if (!table.IsUnit)
            {
                merges.Add($"B{r}:E{r}");
                Row(w, r++, null, ("A", group.Numeral, XlsxPackage.Number), ("B", group.Unit.Name, XlsxPackage.GroupHeading),
                    ("C", string.Empty, XlsxPackage.GroupHeading), ("D", string.Empty, XlsxPackage.GroupHeading), ("E", string.Empty, XlsxPackage.GroupHeading));
            }

            foreach (var row in group.Rows)
            {
                Row(w, r++, null, ("A", row.Number, XlsxPackage.Number), ("B", row.Title, XlsxPackage.Text), ("C", row.Content, XlsxPackage.Text),
                    ("D", row.Implementer, XlsxPackage.Text), ("E", row.Note, XlsxPackage.Text));
            }
        }

        if (table.RowCount == 0)
        {
            merges.Add($"A{r}:E{r}");
            Row(w, r, null, FormTable.Columns.Select((_, i) => (Column(i), (object)(i == 0 ? table.EmptyNote : string.Empty), XlsxPackage.Empty)).ToArray());
        }

        w.WriteEndElement();
        w.WriteStartElement("mergeCells");
        w.WriteAttributeString("count", merges.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var merge in merges)
        {
            w.WriteRaw($"""<mergeCell ref="{merge}"/>""");
        }

        w.WriteEndElement();
        w.WriteRaw("""<printOptions horizontalCentered="1"/>""");
        w.WriteRaw("""<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>""");
        w.WriteRaw("""<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>""");
        w.WriteRaw("""<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>""");
    }

    private static void Row(XmlWriter w, int index, double? height, params (string Column, object Value, int Style)[] cells)
    {
        w.WriteStartElement("row");
        w.WriteAttributeString("r", index.ToString(CultureInfo.InvariantCulture));
        if (height is { } h)
        {
            w.WriteAttributeString("ht", h.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("customHeight", "1");
        }

        foreach (var (column, value, style) in cells)
        {
            w.WriteStartElement("c");
            w.WriteAttributeString("r", column + index.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
            if (value is int number)
            {
                w.WriteElementString("v", number.ToString(CultureInfo.InvariantCulture));
            }
            else if (value is string { Length: > 0 } text)
            {
                w.WriteAttributeString("t", "inlineStr");
                w.WriteStartElement("is");
                w.WriteStartElement("t");
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(XlsxPackage.XmlSafe(text));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of []:*?/\.</summary>
    public static string SheetName(string number)
    {
        var name = new string(number.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim().Trim('\'');
        name = name.Length > 31 ? name[..31] : name;
        return name.Length == 0 ? "Biểu mẫu" : name;
    }
}
