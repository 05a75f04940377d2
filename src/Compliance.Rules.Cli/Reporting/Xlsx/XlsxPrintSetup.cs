using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Rules.Cli.Reporting.Xlsx;

/// <summary>
/// What makes a sheet print as a table of a notice: A4, as many pages down as it needs but one page across (fitToWidth 1,
/// fitToHeight 0), landscape when the table is wider than a portrait page, centred, the title and the column titles
/// repeated at the top of every page (print titles), page numbers in the footer, and the same two rows frozen on screen.
/// </summary>
internal static class XlsxPrintSetup
{
    /// <summary>The widest table, in digits, that prints on a portrait A4 page at full size; a wider one is landscape.</summary>
    public const double PortraitWidth = 95;

    /// <summary>The paper size code of A4 in SpreadsheetML.</summary>
    public const uint A4 = 9;

    /// <summary>How many rows head each sheet and repeat on every printed page: the title and the column titles.</summary>
    public const int HeadingRows = 2;

    /// <summary>Gets the sheet properties that make the page setup scale the sheet to fit (fitToPage).</summary>
    /// <returns>The properties.</returns>
    public static SheetProperties Properties() => new(new PageSetupProperties { FitToPage = true });

    /// <summary>Gets the view that freezes the heading rows, so they stay in sight when scrolling.</summary>
    /// <param name="selected">Whether the sheet is the one shown when the workbook opens.</param>
    /// <returns>The views.</returns>
    public static SheetViews FrozenHeading(bool selected)
    {
        var topLeft = string.Create(CultureInfo.InvariantCulture, $"A{HeadingRows + 1}");
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeadingRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0,
            TabSelected = selected ? true : null,
        });
    }

    /// <summary>Gets the print settings that follow the sheet's data, in the order the schema wants them.</summary>
    /// <param name="landscape">Whether to print landscape.</param>
    /// <returns>printOptions, pageMargins, pageSetup and headerFooter.</returns>
    public static IEnumerable<OpenXmlElement> Page(bool landscape) =>
    [
        new PrintOptions { HorizontalCentered = true },
        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
        new PageSetup
        {
            PaperSize = A4,
            Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        },
        new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")),
    ];

    /// <summary>Gets the defined name that repeats a sheet's heading rows on every printed page.</summary>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="sheetIndex">The sheet's position in the workbook, from 0.</param>
    /// <returns>The defined name <c>_xlnm.Print_Titles</c>, such as <c>'附件1'!$1:$2</c>.</returns>
    public static DefinedName PrintTitles(string sheetName, uint sheetIndex) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$1:${HeadingRows}"))
    {
        Name = "_xlnm.Print_Titles",
        LocalSheetId = sheetIndex,
    };
}
