using NodaTime;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>Moving and counting working days: AddWorkingDays, Next/PreviousWorkingDay, WorkingDaysBetween.</summary>
public partial class WorkingDayCalendarTest
{
    [Fact]
    public void AddWorkingDays_AcrossMakeUpSunday_SkipsHolidayWeek()
    {
        var result = National.AddWorkingDays(D("2024-09-27"), 3);

        result.Should().Be(D("2024-10-08"), "Sun 9/29 (make-up) and Mon 9/30 count, 10/1–10/7 is the 国庆节 break, Tue 10/8 is the 3rd");
    }

    [Fact]
    public void AddWorkingDays_XinjiangAcrossCorbanFestival_SkipsRegionalDaysOff()
    {
        var friday = D("2024-06-14");

        var xinjiang = Xinjiang.AddWorkingDays(friday, 3);
        var national = National.AddWorkingDays(friday, 3);

        xinjiang.Should().Be(D("2024-06-24"), "古尔邦节 6/17–6/19 is off in Xinjiang");
        national.Should().Be(D("2024-06-19"));
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsTheDateItselfEvenOnAHoliday()
    {
        var holiday = D("2024-10-01");

        National.AddWorkingDays(holiday, 0).Should().Be(holiday);
    }

    [Fact]
    public void AddWorkingDays_FromAWeekendDay_StartsCountingOnTheNextWorkingDay()
    {
        National.AddWorkingDays(D("2024-06-08"), 1).Should().Be(D("2024-06-11"), "Sat 6/8, Sun 6/9 and 端午节 Mon 6/10 are off");
    }

    [Fact]
    public void AddWorkingDays_Negative_CountsBackStrictlyBeforeTheDate()
    {
        var tuesday = D("2024-10-08");

        National.AddWorkingDays(tuesday, -1).Should().Be(D("2024-09-30"));
        National.AddWorkingDays(tuesday, -2).Should().Be(D("2024-09-29"), "Sunday 9/29 is a make-up working day");
        National.AddWorkingDays(tuesday, -3).Should().Be(D("2024-09-27"));
    }

    [Fact]
    public void AddWorkingDays_LunarNewYear2026_SkipsTheNineDayBreakAndWorksBothSaturdays()
    {
        National.AddWorkingDays(D("2026-02-13"), 1).Should().Be(D("2026-02-14"), "Sat 2/14 is a make-up day");
        National.AddWorkingDays(D("2026-02-14"), 1).Should().Be(D("2026-02-24"), "2/15–2/23 is the 春节 break");
        National.AddWorkingDays(D("2026-02-27"), 1).Should().Be(D("2026-02-28"), "Sat 2/28 is a make-up day");
    }

    [Fact]
    public void NextWorkingDay_BeforeAMakeUpSunday_IsTheSunday()
    {
        National.NextWorkingDay(D("2024-09-28")).Should().Be(D("2024-09-29"));
    }

    [Fact]
    public void PreviousWorkingDay_AfterNewYearBreakStartingInDecember_IsTheMakeUpSaturday()
    {
        National.PreviousWorkingDay(D("2018-12-31")).Should().Be(D("2018-12-29"));
        National.NextWorkingDay(D("2018-12-29")).Should().Be(D("2019-01-02"));
    }

    [Fact]
    public void WorkingDaysBetween_StartExclusiveEndInclusive_CountsTheHolidayWeekOut()
    {
        var count = National.WorkingDaysBetween(D("2024-09-27"), D("2024-10-08"));

        count.Should().Be(3);
    }

    [Fact]
    public void WorkingDaysBetween_SameDate_IsZero()
    {
        National.WorkingDaysBetween(D("2024-05-06"), D("2024-05-06")).Should().Be(0);
    }

    [Fact]
    public void WorkingDaysBetween_EndBeforeStart_IsTheNegatedCount()
    {
        var forward = National.WorkingDaysBetween(D("2024-09-27"), D("2024-10-08"));
        var backward = National.WorkingDaysBetween(D("2024-10-08"), D("2024-09-27"));

        backward.Should().Be(-forward);
    }

    [Fact]
    public void WorkingDaysBetween_WholeRange_IsTheSumOfTheYears()
    {
        var fromFirstDay = National.WorkingDaysBetween(D("2015-01-01"), D("2026-12-31"));

        fromFirstDay.Should().Be(249 + 250 + 249 + 250 + 250 + 249 + 250 + 249 + 249 + 251 + 248 + 248, "the excluded start, 1 January 2015, is a day off anyway");
    }

    [Fact]
    public void IsWorkingDay_NonIsoCalendarDate_IsConvertedToIso()
    {
        var julian = D("2024-10-01").WithCalendar(CalendarSystem.Julian);

        National.IsWorkingDay(julian).Should().BeFalse();
        National.AddWorkingDays(julian, 0).Should().Be(D("2024-10-01"));
    }
}
