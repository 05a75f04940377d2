using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Compliance.Rules.Cli.Reporting.Docx;

/// <summary>
/// The fonts, sizes and paragraph styles of a Chinese official document (党政机关公文格式, GB/T 9704-2012) as Word styles, so
/// that an editor can change one of them for the whole notice: the title in 方正小标宋简体 二号, the text in 仿宋_GB2312 三号
/// with 28.95-point lines (22 lines on the 225 mm type area), first-level headings in 黑体, second-level headings in
/// 楷体_GB2312, tables in 仿宋_GB2312 四号 with their column titles in 黑体, page numbers in 宋体 四号. Latin letters and
/// digits are in Times New Roman.
/// </summary>
/// <remarks>
/// The font table names each font's common substitute (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 华文中宋, 楷体_GB2312 → 楷体), which
/// Word uses on a computer without the official fonts; LibreOffice substitutes through its own table.
/// </remarks>
internal static class OfficialStyles
{
    /// <summary>The style of the title (标题).</summary>
    public const string Title = "NoticeTitle";

    /// <summary>The style of the text (正文): first line indented by two characters.</summary>
    public const string Body = "NoticeBody";

    /// <summary>The style of a first-level heading (一、).</summary>
    public const string Heading1 = "NoticeHeading1";

    /// <summary>The style of a second-level heading (（一）).</summary>
    public const string Heading2 = "NoticeHeading2";

    /// <summary>The style of an attachment's label (附件1) at the top of its page.</summary>
    public const string AttachmentLabel = "NoticeAttachmentLabel";

    /// <summary>The style of a table cell.</summary>
    public const string TableText = "NoticeTableText";

    /// <summary>The style of a table's column titles.</summary>
    public const string TableHeader = "NoticeTableHeader";

    /// <summary>The style of the page number in the footer.</summary>
    public const string PageNumber = "NoticePageNumber";

    /// <summary>The width of one character of the text (三号, 16 points), in twentieths of a point.</summary>
    public const int CharacterWidth = 320;

    /// <summary>The width of one wide character of a table (四号, 14 points), in twentieths of a point.</summary>
    public const int TableCharacterWidth = 280;

    private const string Latin = "Times New Roman";
    private const string FangSong = "仿宋_GB2312";
    private const string XiaoBiaoSong = "方正小标宋简体";
    private const string HeiTi = "黑体";
    private const string KaiTi = "楷体_GB2312";
    private const string SongTi = "宋体";
    private const string Size2 = "44";
    private const string Size3 = "32";
    private const string Size4 = "28";
    private const string LinePitch = "579";

    /// <summary>Adds the styles, the font table and the settings to a document.</summary>
    /// <param name="main">The document's main part.</param>
    public static void AddTo(MainDocumentPart main)
    {
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<FontTablePart>().Fonts = new Fonts(
            FontEntry(FangSong, "仿宋", FontFamilyValues.Modern),
            FontEntry(XiaoBiaoSong, "华文中宋", FontFamilyValues.Roman),
            FontEntry(HeiTi, "SimHei", FontFamilyValues.Modern),
            FontEntry(KaiTi, "楷体", FontFamilyValues.Modern),
            FontEntry(SongTi, "SimSun", FontFamilyValues.Auto));

        // Word opens a document without compatibility settings in compatibility mode; 15 is Word 2013 and later.
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(FangSong),
                new FontSize { Val = Size3 },
                new FontSizeComplexScript { Val = Size3 },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch, LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Both }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph(Title, "通报标题", Fonts(XiaoBiaoSong), Size2, new SpacingBetweenLines { After = LinePitch, Line = "700", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = JustificationValues.Center }),
        Paragraph(Body, "公文正文", null, null, Indent()),
        Paragraph(Heading1, "一级标题", Fonts(HeiTi), null, Indent(), new OutlineLevel { Val = 0 }),
        Paragraph(Heading2, "二级标题", Fonts(KaiTi), null, Indent(), new OutlineLevel { Val = 1 }),
        Paragraph(AttachmentLabel, "附件标识", Fonts(HeiTi), null, new SpacingBetweenLines { After = LinePitch }),
        Paragraph(TableText, "表格文字", null, Size4, new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center }),
        Paragraph(TableHeader, "表格标题行", Fonts(HeiTi), Size4, new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center }),
        Paragraph(PageNumber, "页码", Fonts(SongTi), Size4, new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center }));

    private static Style Paragraph(string id, string name, RunFonts? fonts, string? size, params OpenXmlElement[] paragraph)
    {
        var run = new StyleRunProperties();
        if (fonts is not null)
        {
            run.Append(fonts);
        }

        if (size is not null)
        {
            run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(paragraph),
            run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
    }

    // The first line of a paragraph of text starts two characters in (首行缩进2字符).
    private static Indentation Indent() => new() { FirstLineChars = 200, FirstLine = (2 * CharacterWidth).ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static RunFonts Fonts(string eastAsia) => new() { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = eastAsia };

    // charset 86 is GB2312.
    private static Font FontEntry(string name, string substitute, FontFamilyValues family) => new(
        new AltName { Val = substitute },
        new FontCharSet { Val = "86" },
        new FontFamily { Val = family },
        new Pitch { Val = FontPitchValues.Variable })
    {
        Name = name,
    };
}
