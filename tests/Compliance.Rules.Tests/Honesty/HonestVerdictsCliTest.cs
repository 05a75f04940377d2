using System.Text;
using Compliance.Rules.Tests.Cli;

namespace Compliance.Rules.Tests.Honesty;

/// <summary>
/// The seven reproductions of the honest-verdicts issue, through the command line on a copy of the bundled 兵团 sample:
/// missing data, inspector findings, deadlines by date, dates past the calendar, plausibility, regional gaps (in the
/// library tests), and no stack trace anywhere.
/// </summary>
public sealed class HonestVerdictsCliTest : IDisposable
{
    private readonly string _facts = Path.Combine(Path.GetTempPath(), "honest-cli-" + Guid.NewGuid().ToString("N"));

    public HonestVerdictsCliTest()
    {
        Directory.CreateDirectory(_facts);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Rules, "xjbt-2024", "samples", "2024q2")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_facts, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        Directory.Delete(_facts, recursive: true);
        if (Directory.Exists(_facts + "-calendars"))
        {
            Directory.Delete(_facts + "-calendars", recursive: true);
        }
    }

    [Fact]
    public void Evaluate_Sample_ShowsCoverageAndProvenanceAndExitsZero()
    {
        var (exit, output, error) = Evaluate();

        exit.Should().Be(0, error);
        output.Should().Contain("- 数据覆盖：已采集：可用性监测、栏目、内容问题、功能检查、人工检查、解读稿抽查、链接检查、留言、页面检查、政策文件抽查、信息发布、搜索测试、办事指南、办事事项抽查、模拟咨询、网站基本信息检查、调查征集；指标所需数据齐全");
        output.Should().MatchRegex("- 来源：规则集 xjbt-2024（内容哈希 [0-9a-f]{12}）；日历 cn-xj（2015-01-01至2026-12-31，数据版本 [0-9a-f]{12}）；Compliance.Rules ");
        // 22 confirmed rows of gb-2019 and the 兵团's four verbatim deadlines; the four derived rows are new-media sub-items.
        output.Should().Contain("- 指标依据：已核对26项、据转录36项、推定4项");
        output.Should().Contain("- 政务新媒体：检查618个，合格610个，不合格8个，合格率98.71%。");
    }

    [Fact]
    public void Evaluate_NoServiceGuidesFile_DoesNotVetoAndSaysWhatWasMissing()
    {
        File.Delete(Path.Combine(_facts, "service_guides.csv"));

        var (exit, output, error) = Evaluate();

        exit.Should().Be(0, error);
        output.Should().Contain("未采集：办事指南（W-V6a、W-V6b、W-V6c未检查）");
        output.Should().Contain("- 政府网站：检查41个，合格41个，不合格0个，合格率100%（其中41个合格结论基于部分数据，见数据覆盖）。");
        output.Should().NotContain("未提供办事服务");
        error.Should().Contain("warning CR5004");
    }

    [Fact]
    public void Evaluate_NoServiceGuidesFileAssumedComplete_VetoesAsBefore()
    {
        File.Delete(Path.Combine(_facts, "service_guides.csv"));

        var (exit, output, _) = Evaluate("--assume-complete");

        exit.Should().Be(0);
        output.Should().Contain("未提供办事服务");
        output.Should().Contain("- 数据覆盖：按完整数据评估");
    }

    [Fact]
    public void Evaluate_FindingForAMeasuredIndicator_IsAPositionedErrorAndNothingIsEvaluated()
    {
        File.WriteAllText(Path.Combine(_facts, "inspector_findings.csv"), "编号,对象编号,指标编号,分值,说明\nF900,W01,W-D1e,20,政策文件栏目未更新\nF901,W01,W-X9,1,编号写错\n", new UTF8Encoding(false));

        var (exit, output, error) = Evaluate();

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("inspector_findings.csv:2:1: error CR3021: inspector finding 'F900' of 'W01': indicator 'W-D1e'");
        error.Should().Contain("inspector_findings.csv:3:1: error CR3020: inspector finding 'F901' of 'W01': revision 'xjbt-2024' has no indicator 'W-X9'");
        error.Should().Contain("nothing was evaluated");
    }

    [Fact]
    public void Evaluate_AnswerOnTheSaturdayAfterTheDeadline_IsCountedOverdue()
    {
        // Received Tue 6/4, deadline Fri 6/7 on cn-xj (3 working days), answered Sat 6/8.
        File.AppendAllText(Path.Combine(_facts, "messages.csv"), "M900,W01,我为政府网站找错,2024-06-04 10:00,2024-06-08 09:00\n", new UTF8Encoding(false));

        var (exit, output, error) = Evaluate();

        exit.Should().Be(0, error);
        output.Should().Contain("- “我为政府网站找错”留言：收到13条，按期答复12条，逾期1条，未到期待答复0条，按期答复率92.31%。");
    }

    [Fact]
    public void Evaluate_MessageDatedPastTheCalendar_ReportsThatSubjectAndExitsThree()
    {
        File.AppendAllText(Path.Combine(_facts, "messages.csv"), "M900,W01,我为政府网站找错,2027-01-04 10:00,\n", new UTF8Encoding(false));

        var (exit, output, error) = Evaluate();

        exit.Should().Be(3);
        output.Should().Contain("- 政府网站：检查41个，合格40个，不合格0个，无法评估1个，合格率100%。");
        output.Should().Contain("| 1 | 新疆生产建设兵团 | 政府网站 | W01 | 无法评估 | 无法评估：2027-01-04 超出日历 cn-xj 的范围（2015-01-01 至 2026-12-31） |");
        error.Should().Contain("error: 1 subject(s) could not be assessed");
        NoStackTrace(error);
    }

    [Fact]
    public void Evaluate_DeadlineAcrossAnUnrecordedRegionalFestival_WarnsAndMarksTheFinding()
    {
        // 2019 on cn-xj: 肉孜节 (festival Wed 6/5) has no recorded days off. A 找错 message received Mon 6/3 and answered
        // Tue 6/11 is counted on national days, and the finding says so.
        File.AppendAllText(Path.Combine(_facts, "messages.csv"), "M900,W01,我为政府网站找错,2019-06-03 10:00,2019-06-11 10:00\n", new UTF8Encoding(false));

        var (_, output, error) = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", _facts, "--as-of", "2024-06-27", "--format", "json");

        error.Should().Contain("warning CR5007: 1 finding(s) counted working days across calendar days of less than high confidence or regional festivals whose dates are not recorded");
        output.Should().Contain("日历 cn-xj 未记录2019年肉孜节的放假日期");
    }

    [Fact]
    public void Evaluate_HostCalendarAdding2027_AssessesTheSubjectWhoseDeadlineCrossesTheYear()
    {
        // Received Wed 2026-12-30, answered Wed 2027-01-06: on the host's calendar the deadline is Tue 2027-01-05.
        File.AppendAllText(Path.Combine(_facts, "messages.csv"), "M900,W01,我为政府网站找错,2026-12-30 10:00,2027-01-06 09:00\n", new UTF8Encoding(false));
        var calendar = Path.Combine(_facts + "-calendars", "cn-xj.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(calendar)!);
        File.WriteAllText(calendar, Calendar.HostCalendars.Xinjiang2027, new UTF8Encoding(false));

        var without = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", _facts, "--as-of", "2027-01-08", "--format", "json");
        var with = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", _facts, "--as-of", "2027-01-08", "--format", "json", "--calendar-file", calendar);

        without.Exit.Should().Be(1, "the as-of date 2027-01-08 is outside the built-in cn-xj");
        with.Error.Should().NotContain("could not be assessed");
        with.Output.Should().Contain("答复期限1月5日，实际用时4个工作日");
        with.Output.Should().Contain("\"end\": \"2027-12-31\"");
    }

    [Theory]
    [InlineData("2030-01-01", "2030-01-01 is outside the calendar 'cn-xj'")]
    [InlineData("2010-01-01", "2010-01-01 is outside the calendar 'cn-xj'")]
    [InlineData("9999-12-31", "9999-12-31 is outside the calendar 'cn-xj'")]
    public void Evaluate_AsOfOutsideTheCalendar_IsOneErrorLine(string asOf, string message)
    {
        var (exit, output, error) = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", _facts, "--as-of", asOf);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        CliRun.Lines(error).Should().ContainSingle().Which.Should().StartWith("error: " + message);
    }

    [Fact]
    public void Evaluate_AsOfBeforeTheRevision_WarnsAndStrictFails()
    {
        var plain = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", _facts, "--as-of", "2023-06-27");
        var strict = CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", _facts, "--as-of", "2023-06-27", "--strict");

        plain.Exit.Should().Be(0);
        plain.Error.Should().Contain("warning CR5001: the as-of date 2023-06-27 is before revision 'xjbt-2024' took effect on 2024-04-01");
        plain.Error.Should().Contain("warning CR5002: facts are dated after the as-of date 2023-06-27: column ").And.Contain(", message 53, publication ");
        plain.Output.Should().Contain("## 提示");
        strict.Exit.Should().Be(3);
    }

    [Fact]
    public void Evaluate_RevisionWithoutNewMediaIndicators_ReportsAccountsAsNotAssessed()
    {
        File.Delete(Path.Combine(_facts, "inspector_findings.csv"));

        var (exit, output, error) = CliRun.Run("evaluate", "--rules", "builtin:gb-2015", "--facts", _facts, "--as-of", "2024-06-27");

        exit.Should().Be(3);
        output.Should().Contain("- 政务新媒体：检查618个，合格0个，不合格0个，无法评估618个，合格率0%。");
        output.Should().NotContain("合格618个");
        error.Should().Contain("warning CR5003: revision 'gb-2015' has no indicators for new_media");
    }

    [Fact]
    public void Evaluate_ClosedAccount_IsExcludedFromTheCounts()
    {
        var accounts = Path.Combine(_facts, "new_media.csv");
        var lines = File.ReadAllLines(accounts);
        lines[1] = lines[1].Replace(",正常", ",关停", StringComparison.Ordinal);
        File.WriteAllLines(accounts, lines, new UTF8Encoding(true));

        var (exit, output, error) = Evaluate();

        exit.Should().Be(0, error);
        output.Should().Contain("- 政务新媒体：检查617个，合格609个，不合格8个，合格率98.7%。另有1个不纳入检查。");
        output.Should().Contain("不纳入检查 | 账号已关停，不纳入检查 |");
    }

    private static void NoStackTrace(string error)
    {
        error.Should().NotContain("Unhandled exception");
        error.Should().NotContain("   at ");
    }

    private (int Exit, string Output, string Error) Evaluate(params string[] extra) =>
        CliRun.Run(["evaluate", "--rules", "builtin:xjbt-2024", "--facts", _facts, "--as-of", "2024-06-27", .. extra]);
}
