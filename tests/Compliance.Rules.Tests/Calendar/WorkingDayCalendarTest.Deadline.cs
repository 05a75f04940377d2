using NodaTime;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>Deadlines of "answer within N working days", from a date, a local date-time or an instant.</summary>
public partial class WorkingDayCalendarTest
{
    [Fact]
    public void Deadline_ReceivedBeforeNationalDay_EndsAfterTheBreak()
    {
        var deadline = National.Deadline(D("2024-09-27"), 3);

        deadline.Should().Be(D("2024-10-08"));
    }

    [Fact]
    public void Deadline_ReceivedOnAHoliday_CountsFromTheNextWorkingDay()
    {
        var deadline = National.Deadline(D("2024-10-03"), 1);

        deadline.Should().Be(D("2024-10-08"));
    }

    [Fact]
    public void Deadline_XinjiangDuringCorbanFestival_AddsTheRegionalDaysOff()
    {
        Xinjiang.Deadline(D("2024-06-14"), 3).Should().Be(D("2024-06-24"));
    }

    [Fact]
    public void Deadline_ZeroWorkingDays_IsTheDayOfReceipt()
    {
        National.Deadline(D("2024-10-03"), 0).Should().Be(D("2024-10-03"));
    }

    [Fact]
    public void Deadline_NegativeWorkingDays_Throws()
    {
        var act = () => National.Deadline(D("2024-10-03"), -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workingDays");
    }

    [Fact]
    public void Deadline_LocalDateTimeLateInTheEvening_CountsLikeItsDate()
    {
        var receivedAt = new LocalDateTime(2024, 9, 27, 23, 59);

        National.Deadline(receivedAt, 3).Should().Be(D("2024-10-08"));
    }

    [Fact]
    public void Deadline_InstantAfterMidnightInChina_UsesTheShanghaiDate()
    {
        // 16:30 UTC on 9/26 is 00:30 on Friday 9/27 in China (UTC+8).
        var receivedAt = Instant.FromUtc(2024, 9, 26, 16, 30);

        National.Deadline(receivedAt, 3).Should().Be(D("2024-10-08"));
        National.Deadline(receivedAt.Minus(Duration.FromHours(1)), 3).Should().Be(D("2024-09-30"), "15:30 UTC is 23:30 on Thursday 9/26 in China");
    }
}
