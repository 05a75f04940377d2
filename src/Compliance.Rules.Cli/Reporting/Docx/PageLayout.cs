using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Compliance.Rules.Cli.Reporting.Docx;

/// <summary>
/// The page of a Chinese official document (GB/T 9704-2012): A4 with the type area 156 mm × 225 mm (天头 37 mm, 订口
/// 28 mm), the page number in the footer as <c>— 1 —</c>; an attachment whose table is too wide for a portrait page is
/// laid out on a landscape page (横排表格).
/// </summary>
/// <remarks>Measures are in twentieths of a point (1 mm ≈ 56.7).</remarks>
internal static class PageLayout
{
    /// <summary>The width of the text on a portrait page.</summary>
    public const int PortraitTextWidth = A4Width - Left - Right;

    /// <summary>The width of the text on a landscape page.</summary>
    public const int LandscapeTextWidth = A4Height - Top - Bottom;

    private const int A4Width = 11906;
    private const int A4Height = 16838;
    private const int Top = 2098;
    private const int Bottom = 1984;
    private const int Left = 1587;
    private const int Right = 1474;

    /// <summary>Adds the footer with the page number, which every section shows.</summary>
    /// <param name="main">The document's main part.</param>
    /// <returns>The footer's relationship id.</returns>
    public static string AddFooter(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.PageNumber }),
            new Run(new Text("— ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
        return main.GetIdOfPart(footer);
    }

    /// <summary>Gets the properties of a section: A4 portrait or landscape with the official margins.</summary>
    /// <param name="landscape">Whether the pages are landscape (the margins turn with the page).</param>
    /// <param name="footerId">The footer's relationship id.</param>
    /// <returns>The section properties.</returns>
    public static SectionProperties Section(bool landscape, string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize
        {
            Width = (uint)(landscape ? A4Height : A4Width),
            Height = (uint)(landscape ? A4Width : A4Height),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        landscape
            ? new PageMargin { Top = Left, Bottom = Right, Left = Top, Right = Bottom, Header = 851, Footer = 992, Gutter = 0 }
            : new PageMargin { Top = Top, Bottom = Bottom, Left = Left, Right = Right, Header = 851, Footer = 992, Gutter = 0 });
}
