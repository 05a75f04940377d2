using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Reporting;
using Compliance.Rules.Results;
using static Compliance.Rules.Tests.Reporting.ReportFixture;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>The report's content: counts, message summary, the failing lists and the score table.</summary>
public class BatchReportTest
{
    [Fact]
    public void Create_Summary_CountsEachKindWithItsPassRate()
    {
        Report.Subjects.Should().BeEquivalentTo(
            new[] { new KindSummary(SubjectKind.Website, 6, 4, 2, 66.67m), new KindSummary(SubjectKind.NewMedia, 4, 2, 2, 50m) },
            o => o.WithStrictOrdering());
        Rows(Report.Tables[1]).Should().BeEquivalentTo(
            new[] { new[] { "政府网站", "6", "4", "2", "0", "66.67%", "0", "0" }, ["政务新媒体", "4", "2", "2", "0", "50%", "0", "0"] },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Create_Messages_CountTheRevisionsOverdueIndicatorsFindingsAsOverdue()
    {
        // M1 answered on the 3rd working day (古尔邦节 6/17–6/19 on cn-xj), M2 on the 4th (late), M3 unanswered for 6
        // working days at 6/27 (overdue), M4 received the day before (pending). M5 is a 领导信箱 message: not counted.
        Report.Messages.Should().Equal(new MessageSummary(MessageChannel.ErrorReport, 4, 1, 2, 1));
        Report.Messages[0].OnTimeRate.Should().Be(25m);
        Rows(Report.Tables[2]).Should().BeEquivalentTo(new[] { new[] { "我为政府网站找错", "4", "1", "2", "1", "25%" } });
    }

    [Fact]
    public void Create_WithoutMessageSettings_HasNoMessageSummary()
    {
        var report = Create(ReportSettings.Default);

        report.Messages.Should().BeEmpty();
        report.Tables.Select(t => t.Title).Should().NotContain("留言办理情况");
    }

    [Fact]
    public void Create_FailedAccounts_AreTheFailingAccountsInBatchOrderWithReasonAndDetail()
    {
        var table = Report.FailedAccounts;

        table.Title.Should().Be("附件1 检查发现存在突出问题的政务新媒体名单（6月27日核查结果）");
        table.Columns.Select(c => c.Title).Should().Equal("序号", "账号名称", "开设主体", "账号类型", "单位", "检查结果", "不合格原因", "备注");
        Rows(table).Should().BeEquivalentTo(
            new[]
            {
                new[] { "1", "兵团禁毒", "兵团公安局禁毒总队", "微信订阅号", "兵团公安局", "不合格", "超14天未更新", "6月11日起未更新" },
                ["2", "账号丙", "某局", "抖音号", "某单位", "不合格", "超14天未更新", "5月2日起未更新"],
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Create_FailedWebsites_GiveTheVetoReasonOrTheScoreBelowTheGate()
    {
        Rows(Report.FailedWebsites!).Should().BeEquivalentTo(
            new[]
            {
                new[] { "1", "门户丙", "是", "门户丙办公室", "不合格", "泄露国家秘密", "6月20日发现：转发涉密文件截图" },
                ["2", "门户戊", "是", "门户戊办公室", "不合格", "得分低于合格线（55.0分）", ""],
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Create_ScoreTableWithBonus_ListsSitesGivenBonusPoints_HighestFirst_TiesInBatchOrder()
    {
        var table = Report.WebsiteScores;

        table.Title.Should().Be("附件2 政府网站得分情况");
        Rows(table).Should().BeEquivalentTo(
            new[] { new[] { "1", "门户甲", "是", "103.0" }, ["2", "门户己", "是", "103.0"], ["3", "门户丁", "是", "100.0"] },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Create_ScoreTableScored_ListsEveryScoredSite()
    {
        var report = Create(ReportSettings.Default with { ScoreTable = ScoreTableScope.Scored });

        Rows(report.WebsiteScores).Select(r => r[1] + " " + r[3]).Should().Equal("门户甲 103.0", "门户己 103.0", "门户丁 100.0", "部门乙 98.0", "门户戊 55.0");
    }

    [Fact]
    public void Create_NoFailingWebsite_HasNoFailedWebsitesTable()
    {
        var batch = FactBatch.Of([new Website("W", "站点", "办公室", true, true, AdministrativeLevel.Province)], []);

        var report = BatchReport.Create(Compiled.Evaluate(batch, AsOf), Compiled.Revision, batch);

        report.FailedWebsites.Should().BeNull();
        report.FailedAccounts.Rows.Should().BeEmpty();
        report.Tables.Select(t => t.Title).Should().Equal("检查说明", "总体情况", "留言办理情况", report.FailedAccounts.Title, report.WebsiteScores.Title);
    }

    [Fact]
    public void Create_ResultOfAnotherRevision_Throws()
    {
        var result = Compiled.Evaluate(Batch, AsOf);

        var act = () => BatchReport.Create(result, new RuleRevision(Compiled.Revision) { Id = "other" }, Batch);

        act.Should().Throw<ArgumentException>().WithMessage("*report-test*other*");
    }

    [Fact]
    public void Create_ResultOfAnotherBatch_Throws()
    {
        var result = Compiled.Evaluate(Batch, AsOf);
        var other = FactBatch.Of([Batch.Subjects[0]], []);

        var act = () => BatchReport.Create(result, Compiled.Revision, other);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ReportingCode_NamesNoIndicatorOfAnyRuleSet()
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "src", "Compliance.Rules", "Reporting");
        var code = string.Join("\n", Directory.GetFiles(folder, "*.cs").Select(File.ReadAllText));
        var ids = Directory.GetFiles(TestPaths.Rules, "*.yaml", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}indicators{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"(?m)^\s*-\s*(?:\{\s*)?id:\s*([A-Za-z][\w-]*)").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        ids.Should().Contain("NM-V2");
        ids.Where(id => code.Contains(id, StringComparison.Ordinal)).Should().BeEmpty();
        code.Should().NotContain("超14天未更新").And.NotContain("起未更新");
    }

    private static string[][] Rows(ReportTable table) => [.. table.Rows.Select(r => r.ToArray())];
}
