using Compliance.Rules.Facts;
using Compliance.Rules.Reporting;
using Compliance.Rules.Results;
using NodaTime;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.Xjbt;

/// <summary>
/// The README's main command, run in process: the bundled sample evaluated with <c>builtin:xjbt-2024</c> at 2024-06-27
/// reproduces the published figures of the 兵团 2024 Q2 notice. Every expected value below is typed from the notice
/// (shared/seeds/000_d569b85eec7fbc67.txt), not from the program's output.
/// </summary>
public class Xjbt2024Q2NoticeTest
{
    private static readonly Lazy<(BatchReport Report, FactBatch Batch)> Evaluated = new(() =>
    {
        var rules = RuleSet.BuiltIn("xjbt-2024");
        var batch = FactsReader.Read(Xjbt2024Q2SampleTest.Folder).GetValueOrThrow();
        var result = rules.Evaluate(batch, new LocalDate(2024, 6, 27));
        return (BatchReport.Create(result, rules.Revision, batch), batch);
    });

    /// <summary>Gets the report of the README's main command (the bundled sample at 2024-06-27), evaluated once per test run.</summary>
    internal static BatchReport Report => Evaluated.Value.Report;

    [Fact]
    public void Sample_Has41WebsitesAnd618Accounts()
    {
        var batch = Evaluated.Value.Batch;

        batch.Subjects.OfType<Website>().Should().HaveCount(41);
        batch.Subjects.OfType<NewMediaAccount>().Should().HaveCount(618);
    }

    [Fact]
    public void Websites_All41Pass_PassRate100Percent()
    {
        var websites = Report.Subjects.Single(k => k.Kind == SubjectKind.Website);

        websites.Should().BeEquivalentTo(new KindSummary(SubjectKind.Website, 41, 41, 0, 100m));
        Report.FailedWebsites.Should().BeNull();
    }

