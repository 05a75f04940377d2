using Compliance.Rules.Facts.Input;

namespace Compliance.Rules.Reporting;

/// <summary>
/// Writes every table of a report as CSV (RFC 4180, CRLF line ends), one after another: a row with the table's title,
/// the column titles, the rows, and an empty line between tables. Spreadsheets open it as one sheet.
/// </summary>
internal static class CsvReportWriter
{
    private const string LineEnd = "\r\n";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(BatchReport report, TextWriter output)
    {
        var first = true;
        foreach (var table in report.Tables)
        {
            if (!first)
            {
                output.Write(LineEnd);
            }

            first = false;
            WriteRecord([table.Title], output);
            WriteRecord(table.Columns.Select(c => c.Title), output);
            foreach (var row in table.Rows)
            {
                WriteRecord(row, output);
            }
        }
    }

    private static void WriteRecord(IEnumerable<string> cells, TextWriter output) =>
        output.Write(string.Join(',', cells.Select(CsvParser.Quote)) + LineEnd);
}
