using Compliance.Rules.Facts;
using Compliance.Rules.Reporting;
using Compliance.Rules.Reporting.Notice;
using NodaTime;
using static Compliance.Rules.Tests.Reporting.ReportFixture;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>
/// The notice draft of the report fixture (six websites: a veto, a fail below the gate, three with bonus points; four
/// accounts, two stale; four “我为政府网站找错” messages: on time, late, overdue, pending), checked sentence by sentence.
/// </summary>
public class NoticeDraftTest
{
    private static readonly Lazy<NoticeDraft> Draft = new(() => NoticeDraft.Create(Report));

    private static List<string> Paragraphs => [.. Draft.Value.Paragraphs.Select(p => p.Text)];

    [Theory]
    [InlineData(2024, 1, 1, "2024年第一季度")]
    [InlineData(2024, 3, 31, "2024年第一季度")]
    [InlineData(2024, 6, 27, "2024年第二季度")]
    [InlineData(2024, 7, 1, "2024年第三季度")]
    [InlineData(2024, 12, 31, "2024年第四季度")]
    public void Period_IsTheQuarterOfTheAsOfDate(int year, int month, int day, string expected)
    {
        NoticeDraft.Period(new LocalDate(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void Attachments_AreTheNonEmptyListsNumberedInOrder()
    {
        Draft.Value.Attachments.Select(a => (a.Label, a.Title)).Should().Equal(
            ("附件1", "检查发现存在突出问题的政务新媒体名单（6月27日核查结果）"),
            ("附件2", "政府网站得分情况"),
            ("附件3", "检查发现不合格的政府网站名单（6月27日核查结果）"));
        Paragraphs.Should().ContainInConsecutiveOrder(
            "附件：1.检查发现存在突出问题的政务新媒体名单",
            "2.政府网站得分情况",
            "3.检查发现不合格的政府网站名单");
    }

    [Fact]
    public void Overview_Websites_PassRateFailuresAndBonuses()
    {
        // 4 of 6 passed; 门户丙 (veto) and 门户戊 (55 points) failed; 门户甲 103, 门户己 103 and 门户丁 100 received bonus points.
        Paragraphs.Should().Contain("2024年第二季度，【发文机关】对6个政府网站进行了检查。【总体评价，如各单位工作落实、安全保障等情况】第二季度，政府网站总体合格率为66.67%。"
            + "不合格2个，名单见附件3。根据《报告测试规则集》中扣分指标分值为100分、加分指标分值为30分的规定，3个政府网站达到加分标准予以加分，其中2个评分超过100分，得分情况见附件2。");
    }

    [Fact]
    public void Overview_Messages_CountEachOutcome()
    {
        Paragraphs.Should().Contain("截至2024年6月27日，共收到“我为政府网站找错”留言4条，按期答复1条，逾期2条，未到期待答复1条，按期答复率25%。");
    }

    [Fact]
    public void Problems_AreGroupedByIndicatorInTheRuleSetsOrder()
    {
        var websites = Paragraphs.SkipWhile(p => p != "（一）政府网站").Skip(1).TakeWhile(p => !p.StartsWith('（')).ToList();

        websites.Should().StartWith([
            "共有5个政府网站存在问题，其中不合格2个（名单见附件3）。按指标分列如下：",
            "1. 泄露国家秘密（单项否决）：1个政府网站，泄露国家秘密。涉及：门户丙。",
        ]);
        websites.Should().Contain(p => p.StartsWith("2. 人工扣分（", StringComparison.Ordinal) && p.EndsWith("：3个政府网站，人工检查扣分。涉及：门户甲、门户丁、门户戊。", StringComparison.Ordinal));
        websites.Should().Contain(p => p.StartsWith("3. 找错留言答复超时", StringComparison.Ordinal) && p.Contains("：1个政府网站，超过3个工作日答复：期限6月6日，实际用时4个工作日。涉及：部门乙。", StringComparison.Ordinal));
        Paragraphs.Should().Contain("1. 内容不更新（单项否决）：2个政务新媒体，超14天未更新。涉及：兵团禁毒、账号丙。");
    }

    [Fact]
    public void Placeholders_AreMarkedForTheEditor_FiguresAreNot()
    {
        var spans = Draft.Value.Paragraphs.SelectMany(p => p.Spans).ToList();

        spans.Where(s => s.Text.StartsWith('【')).Should().OnlyContain(s => s.ForEditor);
        spans.Where(s => s.Text.Contains("66.67%", StringComparison.Ordinal)).Should().ContainSingle().Which.ForEditor.Should().BeFalse();
        Draft.Value.EditorNotes.SelectMany(p => p.Spans).Should().OnlyContain(s => s.ForEditor);
        Draft.Value.EditorNotes.Select(p => p.Text).Should().Contain(t => t.StartsWith("来源：规则集 report-test", StringComparison.Ordinal));
    }

    [Fact]
    public void Overview_KindWithoutAnyVerdict_StatesNoPassRate()
    {
        // The report-test rule set has no indicators for supervising bodies: each is 无法评估, so there is no pass rate to state.
        var batch = FactBatch.Of([new SupervisingBody("S1", "某省政府办公厅", AdministrativeLevel.Province)], []);
        var report = BatchReport.Create(Compiled.Evaluate(batch, AsOf), Compiled.Revision, batch);
        report.Subjects.Single().NotAssessed.Should().Be(1, "the premise: the body cannot be assessed");

        var text = string.Join("\n", NoticeDraft.Create(report).Paragraphs.Select(p => p.Text));

        text.Should().Contain("1个均无法评估，未得出合格率，名单见附件1。").And.NotContain("合格率为0%");
    }

    [Fact]
    public void EmptyBatch_HasNoAttachmentsAndSaysNoProblemWasFound()
    {
        var empty = FactBatch.Of([], []);
        var draft = NoticeDraft.Create(BatchReport.Create(Compiled.Evaluate(empty, AsOf), Compiled.Revision, empty));

        draft.Attachments.Should().BeEmpty();
        draft.Paragraphs.Select(p => p.Text).Should().Contain("本次检查未发现扣分或否决问题。【问题分析与补充】")
            .And.NotContain(p => p.StartsWith("附件", StringComparison.Ordinal));
    }
}