    [Fact]
    public void Attachment2_IsThe21PublishedScoresInThePublishedOrder()
    {
        // 附件2 兵团政府网站得分情况: 序号 网站名称 是否门户 得分 (the notice heads the column 三季度得分情况).
        string[][] published =
        [
            ["1", "新疆生产建设兵团", "是", "114.0"],
            ["2", "第六师五家渠市", "是", "113.0"],
            ["3", "第十四师昆玉市", "是", "113.0"],
            ["4", "第四师可克达拉市", "是", "110.0"],
            ["5", "第五师双河市", "是", "110.0"],
            ["6", "第八师石河子市", "是", "110.0"],
            ["7", "第十师北屯市", "是", "110.0"],
            ["8", "第十二师", "是", "110.0"],
            ["9", "第二师铁门关市", "是", "108.0"],
            ["10", "新疆生产建设兵团教育局", "否", "105.0"],
            ["11", "新疆生产建设兵团工业和信息化局", "否", "105.0"],
            ["12", "新疆生产建设兵团医疗保障局", "否", "104.0"],
            ["13", "第九师白杨市", "是", "103.0"],
            ["14", "新疆生产建设兵团司法局", "否", "103.0"],
            ["15", "新疆生产建设兵团市场监督管理局", "否", "103.0"],
            ["16", "新疆生产建设兵团地方金融监督管理局", "否", "103.0"],
            ["17", "新疆生产建设兵团生态环境局", "否", "101.0"],
            ["18", "新疆生产建设兵团自然资源局", "否", "100.4"],
            ["19", "第一师阿拉尔市", "是", "100.0"],
            ["20", "第七师胡杨河市", "是", "100.0"],
            ["21", "新疆生产建设兵团农业农村局", "否", "100.0"],
        ];

        var table = Report.WebsiteScores;

        table.Columns.Select(c => c.Title).Should().Equal("序号", "网站名称", "是否门户", "得分");
        table.Rows.Select(r => r.ToArray()).Should().BeEquivalentTo(published, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Attachment2_ScoresComeFromDeductionAndBonusFindings()
    {
        var scored = Report.Result.Assessments.Where(a => a.Subject is Website && a.Bonus > 0).ToList();

        scored.Should().HaveCount(21);
        scored.Should().OnlyContain(a => a.Total == a.DeductionScore + a.Bonus && !a.Bonuses.IsEmpty);
        // 100.4 = 100 − 2 (办事统计 3 months) − 0.6 (three broken homepage links at 0.2) + 3 (a consultation answered
        // accurately the next working day).
        var naturalResources = scored.Single(a => a.Subject.Name == "新疆生产建设兵团自然资源局");
        naturalResources.Violations.Select(v => (v.IndicatorId, v.Points)).Should().Equal(("W-D2c", 2m), ("W-D4c", 0.6m));
        naturalResources.Bonuses.Select(b => (b.IndicatorId, b.Points)).Should().Equal(("W-B3a", 3m));
        scored.Single(a => a.Subject.Name == "第一师阿拉尔市").Should().Match<Assessment>(a => a.DeductionScore == 95m && a.Bonus == 5m);
    }

    [Fact]
    public void Attachment2_NoScoreRestsOnAnInspectorsPointsOrAnUnconfirmedRow()
    {
        var findings = Report.Result.Assessments.Where(a => a.Subject is Website).SelectMany(a => a.Violations.Concat(a.Bonuses)).ToList();

        findings.Should().NotBeEmpty();
        findings.SelectMany(f => f.Evidence.Facts).OfType<InspectorFinding>().Should().BeEmpty("every point comes from a measured row");
        findings.Should().OnlyContain(f => f.Provenance != IndicatorProvenance.Derived);
    }

    [Fact]
    public void Attachment1_IsTheEightPublishedAccounts()
    {
        // 附件1 检查发现存在突出问题的政务新媒体名单（6月27日核查结果）, as published.
        string[][] published =
        [
            ["1", "兵团禁毒", "兵团公安局禁毒总队", "微信订阅号", "兵团公安局", "不合格", "超14天未更新", "6月11日起未更新"],
            ["2", "军垦警苑", "第八师石河子市北野监狱", "微信订阅号", "兵团监狱管理局", "不合格", "超14天未更新", "6月7日起未更新"],
            ["3", "第一师阿拉尔市河长制工作", "第一师阿拉尔市水利局", "微信订阅号", "第一师阿拉尔市", "不合格", "超14天未更新", "6月12日起未更新"],
            ["4", "新疆兵团第一师自然资源和规划局", "第一师阿拉尔市自然资源和规划局", "微信订阅号", "第一师阿拉尔市", "不合格", "超14天未更新", "6月5日起未更新"],
            ["5", "二师统计调查", "第二师铁门关市统计局", "微信订阅号", "第二师铁门关市", "不合格", "超14天未更新", "6月11日起未更新"],
            ["6", "第六师自然资源和规划局", "第六师五家渠市自然资源和规划局", "微信订阅号", "第六师五家渠市", "不合格", "超14天未更新", "6月13日起未更新"],
            ["7", "石河子退役军人", "第八师石河子市民政局", "微信订阅号", "第八师石河子市", "不合格", "超14天未更新", "6月11日起未更新"],
            ["8", "第十四师医疗保障局", "第十四师昆玉市医疗保障局", "微信订阅号", "第十四师昆玉市", "不合格", "超14天未更新", "6月7日起未更新"],
        ];

        var table = Report.FailedAccounts;

        table.Title.Should().Be("附件1 检查发现存在突出问题的政务新媒体名单（6月27日核查结果）");
        table.Columns.Select(c => c.Title).Should().Equal("序号", "账号名称", "开设主体", "账号类型", "单位", "检查结果", "不合格原因", "备注");
        table.Rows.Select(r => r.ToArray()).Should().BeEquivalentTo(published, o => o.WithStrictOrdering());
    }

    [Fact]
    public void ErrorReportMessages_Twelve_AllAnsweredWithinThreeWorkingDays()
    {
        // "第二季度共收到“我为政府网站找错”留言12条，按照3个工作日回复留言办理的要求 … 均已按期完成整改，办结率100%".
        var line = Report.Messages.Single(m => m.Channel == MessageChannel.ErrorReport);

        line.Should().BeEquivalentTo(new MessageSummary(MessageChannel.ErrorReport, 12, 12, 0, 0));
        line.OnTimeRate.Should().Be(100m);
    }

    [Fact]
    public void ErrorReportMessages_SomeCrossTheQuartersHolidays()
    {
        var messages = Evaluated.Value.Batch.Observations.OfType<Message>().Where(m => m.Channel == MessageChannel.ErrorReport).ToList();
        var calendar = RuleSet.BuiltIn("xjbt-2024").Calendar;

        var acrossHolidays = messages.Where(m => calendar.ExceptionsBetween(m.Received.Date, m.Answered!.Value.Date).Any()).ToList();

        acrossHolidays.Should().HaveCountGreaterThanOrEqualTo(4, "messages span 清明节, 劳动节, 端午节 and 古尔邦节");
        acrossHolidays.Should().Contain(m => m.Received.Date == new LocalDate(2024, 6, 14) && m.Answered!.Value.Date == new LocalDate(2024, 6, 24),
            "answered on the third 兵团 working day after 古尔邦节 6/17–6/19, which nationally would be the sixth");
    }

    [Fact]
    public void NewMediaPassRate_Is98Point71_NotThePublished98Point87()
    {
        // The notice publishes a 98.87% pass rate for 618 accounts but lists 8 failing ones: 610 / 618 = 98.706…%, which
        // rounds to 98.71%. 98.87% is 611 / 618 (98.867…%), i.e. 7 failures. The report states what the data gives.
        var accounts = Report.Subjects.Single(k => k.Kind == SubjectKind.NewMedia);

        accounts.Should().BeEquivalentTo(new KindSummary(SubjectKind.NewMedia, 618, 610, 8, 98.71m));
        KindSummary.Rate(611, 618).Should().Be(98.87m, "the published rate corresponds to one failure fewer than attachment 1 lists");
    }
}
