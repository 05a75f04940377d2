using System.Globalization;
using System.Text;
using System.Xml;
using Compliance.Rules.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Rules.Cli.Reporting;

/// <summary>
/// Writes a report as an Excel workbook through Microsoft's Open XML SDK (DocumentFormat.OpenXml): one sheet per table (总体情况, 附件1, 附件2…), each
/// with the table's title in its first row, the column titles in the second, then the rows. Counts are stored as
/// numbers and scores as numbers shown with one decimal place, so the sheet sorts and sums like the notice's tables.
/// Every text — names from the facts included — is a shared string, a text cell that is never a formula, so a name such
/// as <c>=HYPERLINK(…)</c> is shown, not run; characters XML cannot hold are stored as Excel's <c>_xHHHH_</c> escapes.
/// </summary>
/// <remarks>
/// It lives in the tool rather than in the library, which depends only on NRules, YamlDotNet and NodaTime. The SDK is
/// used directly: the newest ClosedXML the package mirror offers (0.95.4, 2021) is built on an old SDK and pulls in
/// System.Drawing.Common 4.7.
/// </remarks>
internal static class XlsxReportWriter
{
    private const uint BoldStyle = 1;
    private const uint ScoreStyle = 2;
    private const uint ScoreFormatId = 164;

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write (it need not be seekable: the workbook is built in memory first).</param>
    public static void Write(BatchReport report, Stream output) => Write(report.Tables, output);

    /// <summary>Writes tables as a workbook, one sheet per table (an impact report's tables, say).</summary>
    /// <param name="tables">The tables.</param>
    /// <param name="output">Where to write (it need not be seekable: the workbook is built in memory first).</param>
    public static void Write(IEnumerable<ReportTable> tables, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var strings = new SharedStrings();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var table in tables)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = Worksheet(table, strings);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = UniqueName(SheetName(table.Title), names) });
            }

            var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
            stringsPart.SharedStringTable = strings.Table;
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    // Excel refuses a workbook with two sheets of one name (case-insensitive): a repeated name gets a number.
    private static string UniqueName(string name, HashSet<string> taken)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            var suffix = $"({n})";
            unique = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }

        return unique;
    }

    /// <summary>Gets a sheet's name from a table's title: 附件1 for an attachment, otherwise the title before any bracket, within Excel's 31 characters.</summary>
    /// <param name="title">The table's title.</param>
    /// <returns>The sheet name.</returns>
    public static string SheetName(string title)
    {
        var name = title.StartsWith("附件", StringComparison.Ordinal) && title.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space
            ? title[..space]
            : title.Split('（')[0];
        name = new string([.. name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]);
        return name.Length > 31 ? name[..31] : name;
    }

    /// <summary>
    /// Gets text as a workbook stores it: a character XML cannot hold (ESC, NUL and the other C0 controls but tab and
    /// line breaks, a lone surrogate) as Excel's own escape <c>_xHHHH_</c>, and text that already looks like such an
    /// escape with its underscore escaped (<c>_x005F_</c>), so that Excel shows exactly the text of the facts.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to store in a shared string.</returns>
    /// <remarks>Without this, one ESC in an account's name made the whole workbook fail to be written.</remarks>
    public static string XmlText(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '_' && LooksLikeEscape(text, i))
            {
                builder.Append("_x005F_");
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
        }

        return builder.ToString();
    }

    private static bool LooksLikeEscape(string text, int at) =>
        at + 6 < text.Length && text[at + 1] == 'x' && text[at + 6] == '_' && text.AsSpan(at + 2, 4).IndexOfAnyExcept(HexDigits) < 0;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEFabcdef");

    private static Worksheet Worksheet(ReportTable table, SharedStrings strings)
    {
        var data = new SheetData();
        data.Append(new Row(strings.Cell(table.Title, BoldStyle)) { RowIndex = 1 });
        data.Append(new Row(table.Columns.Select(c => strings.Cell(c.Title, BoldStyle))) { RowIndex = 2 });
        uint index = 3;
        foreach (var row in table.Rows)
        {
            data.Append(new Row(row.Select((text, i) => Cell(text, table.Columns[i].Kind, strings))) { RowIndex = index++ });
        }

        var widths = table.Columns.Select((c, i) => table.Rows.Select(r => r[i]).Append(c.Title).Max(Width)).ToList();
        var columns = new Columns(widths.Select((w, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Min(60, w + 2),
            CustomWidth = true,
        }));
        return new Worksheet(columns, data);
    }

    private static Cell Cell(string text, ReportColumnKind kind, SharedStrings strings)
    {
        if (kind != ReportColumnKind.Text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return new Cell
            {
                DataType = CellValues.Number,
                CellValue = new CellValue(number),
                StyleIndex = kind == ReportColumnKind.Score ? ScoreStyle : null,
            };
        }

        return strings.Cell(text, null);
    }

    /// <summary>Approximates a text's display width in characters: CJK characters take two.</summary>
    private static double Width(string text) => text.Sum(c => c > '\u2E80' ? 2 : 1);

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = ScoreFormatId, FormatCode = "0.0" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = ScoreFormatId, ApplyNumberFormat = true })
        { Count = 3 });

    /// <summary>The workbook's shared string table, each text stored once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public Cell Cell(string text, uint? style)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _indexes.Count;
                _indexes.Add(text, index);
                Table.AppendChild(new SharedStringItem(new Text(XmlText(text)) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return new Cell
            {
                DataType = CellValues.SharedString,
                CellValue = new CellValue(index),
                StyleIndex = style,
            };
        }
    }
}
