using Compliance.Rules.Authoring;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Tests.Reporting;

/// <summary><c>report:</c> in revision.yaml: read into <see cref="RuleRevision.Report"/>, checked like every other key.</summary>
public sealed class ReportSettingsTest : IDisposable
{
    private const string Header = """
        id: settings-test
        title: 设置测试
        document: 测试
        effective_from: 2024-01-01
        calendar: cn
        scoring: { base: 100, fail_below: 60, bonus_above: 80, bonus_max: 30 }

        """;

    private const string Indicators = """
        indicators:
          - id: LATE
            name: 超时
            kind: veto
            applies_to: website
            source: 测试
            provenance: confirmed
            when:
              each: { of: message, where: { elapsed: { from: received, to: answered, in: working_days, gt: 3 } } }
            reason: 超时
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "report-settings-" + Guid.NewGuid().ToString("N"), "settings-test");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Fact]
    public void Read_WithoutReport_HasTheDefaults()
    {
        var revision = Load(string.Empty).GetValueOrThrow();

        revision.Report.Should().Be(ReportSettings.Default);
        revision.Report.ScoreTable.Should().Be(ScoreTableScope.Scored);
        revision.Report.Messages.Should().BeEmpty();
    }

    [Fact]
    public void Read_Report_GivesTheScoreTableAndMessageLines()
    {
        var revision = Load("""
            report:
              score_table: with_bonus
              messages:
                - { channel: 我为政府网站找错, overdue: [LATE] }
                - { channel: leader_mailbox, overdue: LATE }
            """).GetValueOrThrow();

        revision.Report.Should().Be(new ReportSettings
        {
            ScoreTable = ScoreTableScope.WithBonus,
            Messages = [new(MessageChannel.ErrorReport, ["LATE"]), new(MessageChannel.LeaderMailbox, ["LATE"])],
        });
    }

    [Fact]
    public void Read_BadReport_ReportsEveryMistakeAtItsPosition()
    {
        var result = Load("""
            report:
              score_table: bonus
              messages:
                - { channel: 微博, overdue: [LATE] }
                - { channel: 领导信箱, overdue: [LATEE] }
                - { channel: 领导信箱 }
              colour: red
            """);

        result.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column} {e.Code} {e.Message}").Should().Equal(
            "8:16 CR2004 'score_table' must be scored or with_bonus, found 'bonus'",
            "10:18 CR2004 '微博' is not a message channel; the channels are: 我为政府网站找错, 领导信箱, 政务咨询, 建言献策, 在线访谈, 调查征集, 网上信访, 纪检举报, 其他",
            "11:34 CR2004 'overdue' names indicator 'LATEE', which the revision does not have (did you mean 'LATE'?)",
            "12:7 CR0003 a message summary line (the indicators whose findings are overdue messages) needs the key 'overdue'",
            "13:3 CR0002 unknown key 'colour' in the report settings; expected one of: messages, score_table");
        result.Errors.Should().OnlyContain(e => e.Location.File.EndsWith("revision.yaml", StringComparison.Ordinal));
        DiagnosticCodes.RuleInvalidValue.Code.Should().Be("CR2004");
    }

    private LoadResult<RuleRevision> Load(string report)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "indicators"));
        File.WriteAllText(Path.Combine(_folder, "revision.yaml"), Header + report);
        File.WriteAllText(Path.Combine(_folder, "indicators", "all.yaml"), Indicators);
        return RuleSet.Read(_folder);
    }
}
