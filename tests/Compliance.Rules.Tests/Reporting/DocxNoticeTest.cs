using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Tests.Xjbt;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>
/// The Word draft of the notice for the bundled sample (the README's main command as docx), opened with the Open XML SDK:
/// its text holds the summary sentences of the 兵团 2024 Q2 notice (shared/seeds/000_d569b85eec7fbc67.txt) as far as the
/// data gives them, both attachments are tables with the notice's rows, what a person must write is highlighted, and the
/// layout is that of an official document. Expected texts are typed from the notice.
/// </summary>
public sealed class DocxNoticeTest : IDisposable
{
    private static readonly Lazy<byte[]> Sample = new(() =>
    {
        using var stream = new MemoryStream();
        DocxNoticeWriter.Write(Xjbt2024Q2NoticeTest.Report, stream);
        return stream.ToArray();
    });

    private readonly MemoryStream _stream = new(Sample.Value, writable: false);
    private readonly WordprocessingDocument _document;

    public DocxNoticeTest() => _document = WordprocessingDocument.Open(_stream, false);

    private Body Body => _document.MainDocumentPart!.Document.Body!;

    private List<string> Paragraphs => [.. Body.Elements<Paragraph>().Select(p => p.InnerText)];

    private string Text => string.Join("\n", Paragraphs);

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    [Fact]
    public void Sample_IsAValidDocument()
    {
        new OpenXmlValidator().Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
    }

    [Theory]
    [InlineData("一、检查的总体情况")]
    [InlineData("第二季度，政府网站总体合格率为100%。")]
    [InlineData("扣分指标分值为100分")]
    [InlineData("加分指标分值为30分")]
    [InlineData("21个政府网站达到加分标准予以加分")]
    [InlineData("截至2024年6月27日，共收到“我为政府网站找错”留言12条")]
    [InlineData("共有8个政务新媒体存在问题")]
    [InlineData("存在的问题")]
    [InlineData("三、工作建议")]
    [InlineData("附件：1.检查发现存在突出问题的政务新媒体名单")]
    [InlineData("检查发现存在突出问题的政务新媒体名单（6月27日核查结果）")]
    public void Sample_HasTheNoticesSentences(string sentence)
    {
        Text.Should().Contain(sentence);
    }

    [Fact]
    public void Sample_StatesThePassRateTheDataGives()
    {
        // The notice prints 98.87%, but 8 failing accounts of 618 give 610/618 = 98.71% (see the README).
        Text.Should().Contain("对618个政务新媒体进行了检查").And.Contain("政务新媒体总体合格率为98.71%。");
    }

    [Fact]
    public void Sample_ProblemsAreTheFindingsByIndicator()
    {
        Paragraphs.Should().Contain("1. 内容不更新（单项否决）：8个政务新媒体，超14天未更新。涉及：兵团禁毒、军垦警苑、第一师阿拉尔市河长制工作、新疆兵团第一师自然资源和规划局、二师统计调查等8个。");
    }

    [Fact]
    public void Attachment1_IsTheTableOfTheEightFailingAccounts()
    {
        var (label, title, rows) = Attachment(0);

        label.Should().Be("附件1");
        title.Should().Be("检查发现存在突出问题的政务新媒体名单（6月27日核查结果）");
        rows.Should().HaveCount(1 + 8);
        rows[0].Should().Equal("序号", "账号名称", "开设主体", "账号类型", "单位", "检查结果", "不合格原因", "备注");
        rows[1].Should().Equal("1", "兵团禁毒", "兵团公安局禁毒总队", "微信订阅号", "兵团公安局", "不合格", "超14天未更新", "6月11日起未更新");
        rows[8].Should().Equal("8", "第十四师医疗保障局", "第十四师昆玉市医疗保障局", "微信订阅号", "第十四师昆玉市", "不合格", "超14天未更新", "6月7日起未更新");
    }

