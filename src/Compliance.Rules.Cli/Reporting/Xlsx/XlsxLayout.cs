using Compliance.Rules.Reporting;

namespace Compliance.Rules.Cli.Reporting.Xlsx;

/// <summary>
/// The sizes of a sheet that make it read and print well: each column as wide as its widest text (a Chinese character
/// counts two digits), up to a limit beyond which the text wraps, and each row as tall as its wrapped text.
/// </summary>
/// <remarks>
/// Excel and WPS do not grow a row for wrapped text when they open a workbook, so heights are estimated here from the
/// text's width and the column's: a row that fits on one line keeps the default height.
/// </remarks>
internal static class XlsxLayout
{
    /// <summary>The widest a column gets, in digits; longer text wraps.</summary>
    public const double MaxColumnWidth = 50;

    /// <summary>The narrowest column, in digits.</summary>
    public const double MinColumnWidth = 6;

    /// <summary>The space a column keeps beside its text, in digits (the cell's margins and border).</summary>
    public const double Padding = 2;

    private const double LineHeight = 14.5;
    private const double TitleLineHeight = 20;

    /// <summary>Gets the width of each column of a table, in digits.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The widths.</returns>
    public static double[] ColumnWidths(ReportTable table) =>
        [.. table.Columns.Select((column, i) => Math.Clamp(
            table.Rows.Select(r => Widest(r[i])).Append(Widest(column.Title)).Max() + Padding,
            MinColumnWidth,
            MaxColumnWidth))];

    /// <summary>Gets the height of a row whose text wraps, or <see langword="null"/> when every cell fits on one line.</summary>
    /// <param name="cells">The row's texts.</param>
    /// <param name="widths">The column widths.</param>
    /// <returns>The height in points, or <see langword="null"/>.</returns>
    public static double? RowHeight(IReadOnlyList<string> cells, double[] widths)
    {
        var lines = cells.Select((text, i) => Lines(text, widths[i] - Padding)).DefaultIfEmpty(1).Max();
        return lines > 1 ? (lines * LineHeight) + 3 : null;
    }

    /// <summary>Gets the height of a title row across the whole table: a title wider than the table wraps.</summary>
    /// <param name="title">The title.</param>
    /// <param name="widths">The column widths.</param>
    /// <returns>The height in points.</returns>
    public static double TitleHeight(string title, double[] widths)
    {
        var scale = XlsxStyles.TitleFontSize / XlsxStyles.FontSize;
        var lines = (int)Math.Ceiling(DisplayWidth.Of(title) * scale / Math.Max(1, widths.Sum() - Padding));
        return (Math.Max(1, lines) * TitleLineHeight) + 4;
    }

    private static int Lines(string text, double width) =>
        text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(DisplayWidth.Of(line) / Math.Max(1, width))));

    private static int Widest(string text) => text.Split('\n').Max(DisplayWidth.Of);
}
