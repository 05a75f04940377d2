using System.Globalization;
using Compliance.Rules.PlainText;

namespace Compliance.Rules.Reporting;

/// <summary>
/// Writes every table of a report as CSV (RFC 4180, CRLF line ends), one after another: a row with the table's title,
/// the column titles, the rows, and an empty line between tables. Spreadsheets open it as one sheet.
/// </summary>
/// <remarks>
/// A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written with a
/// leading apostrophe (<c>'=HYPERLINK(…)</c>), as OWASP's guidance on CSV injection advises, so that Excel and WPS show
/// it as text instead of running it as a formula; numbers (counts, scores, <c>-1.5</c>) are written as they are. Control
/// characters other than line breaks and tabs are made visible (<see cref="VisibleText"/>), as the CSV may be printed on
/// a terminal.
/// </remarks>
internal static class CsvReportWriter
{
    private const string LineEnd = "\r\n";

    /// <summary>Writes tables one after another.</summary>
    /// <param name="tables">The tables.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<ReportTable> tables, TextWriter output)
    {
        var first = true;
        foreach (var table in tables)
        {
            if (!first)
            {
                output.Write(LineEnd);
            }

            first = false;
            WriteRecord([Text(table.Title)], output);
            WriteRecord(table.Columns.Select(c => Text(c.Title)), output);
            foreach (var row in table.Rows)
            {
                WriteRecord(row.Select((cell, i) => table.Columns[i].Kind == ReportColumnKind.Text ? Text(cell) : cell), output);
            }
        }
    }

    /// <summary>Neutralises a text cell that a spreadsheet would take for a formula, and makes control characters visible.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The text to write.</returns>
    public static string Text(string cell)
    {
        var visible = cell.Any(c => c is not ('\t' or '\r' or '\n') && VisibleText.IsControl(c))
            ? string.Concat(cell.Select(c => c is '\t' or '\r' or '\n' ? c.ToString() : VisibleText.Of(c.ToString())))
            : cell;
        var formula = visible.Length > 0 && visible[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(visible, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
        return formula ? "'" + visible : visible;
    }

    private static void WriteRecord(IEnumerable<string> cells, TextWriter output) =>
        output.Write(string.Join(',', cells.Select(CsvQuoting.Quote)) + LineEnd);
}