    [Fact]
    public void Attachment2_IsTheScoreTableOf21Websites()
    {
        var (label, title, rows) = Attachment(1);

        label.Should().Be("附件2");
        title.Should().Be("政府网站得分情况");
        rows.Should().HaveCount(1 + 21);
        rows[0].Should().Equal("序号", "网站名称", "是否门户", "得分");
        rows[1].Should().Equal("1", "新疆生产建设兵团", "是", "114.0");
        rows[18].Should().Equal("18", "新疆生产建设兵团自然资源局", "否", "100.4");
        rows[21].Should().Equal("21", "新疆生产建设兵团农业农村局", "否", "100.0");
    }

    [Fact]
    public void Tables_RepeatTheirColumnTitlesOnEveryPage()
    {
        Body.Elements<Table>().Should().HaveCount(2)
            .And.OnlyContain(t => t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>() != null);
    }

    [Fact]
    public void Placeholders_AreHighlightedAndTheFiguresAreNot()
    {
        var runs = Body.Descendants<Run>().ToList();

        var placeholders = runs.Where(r => r.InnerText.Contains('【', StringComparison.Ordinal)).ToList();

        placeholders.Select(r => r.InnerText).Should().Contain(["【发文机关】", "【主送机关，如：各市、各有关部门】", "【发文机关署名】", "【成文日期】"]);
        placeholders.Should().OnlyContain(r => r.RunProperties!.Highlight!.Val!.Value == HighlightColorValues.Yellow);
        runs.Where(r => r.InnerText.Contains("98.71%", StringComparison.Ordinal) || r.InnerText.Contains("114.0", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(r => r.RunProperties == null || r.RunProperties.Highlight == null);
        Paragraphs[0].Should().Be("【发文机关】关于2024年第二季度【地区】政府网站与政务新媒体检查情况的通报");
    }

    [Theory]
    [InlineData("NoticeTitle", "方正小标宋简体", "44")]
    [InlineData("NoticeHeading1", "黑体", null)]
    [InlineData("NoticeHeading2", "楷体_GB2312", null)]
    [InlineData("NoticeTableHeader", "黑体", "28")]
    [InlineData("NoticeTableText", null, "28")]
    public void Styles_AreTheFontsAndSizesOfAnOfficialDocument(string style, string? font, string? halfPoints)
    {
        // GB/T 9704: the title in 二号 (22 pt) 小标宋, the text in 三号 (16 pt) 仿宋_GB2312, headings in 黑体 and 楷体; tables in 四号 (14 pt).
        var styles = _document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var run = styles.Elements<Style>().Single(s => s.StyleId == style).StyleRunProperties!;

        (run.RunFonts?.EastAsia?.Value ?? defaults.RunFonts!.EastAsia!.Value).Should().Be(font ?? "仿宋_GB2312");
        (run.FontSize?.Val?.Value ?? defaults.FontSize!.Val!.Value).Should().Be(halfPoints ?? "32");
    }

    [Fact]
    public void Pages_AreA4_Attachment1Landscape()
    {
        var sections = Body.Descendants<SectionProperties>().Select(s => s.GetFirstChild<PageSize>()!).ToList();

        sections.Select(s => (s.Width!.Value, s.Height!.Value)).Should().Equal((11906u, 16838u), (16838u, 11906u), (11906u, 16838u));
    }

    [Fact]
    public void Footer_HasThePageNumberField()
    {
        var footer = _document.MainDocumentPart!.FooterParts.Single().Footer!;

        footer.Descendants<SimpleField>().Single().Instruction!.Value!.Trim().Should().Be("PAGE");
        footer.InnerText.Should().StartWith("— ").And.EndWith(" —");
    }

    // An attachment: its label paragraph (附件1), its title paragraph, and its table as rows of cell texts.
    private (string Label, string Title, List<string[]> Rows) Attachment(int index)
    {
        var table = Body.Elements<Table>().ElementAt(index);
        var before = table.ElementsBefore().OfType<Paragraph>().TakeLast(2).Select(p => p.InnerText).ToList();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        return (before[0], before[1], rows);
    }
}
