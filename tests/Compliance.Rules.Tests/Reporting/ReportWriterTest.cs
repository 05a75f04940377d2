using System.Text;
using System.Text.Json;
using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Reporting;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Json.Schema;
using static Compliance.Rules.Tests.Reporting.ReportFixture;
using SchemaEvaluationOptions = Json.Schema.EvaluationOptions;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>Every format (Markdown, CSV, JSON, and the tool's xlsx) shows the same tables, with Chinese text readable as it is.</summary>
public class ReportWriterTest
{
    private static readonly Lazy<JsonSchema> ReportSchema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.Rules, "schema", "report.schema.json"))));

    [Theory]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("Markdown", ReportFormat.Markdown)]
    [InlineData("csv", ReportFormat.Csv)]
    [InlineData("JSON", ReportFormat.Json)]
    public void TryParseFormat_KnownName_GivesTheFormat(string name, ReportFormat expected)
    {
        ReportWriter.TryParseFormat(name, out var format).Should().BeTrue();
        format.Should().Be(expected);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("xlsx")]
    [InlineData(null)]
    public void TryParseFormat_NotATextFormat_Fails(string? name)
    {
        ReportWriter.TryParseFormat(name, out _).Should().BeFalse();
    }

    [Fact]
    public void Markdown_HasTheSummarySentencesAndEveryListAsATable()
    {
        var text = Text(ReportFormat.Markdown);

        text.Should().Contain("- 核查日期：2024年6月27日");
        text.Should().Contain("- 政府网站：检查6个，合格4个，不合格2个，合格率66.67%。");
        text.Should().Contain("- 政务新媒体：检查4个，合格2个，不合格2个，合格率50%。");
        text.Should().Contain("- “我为政府网站找错”留言：收到4条，按期答复1条，逾期2条，未到期待答复1条，按期答复率25%。");
        text.Should().Contain("## 附件1 检查发现存在突出问题的政务新媒体名单（6月27日核查结果）\n\n| 序号 | 账号名称 | 开设主体 | 账号类型 | 单位 | 检查结果 | 不合格原因 | 备注 |\n|---:|---|---|---|---|---|---|---|\n| 1 | 兵团禁毒 | 兵团公安局禁毒总队 | 微信订阅号 | 兵团公安局 | 不合格 | 超14天未更新 | 6月11日起未更新 |\n");
        text.Should().Contain("## 附件2 政府网站得分情况\n\n| 序号 | 网站名称 | 是否门户 | 得分 |\n|---:|---|---|---:|\n| 1 | 门户甲 | 是 | 103.0 |\n| 2 | 门户己 | 是 | 103.0 |\n| 3 | 门户丁 | 是 | 100.0 |\n");
        text.Should().Contain("| 2 | 门户戊 | 是 | 门户戊办公室 | 不合格 | 得分低于合格线（55.0分） |  |");
    }

    [Fact]
    public void Markdown_EmptyList_SaysNone()
    {
        var report = BatchReport.Create(Compiled.Evaluate(Compliance.Rules.Facts.FactBatch.Of([], []), AsOf), Compiled.Revision, Compliance.Rules.Facts.FactBatch.Of([], []));
        using var writer = new StringWriter();

        ReportWriter.Write(report, ReportFormat.Markdown, writer);

        writer.ToString().Should().Contain("（6月27日核查结果）\n\n无。\n");
    }

    [Fact]
    public void Markdown_CellWithAPipe_IsEscaped()
    {
        var withPipe = Create(Compiled.Revision.Report);
        var rows = withPipe.FailedAccounts.Rows.Select(r => r[1]);
        rows.Should().NotContain("账号|竖线", "the account posted on 6/13, exactly 14 days before: it passes");

        using var writer = new StringWriter();
        ReportWriter.Write(BatchReport.Create(Compiled.Evaluate(Batch, AsOf.PlusDays(1)), Compiled.Revision, Batch), ReportFormat.Markdown, writer);

        writer.ToString().Should().Contain("| 账号\\|竖线 |");
    }

    [Fact]
    public void Csv_ReadBack_GivesEveryTableUnderItsTitle()
    {
        var text = Text(ReportFormat.Csv);

        var blocks = ReadCsv(text);

        blocks.Should().HaveCount(Report.Tables.Length);
        foreach (var (table, block) in Report.Tables.Zip(blocks))
        {
            block[0].Should().Equal(table.Title);
            block[1].Should().Equal(table.Columns.Select(c => c.Title));
            block.Skip(2).Should().BeEquivalentTo(table.Rows.Select(r => r.ToArray()), o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public void Csv_WrittenToAStream_StartsWithAByteOrderMarkForExcel()
    {
        var bytes = Bytes(ReportFormat.Csv);

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().Be(Text(ReportFormat.Csv));
    }

    [Fact]
    public void Json_ValidatesAgainstTheReportSchema()
    {
        using var document = JsonDocument.Parse(Bytes(ReportFormat.Json));

        var result = ReportSchema.Value.Evaluate(document.RootElement, new SchemaEvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Json_KeepsChineseReadable()
    {
        var text = Text(ReportFormat.Json);

        text.Should().Contain("\"reason\": \"超14天未更新\"").And.Contain("\"verdict\": \"不合格\"");
        text.Should().NotContain("\\u");
    }

    [Fact]
    public void Json_HoldsEveryAssessmentWithItsViolationsAndEvidence()
    {
        using var document = JsonDocument.Parse(Bytes(ReportFormat.Json));
        var root = document.RootElement;
        var assessments = root.GetProperty("assessments").EnumerateArray().ToList();

        root.GetProperty("as_of").GetString().Should().Be("2024-06-27");
        root.GetProperty("revision").GetProperty("id").GetString().Should().Be("report-test");
        assessments.Should().HaveCount(Batch.Subjects.Length);
        var stale = assessments.Single(a => a.GetProperty("subject").GetProperty("id").GetString() == "A1");
        stale.GetProperty("subject").GetProperty("kind").GetString().Should().Be("new_media");
        stale.GetProperty("subject").GetProperty("operator").GetString().Should().Be("兵团公安局禁毒总队");
        var violation = stale.GetProperty("violations").EnumerateArray().Single();
        violation.GetProperty("indicator_id").GetString().Should().Be("R-STALE");
        violation.GetProperty("detail").GetString().Should().Be("6月11日起未更新");
        violation.GetProperty("evidence").GetProperty("values").GetProperty("latest.published").GetString().Should().Be("2024-06-10");
        var late = assessments.Single(a => a.GetProperty("subject").GetProperty("id").GetString() == "W2")
            .GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("indicator_id").GetString() == "R-LATE");
        late.GetProperty("reason").GetString().Should().Be("超过3个工作日答复：期限6月6日，实际用时4个工作日");
        var fact = late.GetProperty("evidence").GetProperty("facts").EnumerateArray().Single();
        fact.GetProperty("type").GetString().Should().Be("message");
        fact.GetProperty("channel").GetString().Should().Be("我为政府网站找错");
        fact.GetProperty("received").GetString().Should().Be("2024-06-03 09:00");
        var portal = assessments.Single(a => a.GetProperty("subject").GetProperty("id").GetString() == "W1");
        portal.GetProperty("total").GetDecimal().Should().Be(103m);
        portal.GetProperty("bonuses").EnumerateArray().Single().GetProperty("points").GetDecimal().Should().Be(5m);
    }

    [Fact]
    public void Xlsx_OpenedAgain_HasOneSheetPerTableWithTheSameCells()
    {
        using var stream = new MemoryStream(Workbook());

        var sheets = ReadWorkbook(stream);

        sheets.Select(s => s.Name).Should().Equal("检查说明", "总体情况", "留言办理情况", "检查发现不合格的政府网站名单", "附件1", "附件2");
        foreach (var (table, sheet) in Report.Tables.Zip(sheets))
        {
            sheet.Rows[0].Should().Equal(table.Title);
            sheet.Rows[1].Should().Equal(table.Columns.Select(c => c.Title));
            sheet.Rows.Skip(2).Should().BeEquivalentTo(table.Rows.Select(r => r.ToArray()), o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public void Xlsx_ScoresAreNumbersShownWithOneDecimal()
    {
        using var stream = new MemoryStream(Workbook());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "附件2");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);

        var score = part.Worksheet.Descendants<Row>().ElementAt(2).Elements<Cell>().Last();

        score.DataType!.Value.Should().Be(CellValues.Number);
        score.CellValue!.Text.Should().Be("103.0");
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)score.StyleIndex!.Value);
        workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value.Should().Be("0.0");
    }

    [Fact]
    public void Write_UndefinedFormat_IsRefused()
    {
        var act = () => ReportWriter.Write(Report, (ReportFormat)99, new StringWriter());

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("附件1 检查发现存在突出问题的政务新媒体名单（6月27日核查结果）", "附件1")]
    [InlineData("总体情况", "总体情况")]
    [InlineData("检查发现不合格的政府网站名单（6月27日核查结果）", "检查发现不合格的政府网站名单")]
    [InlineData("a/b:c*d?[e]\\fghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz01234")]
    public void Xlsx_SheetName_IsShortAndLegal(string title, string expected)
    {
        XlsxReportWriter.SheetName(title).Should().Be(expected);
    }

    internal static List<(string Name, List<string[]> Rows)> ReadWorkbook(Stream stream) => WorkbookReader.Sheets(stream);

    private static List<List<string[]>> ReadCsv(string text)
    {
        var blocks = new List<List<string[]>> { new() };
        using var reader = CsvReader.Create(new StringReader(text), new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false, Separator = ',' }, false);
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            if (cells is [""])
            {
                blocks.Add([]);
                continue;
            }

            blocks[^1].Add(cells);
        }

        return blocks;
    }

    private static string Text(ReportFormat format)
    {
        using var writer = new StringWriter();
        ReportWriter.Write(Report, format, writer);
        return writer.ToString();
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        XlsxReportWriter.Write(Report, stream);
        return stream.ToArray();
    }

    private static byte[] Bytes(ReportFormat format)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(Report, format, stream);
        return stream.ToArray();
    }
}
