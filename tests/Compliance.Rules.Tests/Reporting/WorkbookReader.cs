using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>
/// Reads a workbook back as a spreadsheet shows it: text cells as their text, number cells through their number format
/// (<c>0.9871</c> with <c>0.00%</c> shows 98.71%, <c>114</c> with <c>0.0</c> shows 114.0).
/// </summary>
internal static class WorkbookReader
{
    // The built-in number formats a workbook may use without defining them (ECMA-376 part 1, 18.8.30).
    private static readonly Dictionary<uint, string> BuiltInFormats = new() { [0] = "General", [1] = "0", [2] = "0.00", [9] = "0%", [10] = "0.00%" };

    public static List<(string Name, List<string[]> Rows)> Sheets(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheets = new List<(string, List<string[]>)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = part.Worksheet.Descendants<Row>()
                .Select(row => row.Elements<Cell>().Select(cell => cell.DataType?.Value == CellValues.SharedString
                    ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : Shown(cell, workbook)).ToArray())
                .ToList();
            sheets.Add((sheet.Name!.Value!, rows));
        }

        return sheets;
    }

    /// <summary>Gets the number format code of a cell, such as <c>0.00%</c>.</summary>
    public static string FormatCode(Cell cell, WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId!.Value == id)?.FormatCode!.Value
            ?? BuiltInFormats[id];
    }

    private static string Shown(Cell cell, WorkbookPart workbook)
    {
        var text = cell.CellValue?.Text ?? string.Empty;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return text;
        }

        var code = FormatCode(cell, workbook);
        var percent = code.EndsWith('%');
        var decimals = code.Contains('.', StringComparison.Ordinal) ? code.TrimEnd('%').Length - code.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return code == "General"
            ? text
            : (percent ? value * 100 : value).ToString("F" + decimals, CultureInfo.InvariantCulture) + (percent ? "%" : string.Empty);
    }
}
