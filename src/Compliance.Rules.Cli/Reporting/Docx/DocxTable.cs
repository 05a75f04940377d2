using System.Globalization;
using Compliance.Rules.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Compliance.Rules.Cli.Reporting.Docx;

/// <summary>
/// A report table as a Word table laid out like the notice's attachments: ruled on every side, the column titles in 黑体
/// repeated at the top of every page, rows never split across pages, each column as wide as its text needs within the
/// width of the page, and the cells centred.
/// </summary>
internal static class DocxTable
{
    // A cell's left and right margins (1 mm each).
    private const int CellMargin = 57;

    // The narrowest a column gets, in digits (序号 takes four).
    private const int MinDigits = 4;

    // Text longer than this, in digits, wraps rather than widening its column further.
    private const int MaxDigits = 30;

    // A column keeps room for this much of its title, in digits, before the wide columns give way.
    private const int MaxTitleDigits = 10;

    /// <summary>Tells whether a table needs a landscape page: its text does not fit the width of a portrait one.</summary>
    /// <param name="table">The table.</param>
    /// <returns><see langword="true"/> when the natural widths exceed the portrait type area.</returns>
    public static bool NeedsLandscape(ReportTable table) => NaturalWidths(table).Sum() > PageLayout.PortraitTextWidth;

    /// <summary>Builds the table.</summary>
    /// <param name="table">The report table.</param>
    /// <param name="width">The width of the text on the page.</param>
    /// <returns>The Word table.</returns>
    public static Table Create(ReportTable table, int width)
    {
        var widths = Fit(table, width);
        var result = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        result.Append(Row([.. table.Columns.Select(c => c.Title)], widths, OfficialStyles.TableHeader, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, widths, OfficialStyles.TableText, header: false));
        }

        return result;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, string style, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        return new TableRow(cells.Select((text, i) => (OpenXmlElement)new TableCell(
            new TableCellProperties(
                new TableCellWidth { Width = Twips(widths[i]), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = style }),
                new Run(new Text(DocxText.Of(text)) { Space = SpaceProcessingModeValues.Preserve })))).Prepend(properties));
    }

    // Each column gets what its widest text needs (capped, so that long text wraps), and a narrower table is widened to
    // the page in proportion. A wider one is fitted by capping its widest columns at one width, found by halving: the
    // narrow columns keep their text on one line, the wide ones wrap alike, and no column gets narrower than its title
    // (up to five characters) unless even the titles do not fit, when they are all scaled down.
    private static int[] Fit(ReportTable table, int width)
    {
        var natural = NaturalWidths(table);
        if (natural.Sum() <= width)
        {
            return Share(natural, natural, width - natural.Sum());
        }

        var minimum = table.Columns.Select((c, i) => Math.Min(natural[i], Cell(Math.Clamp(DisplayWidth.Of(c.Title), MinDigits, MaxTitleDigits)))).ToArray();
        if (minimum.Sum() >= width)
        {
            return Share(new int[minimum.Length], minimum, width);
        }

        int Capped(int cap, int i) => Math.Min(natural[i], Math.Max(minimum[i], cap));
        var (low, high) = (0, natural.Max());
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = natural.Select((_, i) => Capped(middle, i)).Sum() <= width ? (middle, high) : (low, middle - 1);
        }

        var widths = natural.Select((_, i) => Capped(low, i)).ToArray();
        var capped = widths.Select((w, i) => w < natural[i] ? 1 : 0).ToArray();
        return Share(widths, capped, width - widths.Sum());
    }

    private static int[] Share(int[] start, int[] weights, int amount)
    {
        var total = Math.Max(1, weights.Sum());
        return [.. start.Select((w, i) => w + (int)((long)amount * weights[i] / total))];
    }

    private static int[] NaturalWidths(ReportTable table) =>
        [.. table.Columns.Select((c, i) => Cell(Math.Clamp(table.Rows.Select(r => DisplayWidth.Of(r[i])).Append(DisplayWidth.Of(c.Title)).Max(), MinDigits, MaxDigits)))];

    // A digit is half a wide character of the table's font; one digit more leaves room for the font's side bearings.
    private static int Cell(int digits) => ((digits + 1) * OfficialStyles.TableCharacterWidth / 2) + (2 * CellMargin);

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
