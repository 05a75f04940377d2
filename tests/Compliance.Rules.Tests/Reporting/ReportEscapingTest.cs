using System.Text.Json;
using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Reporting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using static Compliance.Rules.Tests.Reporting.ReportFixture;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>
/// Names from hostile facts in every report format: shown, never obeyed by a terminal (Markdown), never run as a formula
/// by a spreadsheet (CSV, xlsx), kept exactly and escaped (JSON).
/// </summary>
public class ReportEscapingTest
{
    private static readonly string[] Names =
    [
        "清屏\u001B[2J\u0007响铃",
        "空\u0000字符",
        "\u202Eexe.txt",
        "=HYPERLINK(\"http://evil.example\",\"点我\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1)",
        "\t制表",
        "换行\n竖线|名称",
        "-1.5",
        "C1\u009B控制",
    ];

    private static readonly Lazy<BatchReport> Hostile = new(() =>
    {
        var batch = FactBatch.Of(
            Names.Select((name, i) => (Subject)new NewMediaAccount($"A{i}", name, "某局", "微信订阅号", "某单位", AccountStatus.Active)),
            Names.Select((_, i) => (Observation)new Publication($"P{i}", $"A{i}", null, new LocalDate(2024, 5, 1), "旧文")));
        return BatchReport.Create(Compiled.Evaluate(batch, AsOf), Compiled.Revision, batch);
    });

    [Fact]
    public void Hostile_EveryNameIsInTheFailedAccountsTable() =>
        Hostile.Value.FailedAccounts!.Rows.Select(r => r[1]).Should().BeEquivalentTo(Names);

    [Fact]
    public void Markdown_ControlCharacters_AreShownAsSymbolsNotWrittenRaw()
    {
        var text = Write(ReportFormat.Markdown);

        text.Where(c => c != '\n' && (char.IsControl(c) || c is '\u202E')).Should().BeEmpty();
        text.Should().Contain("清屏␛[2J␇响铃").And.Contain("空␀字符").And.Contain("\\u202Eexe.txt").And.Contain("C1\\u009B控制");
    }

    [Fact]
    public void Markdown_LineBreakAndPipeInAName_KeepTheTableWhole()
    {
        var text = Write(ReportFormat.Markdown);

        var rows = text.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        rows.Should().Contain(r => r.Contains("| 换行 竖线\\|名称 |", StringComparison.Ordinal));
        var columns = rows[0].Split(" | ").Length;
        rows.Where(r => r.Contains("某局", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.Replace("\\|", string.Empty, StringComparison.Ordinal).Split(" | ").Length == columns);
    }

    [Fact]
    public void Csv_TextCellsThatLookLikeFormulas_StartWithAnApostrophe()
    {
        var rows = CsvParser.Parse(Write(ReportFormat.Csv), []).Select(r => r.Cells).ToList();

        var names = rows.Where(r => r.Length > 2 && r[2] == "某局").Select(r => r[1]).ToList();
        names.Should().Contain([
            "'=HYPERLINK(\"http://evil.example\",\"点我\")",
            "'+cmd|' /C calc'!A0",
            "'-2+3",
            "'@SUM(1)",
            "'\t制表",
            "-1.5",
            "换行\n竖线|名称",
            "清屏␛[2J␇响铃",
        ]);
        rows.Where(r => r.Length > 2 && r[2] == "某局").Select(r => r[0]).Should().OnlyContain(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) > 0, "numbers are written as they are");
    }

    [Fact]
    public void Csv_ScoresAndCounts_AreNotNeutralised()
    {
        var cells = CsvParser.Parse(CsvReportWriterText(Report), []).SelectMany(r => r.Cells);

        cells.Should().NotContain(c => c.StartsWith('\''));
    }

    [Fact]
    public void Json_ControlCharacters_AreEscapedAndTheNamesReadBackExactly()
    {
        var text = Write(ReportFormat.Json);

        text.Where(c => c != '\n' && c != '\r' && (char.IsControl(c) || c is '\u202E')).Should().BeEmpty();
        text.Should().Contain("\\u001B[2J\\u0007");
        using var document = JsonDocument.Parse(text);
        var table = document.RootElement.GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("title").GetString()!.StartsWith("附件1", StringComparison.Ordinal));
        table.GetProperty("rows").EnumerateArray().Select(r => r[1].GetString()).Should().BeEquivalentTo(Names);
    }

    [Fact]
    public void Xlsx_HostileNames_AreTextCellsAndNeverFormulas()
    {
        using var stream = new MemoryStream();

        XlsxReportWriter.Write(Hostile.Value, stream);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var cells = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        cells.Should().NotContain(c => c.CellFormula != null);
        cells.Should().OnlyContain(c => c.DataType!.Value == CellValues.SharedString || c.DataType!.Value == CellValues.Number);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        strings.Should().Contain("=HYPERLINK(\"http://evil.example\",\"点我\")");
        strings.Should().Contain("清屏_x001B_[2J_x0007_响铃", "XML cannot hold an ESC: Excel's own escape stands for it");
    }

    [Fact]
    public void Docx_HostileNames_AreTextShownVisiblyAndNeverFields()
    {
        using var stream = new MemoryStream();

        DocxNoticeWriter.Write(Hostile.Value, stream);

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        body.Descendants<Word.SimpleField>().Should().BeEmpty("the only field is the page number, in the footer");
        body.Descendants<Word.FieldCode>().Should().BeEmpty();
        var names = body.Descendants<Word.Table>().First().Elements<Word.TableRow>().Skip(1).Select(r => r.Elements<Word.TableCell>().ElementAt(1).InnerText).ToList();
        names.Should().Contain(["=HYPERLINK(\"http://evil.example\",\"点我\")", "+cmd|' /C calc'!A0", "清屏␛[2J␇响铃", "空␀字符", "\\u202Eexe.txt", "换行 竖线|名称", " 制表", "C1\\u009B控制"]);
        body.InnerText.Where(c => char.IsControl(c) || c is '\u202E').Should().BeEmpty();
    }

    [Fact]
    public void Xlsx_TextThatLooksLikeAnEscape_IsEscapedItself()
    {
        XlsxReportWriter.XmlText("a_x0041_b\u0001").Should().Be("a_x005F_x0041_b_x0001_");
    }

    private static string Write(ReportFormat format)
    {
        using var writer = new StringWriter();
        ReportWriter.Write(Hostile.Value, format, writer);
        return writer.ToString();
    }

    private static string CsvReportWriterText(BatchReport report)
    {
        using var writer = new StringWriter();
        ReportWriter.Write(report, ReportFormat.Csv, writer);
        return writer.ToString();
    }
}
