using Compliance.Rules.Facts;
using NodaTime;
using static Compliance.Rules.Tests.Engine.InlineRuleSet;

namespace Compliance.Rules.Tests.Engine;

public partial class EngineTest
{
    private const string LateErrorReport = """
          - id: LATE
            name: 找错留言超时
            kind: veto
            applies_to: website
            source: 测试
            provenance: confirmed
            when:
              each:
                of: message
                where:
                  channel: 我为政府网站找错
                  elapsed: { from: received, to: answered, in: working_days, gt: 3 }
            reason: 超过{limit}个工作日未答复
            detail: 应于{deadline:M月d日}前答复，实际用时{elapsed}个工作日

        """;

    private static Message ErrorReport(LocalDateTime received, LocalDateTime? answered) =>
        new("m1", "w1", MessageChannel.ErrorReport, received, answered);

    // Received Fri 2024-06-14 in Xinjiang: 6/17–6/19 are 古尔邦节, so the working days after are 6/20, 6/21, 6/24, 6/25.
    [Theory]
    [InlineData(21, false)]
    [InlineData(24, false)]
    [InlineData(25, true)]
    public void Evaluate_WorkingDayDeadline_SkipsRegionalHolidays(int answeredDay, bool late)
    {
        var rules = Compile(LateErrorReport, calendar: "cn-xj");
        var message = ErrorReport(new LocalDateTime(2024, 6, 14, 10, 30), new LocalDateTime(2024, 6, answeredDay, 9, 0));

        var assessment = Evaluate(rules, AsOf, Site(), message);

        assessment.Violations.Any().Should().Be(late);
        if (late)
        {
            assessment.Violations.Single().Reason.Should().Be("超过3个工作日未答复");
            assessment.Violations.Single().Detail.Should().Be("应于6月24日前答复，实际用时4个工作日");
        }
    }

    [Fact]
    public void Evaluate_WorkingDayDeadline_OnTheNationalCalendar_EndsBeforeTheRegionalOne()
    {
        var rules = Compile(LateErrorReport, calendar: "cn");
        var message = ErrorReport(new LocalDateTime(2024, 6, 14, 10, 30), new LocalDateTime(2024, 6, 20, 9, 0));

        var violation = Evaluate(rules, AsOf, Site(), message).Violations.Single();

        violation.Detail.Should().Be("应于6月19日前答复，实际用时4个工作日");
    }

    [Theory]
    [InlineData(2024, 6, 20, false)]
    [InlineData(2024, 6, 25, true)]
    public void Evaluate_UnansweredMessage_CountsToTheAsOfDate(int y, int m, int d, bool late)
    {
        var rules = Compile(LateErrorReport, calendar: "cn-xj");
        var message = ErrorReport(new LocalDateTime(2024, 6, 14, 10, 30), null);

        var fired = Fired(rules, new LocalDate(y, m, d), Site(), message);

        fired.Any().Should().Be(late);
    }

    // "超过3个月": received 2024-03-10, the three months end on 2024-06-10; unanswered on 6/11 is more than three months.
    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void Evaluate_MonthsElapsed_IsStrictlyMoreThanTheSameDateMonthsLater(int asOfDay, bool fires)
    {
        var rules = Compile(Veto("UNANSWERED", "each: { of: message, where: { valid: true, elapsed: { from: received, to: answered, in: months, gt: 3 } } }"));
        var message = new Message("m1", "w1", MessageChannel.Consultation, new LocalDateTime(2024, 3, 10, 8, 0), null);

        var fired = Fired(rules, new LocalDate(2024, 6, asOfDay), Site(), message);

        fired.Any().Should().Be(fires);
    }

    [Fact]
    public void Evaluate_InvalidMessage_IsNotHeldAgainstTheSite()
    {
        var rules = Compile(Veto("UNANSWERED", "each: { of: message, where: { valid: true, elapsed: { from: received, to: answered, in: months, gt: 3 } } }"));
        var spam = new Message("m1", "w1", MessageChannel.Consultation, new LocalDateTime(2024, 1, 10, 8, 0), null, Valid: false);

        Fired(rules, AsOf, Site(), spam).Should().BeEmpty();
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(16, true)]
    public void Evaluate_CalendarDaysElapsed_ComparesDays(int answeredDay, bool fires)
    {
        var rules = Compile(Veto("SLOW", "each: { of: message, where: { elapsed: { from: received, to: answered, in: calendar_days, gt: 14 } } }"));
        var message = new Message("m1", "w1", MessageChannel.LeaderMailbox, new LocalDateTime(2024, 6, 1, 8, 0), new LocalDateTime(2024, 6, answeredDay, 8, 0));

        Fired(rules, AsOf, Site(), message).Any().Should().Be(fires);
    }
}
