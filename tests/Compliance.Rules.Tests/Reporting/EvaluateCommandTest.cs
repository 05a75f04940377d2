using System.CommandLine;
using Compliance.Rules.Cli.Commands;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Tests.Xjbt;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>The <c>evaluate</c> command, run in process with captured output.</summary>
public sealed class EvaluateCommandTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "evaluate-cli-" + Guid.NewGuid().ToString("N"));

    public EvaluateCommandTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Evaluate_BundledSampleAsMarkdown_PrintsTheNoticesTables()
    {
        var (exit, output, error) = Run(interactive: false, "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", "--format", "md");

        exit.Should().Be(0, error);
        error.Should().BeEmpty("a redirected run shows no progress");
        output.Should().StartWith("# 政府网站与政务新媒体检查结果");
        output.Should().Contain("- 政府网站：检查41个，合格41个，不合格0个，合格率100%。");
        output.Should().Contain("| 6 | 第六师自然资源和规划局 | 第六师五家渠市自然资源和规划局 | 微信订阅号 | 第六师五家渠市 | 不合格 | 超14天未更新 | 6月13日起未更新 |");
        output.Should().Contain("| 18 | 新疆生产建设兵团自然资源局 | 否 | 100.4 |");
    }

    [Fact]
    public void Evaluate_FactsWithErrors_PrintsEveryErrorAndEvaluatesNothing()
    {
        File.WriteAllText(Path.Combine(_folder, "new_media.csv"), "账号编号,账号名称,开设主体,账号类型,单位,账号状态\nA1,兵团禁毒,兵团公安局禁毒总队,微信订阅号,兵团公安局,正常\nA1,重复,某局,微信订阅号,某单位,正常\n");
        File.WriteAllText(Path.Combine(_folder, "publications.csv"), "对象编号,发布日期,标题\nA1,6/10/2024,推文\nA9,2024-06-10,推文\n");

        var (exit, output, error) = Run(interactive: false, "--rules", "builtin:xjbt-2024", "--facts", _folder, "--as-of", "2024-06-27");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4);
        lines[0].Should().Contain("new_media.csv:3:1: error CR3001");
        lines[1].Should().Contain("publications.csv:2:2: error CR3006");
        lines[2].Should().Contain("publications.csv:3:1: error CR3003");
        lines[3].Should().Be($"error: 3 problem(s) in the facts '{_folder}': nothing was evaluated");
    }

    [Fact]
    public void Evaluate_UnknownRuleSet_PrintsTheDiagnostic()
    {
        var (exit, output, error) = Run(interactive: false, "--rules", "builtin:no-such", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("no-such");
    }

    [Theory]
    [InlineData("--as-of", "2024/06/27", "is not a date")]
    [InlineData("--format", "pdf", "is not a report format")]
    public void Evaluate_ArgumentThatCannotBeUsed_Fails(string option, string value, string message)
    {
        var args = new List<string> { "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, _, error) = Run(interactive: false, [.. args]);

        exit.Should().Be(1);
        error.Should().Contain(message);
    }

    [Fact]
    public void Evaluate_XlsxWithoutOut_AsksForAFile()
    {
        var (exit, output, error) = Run(interactive: false, "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", "--format", "xlsx");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("--out");
    }

    [Fact]
    public void Evaluate_XlsxToAFile_WritesAWorkbookWithTheNoticesTables()
    {
        var file = Path.Combine(_folder, "报告.xlsx");

        var (exit, output, error) = Run(interactive: false, "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", "--format", "xlsx", "--out", file);

        exit.Should().Be(0, error);
        output.Should().BeEmpty();
        using var stream = File.OpenRead(file);
        var sheets = ReportWriterTest.ReadWorkbook(stream);
        sheets.Select(s => s.Name).Should().Equal("检查说明", "总体情况", "留言办理情况", "附件1", "附件2");
        var scores = sheets.Single(s => s.Name == "附件2").Rows;
        scores.Should().HaveCount(2 + 21);
        scores[2].Should().Equal("1", "新疆生产建设兵团", "是", "114.0");
        scores[^1].Should().Equal("21", "新疆生产建设兵团农业农村局", "否", "100.0");
        sheets.Single(s => s.Name == "附件1").Rows.Should().HaveCount(2 + 8);
    }

    [Fact]
    public void Evaluate_InteractiveTerminal_ShowsProgressOnStandardError()
    {
        var file = Path.Combine(_folder, "report.json");

        var (exit, _, error) = Run(interactive: true, CliLanguage.Chinese, "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", "--format", "json", "--out", file);

        exit.Should().Be(0, error);
        error.Should().Contain("\r已评估 659/659（100%）\n").And.EndWith($"已写入 {file}\n");
        File.ReadAllText(file).Should().Contain("\"id\": \"xjbt-2024\"");
    }

    private static (int Exit, string Output, string Error) Run(bool interactive, params string[] args) => Run(interactive, CliLanguage.English, args);

    private static (int Exit, string Output, string Error) Run(bool interactive, CliLanguage language, params string[] args)
    {
        var root = new RootCommand { EvaluateCommand.Create(language, () => interactive) };
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = root.Parse(["evaluate", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
