using System.Globalization;
using System.Text;
using System.Xml;
using Compliance.Rules.Cli.Reporting.Xlsx;
using Compliance.Rules.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Rules.Cli.Reporting;

/// <summary>
/// Writes a report as an Excel workbook through Microsoft's Open XML SDK (DocumentFormat.OpenXml), ready to print: one
/// sheet per table (总体情况, 附件1, 附件2…), each with the table's title across its columns in the first row and the column
/// titles in the second. Counts are stored as numbers, scores as numbers shown with one decimal place and rates as
/// numbers shown as percentages (<c>98.71%</c>), so the sheet sorts and sums like the notice's tables. Columns are as wide
/// as their text (a Chinese character counts two digits; long text wraps), the two heading rows are frozen on screen and
/// repeated on every printed page, and each sheet prints on A4 one page wide (see <see cref="XlsxPrintSetup"/>).
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
            styles.Stylesheet = XlsxStyles.Create();
            var strings = new SharedStrings();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var printTitles = new DefinedNames();
            uint index = 0;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var table in tables)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = Worksheet(table, strings, selected: index == 0);
                var name = UniqueName(SheetName(table.Title), names);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = index + 1, Name = name });
                printTitles.Append(XlsxPrintSetup.PrintTitles(name, index++));
            }

            workbookPart.Workbook.Append(printTitles);
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
        name = new string([.. name.Where(c => "[]:*?/\\'".IndexOf(c, StringComparison.Ordinal) < 0)]);
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

    private static Worksheet Worksheet(ReportTable table, SharedStrings strings, bool selected)
    {
        var widths = XlsxLayout.ColumnWidths(table);
        var data = new SheetData();
        data.Append(new Row(strings.Cell(table.Title, XlsxStyles.Title, "A1"))
        {
            RowIndex = 1,
            Height = XlsxLayout.TitleHeight(table.Title, widths),
            CustomHeight = true,
        });
        data.Append(WithHeight(new Row(table.Columns.Select((c, i) => strings.Cell(c.Title, XlsxStyles.Header, Reference(i, 2)))) { RowIndex = 2 }, [.. table.Columns.Select(c => c.Title)], widths));
        uint index = XlsxPrintSetup.HeadingRows + 1;
        foreach (var row in table.Rows)
        {
            var cells = row.Select((text, i) => Cell(text, table.Columns[i].Kind, strings, Reference(i, index)));
            data.Append(WithHeight(new Row(cells) { RowIndex = index++ }, row, widths));
        }

        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var worksheet = new Worksheet(XlsxPrintSetup.Properties(), XlsxPrintSetup.FrozenHeading(selected), columns, data);
        if (table.Columns.Length > 1)
        {
            // The title spans the table, so that it prints centred above it and is never cut at the edge of the print area.
            worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{Reference(table.Columns.Length - 1, 1)}" }) { Count = 1 });
        }

        worksheet.Append(XlsxPrintSetup.Page(landscape: widths.Sum() > XlsxPrintSetup.PortraitWidth));
        return worksheet;
    }

    private static Row WithHeight(Row row, IReadOnlyList<string> texts, double[] widths)
    {
        if (XlsxLayout.RowHeight(texts, widths) is { } height)
        {
            row.Height = height;
            row.CustomHeight = true;
        }

        return row;
    }

    private static Cell Cell(string text, ReportColumnKind kind, SharedStrings strings, string reference)
    {
        if (Number(text, kind) is var (value, style))
        {
            return new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style };
        }

        return strings.Cell(text, XlsxStyles.Text, reference);
    }

    // A rate's cell holds the fraction (98.71% is 0.9871) and shows it with as many decimal places as the report wrote.
    private static (decimal Value, uint Style)? Number(string text, ReportColumnKind kind)
    {
        var rate = kind == ReportColumnKind.Rate && text.EndsWith('%');
        var digits = rate ? text[..^1] : text;
        if (kind == ReportColumnKind.Text || !decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return kind switch
        {
            ReportColumnKind.Rate when rate => (number / 100m, XlsxStyles.Rate(digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0)),
            ReportColumnKind.Score => (number, XlsxStyles.Score),
            ReportColumnKind.Count => (number, XlsxStyles.Count),
            _ => null,
        };
    }

    /// <summary>Gets a cell's reference, such as <c>C2</c>.</summary>
    /// <param name="column">The column, from 0.</param>
    /// <param name="row">The row, from 1.</param>
    /// <returns>The reference.</returns>
    internal static string Reference(int column, uint row)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{name}{row}");
    }

    /// <summary>The workbook's shared string table, each text stored once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public Cell Cell(string text, uint style, string reference)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _indexes.Count;
                _indexes.Add(text, index);
                Table.AppendChild(new SharedStringItem(new Text(XmlText(text)) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return new Cell
            {
                CellReference = reference,
                DataType = CellValues.SharedString,
                CellValue = new CellValue(index),
                StyleIndex = style,
            };
        }
    }
}
