using Compliance.Rules.Facts;
using NodaTime;
using static Compliance.Rules.Tests.Engine.InlineRuleSet;

namespace Compliance.Rules.Tests.Engine;

public partial class EngineTest
{
    // As of 2024-06-27, a 14-calendar-day window starts on 2024-06-13 (inclusive by default).
    [Theory]
    [InlineData(2024, 6, 12, false)]
    [InlineData(2024, 6, 13, true)]
    [InlineData(2024, 6, 14, true)]
    [InlineData(2024, 6, 27, true)]
    [InlineData(2024, 6, 28, false)]
    public void Evaluate_CalendarDayWindow_IncludesStartAndAsOf(int y, int m, int d, bool within)
    {
        var rules = Compile(Veto("FRESH", "exists: { of: publication, where: { published: { within: { calendar_days: 14 } } } }"));

        var fired = Fired(rules, AsOf, Site(), new Publication("p1", "w1", null, new LocalDate(y, m, d), "标题"));

        fired.Contains("FRESH").Should().Be(within);
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    public void Evaluate_ExclusiveStart_LeavesTheStartDayOut(int day, bool within)
    {
        var rules = Compile(Veto("FRESHX", "exists: { of: publication, where: { published: { within: { calendar_days: 14, start: exclusive } } } }"));

        var fired = Fired(rules, AsOf, Site(), new Publication("p1", "w1", null, new LocalDate(2024, 6, day), "标题"));

        fired.Contains("FRESHX").Should().Be(within);
    }

    // Six months before 2024-06-27 is 2023-12-27; one year before is 2023-06-27.
    [Theory]
    [InlineData(2023, 12, 26, true)]
    [InlineData(2023, 12, 27, false)]
    [InlineData(2023, 12, 28, false)]
    public void Evaluate_MonthWindow_UsesCalendarMonths(int y, int m, int d, bool stale)
    {
        var rules = Compile(Veto("STALE6", "exists: { of: column, where: { last_updated: { not_within: { months: 6 } } } }"));

        var fired = Fired(rules, AsOf, Site(), Column("c1", ColumnCategory.PolicyDocuments, new LocalDate(y, m, d)));

        fired.Contains("STALE6").Should().Be(stale);
    }

    [Theory]
    [InlineData(2023, 6, 26, false)]
    [InlineData(2023, 6, 27, true)]
    public void Evaluate_YearWindow_UsesCalendarYears(int y, int m, int d, bool within)
    {
        var rules = Compile(Veto("YEAR", "exists: { of: message, where: { received: { within: { years: 1 } } } }"));
        var message = new Message("m1", "w1", MessageChannel.Consultation, new LocalDate(y, m, d).At(new LocalTime(9, 0)), null);

        var fired = Fired(rules, AsOf, Site(), message);

        fired.Contains("YEAR").Should().Be(within);
    }

    [Fact]
    public void Evaluate_NotWithin_CountsAMissingDateAsNotUpdated()
    {
        var rules = Compile(Veto("STALE6", "exists: { of: column, where: { last_updated: { not_within: { months: 6 } } } }"));

        Fired(rules, AsOf, Site(), Column("c1", ColumnCategory.PolicyDocuments, null)).Should().Equal("STALE6");
    }

    // On the cn calendar, 3 working days back from 2024-10-08 (Tue after 国庆) are 9/30 (Mon), 9/29 (make-up Sun), 9/27 (Fri).
    [Theory]
    [InlineData(26, false)]
    [InlineData(27, true)]
    public void Evaluate_WorkingDayWindow_CountsThroughTheCalendar(int day, bool within)
    {
        var rules = Compile(Veto("WD", "exists: { of: publication, where: { published: { within: { working_days: 3 } } } }"));

        var fired = Fired(rules, new LocalDate(2024, 10, 8), Site(), new Publication("p1", "w1", null, new LocalDate(2024, 9, day), "标题"));

        fired.Contains("WD").Should().Be(within);
    }

    // 2024-06-20T16:30Z is 2024-06-21 00:30 in Beijing: inside a window starting 2024-06-21, as of 2024-06-27 (6 days).
    [Theory]
    [InlineData(16, 30, true)]
    [InlineData(15, 59, false)]
    public void Evaluate_InstantWindow_CutsDaysInAsiaShanghai(int hour, int minute, bool within)
    {
        var rules = Compile(Veto("PROBE", "exists: { of: availability_probe, where: { at: { within: { calendar_days: 6 } } } }"));
        var probe = new AvailabilityProbe("p1", "w1", Instant.FromUtc(2024, 6, 20, hour, minute), true, Duration.FromSeconds(1));

        var fired = Fired(rules, AsOf, Site(), probe);

        fired.Contains("PROBE").Should().Be(within);
    }

    [Fact]
    public void Evaluate_InstantAfterTheAsOfDay_IsOutsideTheWindow()
    {
        var rules = Compile(Veto("PROBE", "exists: { of: availability_probe, where: { at: { within: { calendar_days: 6 } } } }"));
        var tomorrowInBeijing = new AvailabilityProbe("p1", "w1", Instant.FromUtc(2024, 6, 27, 16, 0), true, Duration.FromSeconds(1));

        Fired(rules, AsOf, Site(), tomorrowInBeijing).Should().BeEmpty();
    }
}
