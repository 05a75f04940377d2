using System.Globalization;
using System.Text.Json;
using Compliance.Rules.Tests.Cli;
using Compliance.Rules.Tests.Xjbt;
using DocumentFormat.OpenXml.Packaging;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary>
/// The <c>forecast</c> command and <c>evaluate --warn</c>: the example (see <see cref="ForecastExample"/>), the
/// bundled 2024 Q2 sample in every format, and the refusals.
/// </summary>
public sealed class ForecastCommandTest : IDisposable
{
    private const string ExampleFacts =
        """
        websites:
          - { id: W1, name: 第一师阿拉尔市, organiser: 第一师阿拉尔市党政办, is_portal: true, provides_external_services: true, level: 市级 }
        new_media:
          - { id: A1, name: 阿拉尔发布, operator: 第一师阿拉尔市融媒体中心, account_type: 微信订阅号, unit: 第一师阿拉尔市, status: 正常 }
        observations:
          publication:
            - { id: p1, subject_id: A1, published: 2024-06-20, title: 防汛工作部署 }
          message:
            - { id: m1, subject_id: W1, channel: 我为政府网站找错, received: "2024-06-25 10:00" }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"forecast-{Guid.NewGuid():N}");

    public ForecastCommandTest() => Directory.CreateDirectory(_folder);

    private string Example
    {
        get
        {
            var file = Path.Combine(_folder, "facts.yaml");
            File.WriteAllText(file, ExampleFacts);
            return file;
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Forecast_Example_ListsTheMessageOn0629ThenTheAccountOn0705()
    {
        var (exit, output, error) = CliRun.Run("forecast", "--rules", "builtin:xjbt-2024", "--facts", Example, "--as-of", "2024-06-27", "--days", "14", "--assume-complete");

        exit.Should().Be(0, error);
        var lines = CliRun.Lines(output);
        lines[0].Should().Be("# 预警：如无新情况，未来14天的预计变化");

        // The site is vetoed already (nothing else about it is known, and the facts are read as complete).
        var warnings = lines.SkipWhile(l => !l.StartsWith("## 预警名单", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("## 待答复留言", StringComparison.Ordinal));
        var rows = warnings.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsAsciiDigit(l[2])).ToList();
        rows.Should().HaveCount(3);

        // The national row W-D4g (3 working days, −1 per message), in the default wording, then the 兵团 notice in its own.
        rows[0].Should().Be("| 1 | 6月29日 | 第一师阿拉尔市党政办 | 第一师阿拉尔市 | 政府网站 | W-D4g “我为政府网站找错”（留言办理） | 将于6月29日因“我为政府网站找错”留言超过3个工作日未答复扣1分 | 2 | 1 | 不合格 |  | 是 |");
        rows[1].Should().Be("| 2 | 6月29日 | 第一师阿拉尔市党政办 | 第一师阿拉尔市 | 政府网站 | XJ-ZC-2 “我为政府网站找错”留言超时未答复 | “我为政府网站找错”留言将于6月29日起逾期：6月25日收到，答复期限6月28日，还剩1个工作日 | 2 | 1 | 不合格 |  | 是 |");
        rows[2].Should().StartWith("| 3 | 7月5日 | 第一师阿拉尔市 | 阿拉尔发布 | 政务新媒体 | NM-V2 内容不更新 | 距超14天未更新还有8天（7月5日起不合格） | 8 | 5 | 不合格 |  | 否 |");
        lines.Should().Contain("| 1 | 第一师阿拉尔市党政办 | 第一师阿拉尔市 | 我为政府网站找错 | 6月25日 10:00 | 6月28日 | 1 | XJ-ZC-2 | 6月29日起逾期 |");
    }

    [Fact]
    public void EvaluateWarn_Example_AddsTheDueWarningOnlyAndKeepsTheReport()
    {
        var plain = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", Example, "--as-of", "2024-06-27", "--assume-complete");
        var (exit, output, error) = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", Example, "--as-of", "2024-06-27", "--assume-complete", "--warn");

        exit.Should().Be(plain.Exit, error);
        output.Should().StartWith(plain.Output.TrimEnd());
        var section = output[plain.Output.TrimEnd().Length..];
        section.Should().Contain("## 预警（6月27日核查，按各指标的提前预警期）");
        section.Should().Contain("| 1 | 6月29日 | 第一师阿拉尔市党政办 | 第一师阿拉尔市 | 政府网站 | W-D4g ");
        section.Should().Contain("| 2 | 6月29日 | 第一师阿拉尔市党政办 | 第一师阿拉尔市 | 政府网站 | XJ-ZC-2 ");

        // The account fails in 8 days; NM-V2 warns 3 days ahead, so it is not announced yet.
        section.Should().NotContain("NM-V2");
        plain.Output.Should().NotContain("预警");
    }

    [Fact]
    public void EvaluateWarn_SampleAsJson_StillValidatesAgainstTheReportSchemaWithThe预警Table()
    {
        var (exit, output, error) = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", "--format", "json", "--warn");

        exit.Should().Be(0, error);
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.Rules, "schema", "report.schema.json")), new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        using var json = JsonDocument.Parse(output);
        schema.Evaluate(json.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List }).IsValid.Should().BeTrue();

        // The accounts failing within NM-V2's 3 days: last post 6月13日 to 6月15日 (failing 6月28日 to 6月30日).
        var due = SampleAccounts.LastPostsOfActiveAccounts().Count(p => p.Value >= new DateTime(2024, 6, 13) && p.Value <= new DateTime(2024, 6, 15));
        var table = json.RootElement.GetProperty("tables").EnumerateArray().Last();
        table.GetProperty("title").GetString().Should().Be("预警（6月27日核查，按各指标的提前预警期）");
        table.GetProperty("rows").GetArrayLength().Should().Be(due);
    }

    [Fact]
    public void Forecast_SampleAsJson_ValidatesAgainstTheSchemaAndListsTheAccountsFailingBy0711()
    {
        var (exit, output, error) = CliRun.Run("forecast", "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", "--format", "json");

        exit.Should().Be(0, error);
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.Rules, "schema", "forecast.schema.json")), new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        using var json = JsonDocument.Parse(output);
        schema.Evaluate(json.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List }).IsValid.Should().BeTrue();

        // An active account passing on 6月27日 with its last post on day d fails on d + 15, within the 14 days when d ≤ 6月26日.
        var expected = SampleAccounts.LastPostsOfActiveAccounts().Where(p => p.Value >= new DateTime(2024, 6, 13) && p.Value <= new DateTime(2024, 6, 26))
            .ToDictionary(p => p.Key, p => p.Value.AddDays(15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var accounts = json.RootElement.GetProperty("subjects").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "new_media")
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("changes")[0].GetProperty("date").GetString());
        accounts.Should().BeEquivalentTo(expected);
        json.RootElement.GetProperty("summary")[1].GetProperty("newly_failing").GetInt32().Should().Be(expected.Count);
    }

    [Fact]
    public void Forecast_SampleAsCsv_StartsWithTheSummaryTable()
    {
        var (exit, output, error) = CliRun.Run("forecast", "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", "--format", "csv");

        exit.Should().Be(0, error);
        // On standard output too, CSV starts with a UTF-8 byte order mark, as evaluate's does.
        var lines = output.Split("\r\n");
        lines[0].Should().Be("\uFEFF预警概况");
        lines[1].Should().Be("检查对象,当前合格,当前不合格,预计7月11日合格,预计7月11日不合格,新增不合格,结果有变化,预警,进入预警期");
        lines[3].Should().StartWith("政务新媒体,610,8,");
    }

    [Fact]
    public void Forecast_SampleAsXlsx_WritesOneSheetPerTable()
    {
        var file = Path.Combine(_folder, "forecast.xlsx");

        var (exit, _, error) = CliRun.Run("forecast", "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", "--format", "xlsx", "--out", file);

        exit.Should().Be(0, error);
        using var workbook = SpreadsheetDocument.Open(file, false);
        workbook.WorkbookPart!.WorksheetParts.Should().HaveCount(4);
    }

    [Theory]
    [InlineData("0", "--days 0 is not a number of days to look ahead: expected 1 to 366")]
    [InlineData("367", "--days 367 is not a number of days to look ahead: expected 1 to 366")]
    public void Forecast_DaysOutOfRange_IsRefusedWithExitCode1(string days, string message)
    {
        var (exit, output, error) = CliRun.Run("forecast", "--rules", "builtin:xjbt-2024", "--facts", Example, "--as-of", "2024-06-27", "--days", days);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be($"error: {message}{Environment.NewLine}");
    }

    [Fact]
    public void Forecast_XlsxWithoutOut_IsRefused()
    {
        var (exit, _, error) = CliRun.Run("forecast", "--rules", "builtin:xjbt-2024", "--facts", Example, "--as-of", "2024-06-27", "--format", "xlsx");

        exit.Should().Be(1);
        error.Should().Contain("give the file to write with --out");
    }

    [Fact]
    public void Forecast_PastTheCalendar_IsRefusedWithExitCode1()
    {
        // cn-xj ends on 2026-12-31: a forecast from 2026-12-25 over 14 days would count working days beyond it.
        var (exit, output, error) = CliRun.Run("forecast", "--rules", "builtin:xjbt-2024", "--facts", Example, "--as-of", "2026-12-25", "--days", "14");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith("error: ").And.Contain("2027-01-08").And.Contain("cn-xj");
    }

    [Fact]
    public void Forecast_FactsWithErrors_ForecastsNothingAndExitsWith2()
    {
        var file = Path.Combine(_folder, "broken.yaml");
        File.WriteAllText(file, ExampleFacts.Replace("published: 2024-06-20", "published: 2024-06-31", StringComparison.Ordinal));

        var (exit, output, error) = CliRun.Run("forecast", "--rules", "builtin:xjbt-2024", "--facts", file, "--as-of", "2024-06-27");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("CR3006").And.Contain("nothing was evaluated");
    }
}
