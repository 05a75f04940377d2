using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Rules.Cli.Reporting.Xlsx;

/// <summary>
/// The workbook's cell styles: a title, bordered column titles, bordered text that wraps, and numbers with their formats —
/// counts as whole numbers, scores with one decimal place, rates as percentages with as many decimal places as the
/// report gives them (<c>100%</c>, <c>98.7%</c>, <c>98.71%</c>), so the sheet shows what the notice prints and still
/// computes with the numbers.
/// </summary>
/// <remarks>
/// Fonts are 宋体 11 (the default Chinese body font of Excel and WPS; column widths are measured in its digit) and 黑体 14
/// for titles. Built-in number formats 9 (<c>0%</c>) and 10 (<c>0.00%</c>) are used where they fit, so every spreadsheet
/// program knows them.
/// </remarks>
internal static class XlsxStyles
{
    /// <summary>The style of a table's title row.</summary>
    public const uint Title = 1;

    /// <summary>The style of the column titles: bold, centred, bordered, wrapping.</summary>
    public const uint Header = 2;

    /// <summary>The style of a text cell: bordered, wrapping, vertically centred.</summary>
    public const uint Text = 3;

    /// <summary>The style of a count: a whole number.</summary>
    public const uint Count = 4;

    /// <summary>The style of a score: one decimal place.</summary>
    public const uint Score = 5;

    /// <summary>The font size of text, in points.</summary>
    public const double FontSize = 11;

    /// <summary>The font size of titles, in points.</summary>
    public const double TitleFontSize = 14;

    private const uint RateWhole = 6;
    private const uint RateOneDecimal = 7;
    private const uint RateTwoDecimals = 8;
    private const uint ScoreFormat = 164;
    private const uint OneDecimalPercent = 165;
    private const uint WholePercent = 9;
    private const uint TwoDecimalsPercent = 10;

    /// <summary>Gets the style of a rate written with a number of decimal places.</summary>
    /// <param name="decimals">The decimal places the report wrote (0 to 2).</param>
    /// <returns>The style.</returns>
    public static uint Rate(int decimals) => decimals switch
    {
        0 => RateWhole,
        1 => RateOneDecimal,
        _ => RateTwoDecimals,
    };

    /// <summary>Builds the stylesheet.</summary>
    /// <returns>The stylesheet.</returns>
    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = ScoreFormat, FormatCode = "0.0" },
            new NumberingFormat { NumberFormatId = OneDecimalPercent, FormatCode = "0.0%" })
        { Count = 2 },
        new Fonts(Font(FontSize, "宋体", bold: false), Font(FontSize, "宋体", bold: true), Font(TitleFontSize, "黑体", bold: false)) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(), ThinBorder()) { Count = 2 },
        new CellFormats(
            new CellFormat(),
            Format(fontId: 2, borderId: 0, numberFormat: 0, HorizontalAlignmentValues.Center),
            Format(fontId: 1, borderId: 1, numberFormat: 0, HorizontalAlignmentValues.Center),
            Format(fontId: 0, borderId: 1, numberFormat: 0, HorizontalAlignmentValues.Left),
            Format(fontId: 0, borderId: 1, numberFormat: 1, HorizontalAlignmentValues.Center),
            Format(fontId: 0, borderId: 1, numberFormat: ScoreFormat, HorizontalAlignmentValues.Right),
            Format(fontId: 0, borderId: 1, numberFormat: WholePercent, HorizontalAlignmentValues.Right),
            Format(fontId: 0, borderId: 1, numberFormat: OneDecimalPercent, HorizontalAlignmentValues.Right),
            Format(fontId: 0, borderId: 1, numberFormat: TwoDecimalsPercent, HorizontalAlignmentValues.Right))
        { Count = 9 });

    private static Font Font(double size, string name, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        // charset 134 is GB2312: it tells Excel which script the font is for.
        font.Append(new FontSize { Val = size }, new FontName { Val = name }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder { Style = BorderStyleValues.Thin },
        new RightBorder { Style = BorderStyleValues.Thin },
        new TopBorder { Style = BorderStyleValues.Thin },
        new BottomBorder { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    private static CellFormat Format(uint fontId, uint borderId, uint numberFormat, HorizontalAlignmentValues horizontal) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
    {
        FontId = fontId,
        BorderId = borderId,
        NumberFormatId = numberFormat,
        ApplyFont = fontId != 0,
        ApplyBorder = borderId != 0,
        ApplyNumberFormat = numberFormat != 0,
        ApplyAlignment = true,
    };
}
