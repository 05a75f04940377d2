using Compliance.Rules.Calendar;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>Dates outside the covered range: a specific exception, never a Monday–Friday guess.</summary>
public partial class WorkingDayCalendarTest
{
    [Fact]
    public void IsWorkingDay_2027_ThrowsNamingTheDateAndTheRange()
    {
        var act = () => National.IsWorkingDay(D("2027-01-04"));

        var thrown = act.Should().Throw<CalendarRangeException>().Which;
        thrown.Message.Should().StartWith("2027-01-04 is outside the calendar 'cn' (2015-01-01 … 2026-12-31): the holiday notice for 2027 has not been published");
        thrown.Date.Should().Be(D("2027-01-04"));
        thrown.CalendarId.Should().Be("cn");
        thrown.CoveredRange.Equals(National.CoveredRange).Should().BeTrue();
        thrown.ParamName.Should().Be("date");
        thrown.Should().BeAssignableTo<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void IsWorkingDay_BeforeTheFirstYear_ThrowsSayingNoEarlierYearIsRecorded()
    {
        var act = () => Xinjiang.IsWorkingDay(D("2014-12-31"));

        act.Should().Throw<CalendarRangeException>()
            .WithMessage("2014-12-31 is outside the calendar 'cn-xj' (2015-01-01 … 2026-12-31): this calendar records no year before 2015");
    }

    [Fact]
    public void AddWorkingDays_ResultBeyondTheLastYear_Throws()
    {
        var act = () => National.AddWorkingDays(D("2026-12-30"), 3);

        var thrown = act.Should().Throw<CalendarRangeException>().Which;
        thrown.Message.Should().StartWith("the 3rd working day after 2026-12-30 lies after 2026-12-31");
        thrown.Date.Should().Be(D("2027-01-01"));
        thrown.ParamName.Should().Be("workingDays");
    }

    [Fact]
    public void AddWorkingDays_ResultBeforeTheFirstYear_Throws()
    {
        var act = () => National.AddWorkingDays(D("2015-01-06"), -3);

        act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(D("2014-12-31"));
    }

    [Fact]
    public void AddWorkingDays_HugeCount_ThrowsRangeExceptionNotOverflow()
    {
        var forward = () => National.AddWorkingDays(D("2020-01-01"), int.MaxValue);
        var backward = () => National.AddWorkingDays(D("2020-01-01"), int.MinValue);

        forward.Should().Throw<CalendarRangeException>();
        backward.Should().Throw<CalendarRangeException>();
    }

    [Fact]
    public void WorkingDaysBetween_EndIn2027_ThrowsForTheEnd()
    {
        var act = () => National.WorkingDaysBetween(D("2026-12-01"), D("2027-01-04"));

        act.Should().Throw<CalendarRangeException>().Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void Deadline_In2027_ThrowsInsteadOfGuessingMondayToFriday()
    {
        var act = () => National.Deadline(D("2026-12-31"), 1);

        act.Should().Throw<CalendarRangeException>();
    }

    [Fact]
    public void ExceptionsBetween_LastBeforeFirst_Throws()
    {
        var act = () => National.ExceptionsBetween(D("2024-02-01"), D("2024-01-01"));

        act.Should().Throw<ArgumentException>().WithParameterName("last");
    }

    [Fact]
    public void ExceptionsBetween_AYear_ListsOnlyThatYearInclusive()
    {
        var exceptions = National.ExceptionsBetween(D("2024-01-01"), D("2024-12-31"));

        exceptions.Should().HaveCount(27);
        exceptions[0].ToString().Should().Be("2024-01-01 off 元旦");
        exceptions[^1].ToString().Should().Be("2024-10-12 work 国庆节");
    }

    [Fact]
    public void IsWorkingDay_YearZero_ThrowsRangeException()
    {
        var act = () => National.IsWorkingDay(new NodaTime.LocalDate(0, 6, 1));

        act.Should().Throw<CalendarRangeException>();
    }
}
