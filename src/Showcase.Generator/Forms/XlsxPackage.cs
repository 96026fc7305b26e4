using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Showcase.Generator.Forms;

/// <summary>
/// A one-sheet SpreadsheetML workbook (.xlsx), written part by part with <see cref="ZipArchive"/> so that the same
/// sheet always gives the same bytes: entries in a fixed order with a fixed time stamp, no document properties
/// (no creation date), relationship ids spelt out. Cells are inline strings, so there is no shared-string table.
/// </summary>
internal static class XlsxPackage
{
    /// <summary>The time stamp of every entry (zip stores local date and time with 2-second precision).</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Style indexes into cellXfs of <see cref="Styles"/>.</summary>
    public const int Plain = 0, Center = 1, BoldCenter = 2, ItalicCenter = 3, Header = 4, Text = 5, Number = 6, GroupHeading = 7, Empty = 8, Title = 9;

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""" +
        """<Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""" +
        """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""" +
        "</Types>";

    private const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>""" +
        "</Relationships>";

    private const string WorkbookRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>""" +
        """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""" +
        "</Relationships>";

    // Fonts: 0 normal, 1 bold, 2 italic, 3 bold 13 pt (titles). Borders: 0 none, 1 thin on all sides.
    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" +
        """<fonts count="4"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>""" +
        """<font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>""" +
        """<font><i/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>""" +
        """<font><b/><sz val="13"/><name val="Times New Roman"/><family val="1"/></font></fonts>""" +
        """<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>""" +
        """<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>""" +
        """<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>""" +
        """<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>""" +
        """<cellXfs count="10">""" +
        """<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>""" +
        """<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf>""" +
        """<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>""" +
        """<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" wrapText="1"/></xf>""" +
        """<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>""" +
        """<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>""" +
        """<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>""" +
        """<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>""" +
        """<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" wrapText="1"/></xf>""" +
        """<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>""" +
        """</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <param name="sheetName">At most 31 characters, none of <c>[]:*?/\</c>.</param>
    /// <param name="printTitleRow">The 1-based row repeated at the top of every printed page.</param>
    /// <param name="writeSheet">Writes the children of &lt;worksheet&gt;.</param>
    public static byte[] Write(string sheetName, int printTitleRow, Action<XmlWriter> writeSheet)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", ContentTypes);
            Entry(zip, "_rels/.rels", PackageRels);
            Entry(zip, "xl/workbook.xml", Workbook(sheetName, printTitleRow));
            Entry(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
            Entry(zip, "xl/styles.xml", Styles);
            Entry(zip, "xl/worksheets/sheet1.xml", Xml(w =>
            {
                w.WriteStartElement("worksheet", Main);
                w.WriteAttributeString("xmlns", "r", null, Rel);
                writeSheet(w);
                w.WriteEndElement();
            }));
        }

        return stream.ToArray();
    }

    private static string Workbook(string sheetName, int printTitleRow) => Xml(w =>
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, Rel);
        w.WriteStartElement("sheets");
        w.WriteStartElement("sheet");
        w.WriteAttributeString("name", sheetName);
        w.WriteAttributeString("sheetId", "1");
        w.WriteAttributeString("id", Rel, "rId1");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("definedNames");
        w.WriteStartElement("definedName");
        w.WriteAttributeString("name", "_xlnm.Print_Titles");
        w.WriteAttributeString("localSheetId", "0");
        w.WriteString($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!${printTitleRow}:${printTitleRow}");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static string Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, XmlSettings))
        {
            writer.WriteStartDocument(standalone: true);
            write(writer);
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Text with the characters XML 1.0 cannot carry (lone surrogates, most C0 controls) replaced by U+FFFD.</summary>
    public static string XmlSafe(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
