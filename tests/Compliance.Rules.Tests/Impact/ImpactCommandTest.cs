using System.Text.Json;
using Compliance.Rules.Tests.Cli;
using Compliance.Rules.Tests.Xjbt;

namespace Compliance.Rules.Tests.Impact;

/// <summary>The <c>impact</c> command on the example, in every format, and its refusals.</summary>
public class ImpactCommandTest
{
    private static string[] Args(params string[] more) =>
        ["impact", "--base", "builtin:xjbt-2024", "--candidate", ImpactSample.Candidate, "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", .. more];

    [Fact]
    public void Impact_Markdown_PrintsTheSummaryFirstThenTheIndicatorThenTheLists()
    {
        var (exit, output, error) = CliRun.Run(Args());

        exit.Should().Be(0, error);
        var lines = CliRun.Lines(output);
        lines[0].Should().Be("# 规则变更影响分析");
        output.Should().Contain("- 政务新媒体：比较618个，新增不合格287个，新增合格0个，得分变化0个，仅问题变化0个；合格率98.71% → 52.27%（合格610个 → 323个）。");
        output.Should().Contain("- 政府网站：比较41个，新增不合格0个，新增合格0个，得分变化0个，仅问题变化0个；合格率100% → 100%（合格41个 → 41个）。");
        output.IndexOf("## 影响概况", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("## 按指标的变化", StringComparison.Ordinal));
        output.IndexOf("## 按指标的变化", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("## 新增不合格账号名单", StringComparison.Ordinal));
        output.IndexOf("## 新增不合格账号名单", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("## 政府网站得分情况（变更前后）", StringComparison.Ordinal));
        lines.Should().Contain("| NM-V2 | 内容不更新 | 287 | 0 | when.none.where.published.within.calendar_days: 14 → 7 |");
    }

    [Fact]
    public void Impact_Json_ListsThe287NewlyFailingAccounts()
    {
        var (exit, output, error) = CliRun.Run(Args("--format", "json"));

        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var subjects = json.RootElement.GetProperty("subjects").EnumerateArray().ToList();
        subjects.Should().HaveCount(287).And.OnlyContain(s => s.GetProperty("change").GetString() == "newly_failing");
        subjects.Select(s => s.GetProperty("id").GetString()).Should().BeEquivalentTo(ImpactSample.AccountsLastPosting8To14DaysBefore());
        json.RootElement.GetProperty("summary")[1].GetProperty("pass_rate_after").GetDecimal().Should().Be(52.27m);
    }

    [Fact]
    public void Impact_Csv_StartsWithAByteOrderMarkAndTheSummaryTable()
    {
        var (exit, output, error) = CliRun.Run(Args("--format", "csv"));

        exit.Should().Be(0, error);
        var lines = output.Split("\r\n");
        lines[0].Should().Be("\uFEFF影响概况", "Excel and WPS read a CSV on standard output as UTF-8 only with its byte order mark");
        lines[3].Should().Be("政务新媒体,618,287,0,0,0,0,98.71%,52.27%");
    }

    [Fact]
    public void Impact_Xlsx_WritesAWorkbookWithOneSheetPerTable()
    {
        var file = Path.Combine(Path.GetTempPath(), $"impact-{Guid.NewGuid():N}.xlsx");
        try
        {
            var (exit, _, error) = CliRun.Run(Args("--format", "xlsx", "--out", file));

            exit.Should().Be(0, error);
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, false);
            document.WorkbookPart!.Workbook.Sheets!.Count().Should().Be(5);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Impact_Docx_IsAClearErrorListingTheFormats()
    {
        var (exit, output, error) = CliRun.Run(Args("--format", "docx", "--out", "x.docx"));

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("error: --format docx writes the draft of a notice, which only evaluate writes: the impact report is written as md, csv, json or xlsx" + Environment.NewLine);
    }

    [Fact]
    public void Impact_CandidateThatDoesNotExist_ExitsTwoWithoutAStackTrace()
    {
        var (exit, _, error) = CliRun.Run(["impact", "--base", "builtin:xjbt-2024", "--candidate", "builtin:no-such", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27"]);

        exit.Should().Be(2);
        error.Should().Contain("error: the rule set 'builtin:no-such' could not be loaded").And.NotContain("   at ");
    }

    [Fact]
    public void Impact_BadDate_ExitsOne()
    {
        var (exit, _, error) = CliRun.Run(["impact", "--base", "builtin:xjbt-2024", "--candidate", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-13-01"]);

        exit.Should().Be(1);
        error.Should().StartWith("error: --as-of '2024-13-01' is not a date");
    }
}
