using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Tests.Xjbt;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>
/// The workbook of the bundled sample (the README's main command as xlsx) is ready to print: rates are numbers shown as
/// percentages, every sheet prints on A4 one page wide with its title and column titles repeated on every page, the
/// column titles stay in sight on screen, and columns are as wide as their text. Expected figures are the notice's.
/// </summary>
public sealed class XlsxPrintTest : IDisposable
{
    private static readonly Lazy<byte[]> Sample = new(() =>
    {
        using var stream = new MemoryStream();
        XlsxReportWriter.Write(Xjbt2024Q2NoticeTest.Report, stream);
        return stream.ToArray();
    });

    private readonly MemoryStream _stream = new(Sample.Value, writable: false);
    private readonly SpreadsheetDocument _document;

    public XlsxPrintTest() => _document = SpreadsheetDocument.Open(_stream, false);

    private WorkbookPart Workbook => _document.WorkbookPart!;

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    [Fact]
    public void Sample_IsAValidWorkbook()
    {
        new OpenXmlValidator().Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
    }

    [Fact]
    public void Summary_FailuresAndPassRatesAreSeparateNumbers_RatesShownAsPercentages()
    {
        // 总体情况: 检查对象 检查数 合格 不合格 无法评估 合格率 …; the notice: 41 websites, all passed; 618 accounts, 8 failed.
        var rows = Rows("总体情况");

        var websites = rows[2];
        var accounts = rows[3];
        Number(websites[3]).Should().Be(0m);
        Number(websites[5]).Should().Be(1m);
        Format(websites[5]).Should().Be("0%");
        Number(accounts[3]).Should().Be(8m);
        Number(accounts[5]).Should().Be(0.9871m, "610 of 618 passed: 98.71%");
        Format(accounts[5]).Should().Be("0.00%");
        Column("总体情况", 4).Should().BeGreaterThanOrEqualTo(8, "不合格 is three Chinese characters, six digits wide, with room beside it");
    }

    [Fact]
    public void Messages_OnTimeRateIsAPercentage()
    {
        var rows = Rows("留言办理情况");

        rows[2][1].InnerText.Should().Be("12", "the notice's 12 “我为政府网站找错” messages");
        Number(rows[2][5]).Should().Be(1m);
        Format(rows[2][5]).Should().Be("0%");
    }

    [Fact]
    public void EverySheet_RepeatsItsTitleAndColumnTitlesOnEveryPrintedPage()
    {
        var sheets = Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

        var titles = Workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();

        sheets.Should().Equal("检查说明", "总体情况", "留言办理情况", "附件1", "附件2");
        titles.Select(d => (d.LocalSheetId!.Value, d.Text)).Should().Equal(sheets.Select((name, i) => ((uint)i, $"'{name}'!$1:$2")));
    }

    [Theory]
    [InlineData("附件1", "A1:H1")]
    [InlineData("附件2", "A1:D1")]
    [InlineData("总体情况", "A1:H1")]
    public void Title_SpansTheTable(string sheet, string merged)
    {
        Worksheet(sheet).Descendants<MergeCell>().Select(m => m.Reference!.Value).Should().Equal(merged);
    }

    [Theory]
    [InlineData("附件1", "landscape")]
    [InlineData("附件2", "portrait")]
    [InlineData("总体情况", "portrait")]
    public void EverySheet_PrintsOnA4OnePageWide(string sheet, string orientation)
    {
        var worksheet = Worksheet(sheet);

        var setup = worksheet.GetFirstChild<PageSetup>()!;

        setup.PaperSize!.Value.Should().Be(9u, "9 is A4");
        setup.FitToWidth!.Value.Should().Be(1u);
        setup.FitToHeight!.Value.Should().Be(0u, "0: as many pages down as the table needs");
        worksheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue();
        setup.Orientation!.InnerText.Should().Be(orientation);
    }

    [Fact]
    public void EverySheet_FreezesTheTitleAndColumnTitles()
    {
        foreach (var part in Workbook.WorksheetParts)
        {
            var pane = part.Worksheet.Descendants<Pane>().Single();
            pane.State!.Value.Should().Be(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.Should().Be(2);
            pane.TopLeftCell!.Value.Should().Be("A3");
        }
    }

    [Fact]
    public void Attachment1_ColumnsAreAsWideAsTheirText_ChineseCountingDouble()
    {
        // 新疆兵团第一师自然资源和规划局 and 第一师阿拉尔市自然资源和规划局 are 15 characters: 30 digits; 6月13日起未更新 is 15.
        Column("附件1", 1).Should().BeGreaterThanOrEqualTo(30);
        Column("附件1", 2).Should().BeGreaterThanOrEqualTo(30);
        Column("附件1", 7).Should().BeGreaterThanOrEqualTo(15);
        Column("附件1", 0).Should().BeGreaterThanOrEqualTo(4).And.BeLessThan(10, "序号 holds 1 to 8");
    }

    private List<Cell[]> Rows(string sheet) => [.. Worksheet(sheet).Descendants<Row>().Select(r => r.Elements<Cell>().ToArray())];

    private Worksheet Worksheet(string sheet)
    {
        var entry = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        return ((WorksheetPart)Workbook.GetPartById(entry.Id!)).Worksheet;
    }

    private double Column(string sheet, int index) =>
        Worksheet(sheet).Descendants<Column>().Single(c => c.Min!.Value == index + 1).Width!.Value;

    private static decimal Number(Cell cell)
    {
        cell.DataType!.Value.Should().Be(CellValues.Number);
        return decimal.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Format(Cell cell) => WorkbookReader.FormatCode(cell, Workbook);
}
