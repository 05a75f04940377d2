using Compliance.Rules.Calendar;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>The national calendar's data against holidays.md: the 289 exceptions and the working days per year.</summary>
public partial class WorkingDayCalendarTest
{
    [Fact]
    public void Exceptions_National2015To2026_EqualTheTablesOfHolidaysMd()
    {
        var expected = Fixture("cn-exceptions-2015-2026.txt");

        var actual = National.Exceptions.Select(e => e.ToString()).ToList();

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Exceptions_National2015To2026_Are214OffAnd75Work()
    {
        var exceptions = National.ExceptionsBetween(D("2015-01-01"), D("2026-12-31"));

        exceptions.Should().HaveCount(289);
        exceptions.Count(e => e.Kind == ExceptionKind.Off).Should().Be(214);
        exceptions.Count(e => e.Kind == ExceptionKind.Work).Should().Be(75);
    }

    [Theory]
    [InlineData(2015, 249)]
    [InlineData(2016, 250)]
    [InlineData(2017, 249)]
    [InlineData(2018, 250)]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void WorkingDays_NationalCalendarYear_MatchesHolidaysMdSection4(int year, int expected)
    {
        var dayByDay = WorkingDaysIn(National, year);

        dayByDay.Should().Be(expected);
        if (year > 2015)
        {
            National.WorkingDaysBetween(new(year - 1, 12, 31), new(year, 12, 31)).Should().Be(expected);
        }
    }

    [Fact]
    public void Exceptions_Year2019NoticeStartingIn2018_CountInCalendarYear2018()
    {
        var december2018 = National.ExceptionsBetween(D("2018-12-01"), D("2018-12-31"));

        december2018.Select(e => e.ToString()).Should().Equal("2018-12-29 work 元旦", "2018-12-31 off 元旦");
        National.IsWorkingDay(D("2018-12-30")).Should().BeFalse("Sunday 2018-12-30 is an ordinary rest day inside the break");
    }

    [Fact]
    public void IsWorkingDay_2020SpringFestivalAmendment_UsesTheAmendedDays()
    {
        National.IsWorkingDay(D("2020-01-31")).Should().BeFalse("the 2020-01-27 notice extended the break to 2/2");
        National.IsWorkingDay(D("2020-02-01")).Should().BeFalse("Saturday 2/1 is no longer a make-up day after the amendment");
        National.IsWorkingDay(D("2020-02-03")).Should().BeTrue();
    }

    [Fact]
    public void IsWorkingDay_2019LabourDayAmendment_UsesTheWidenedBreak()
    {
        National.IsWorkingDay(D("2019-04-28")).Should().BeTrue();
        National.IsWorkingDay(D("2019-05-02")).Should().BeFalse();
        National.IsWorkingDay(D("2019-05-05")).Should().BeTrue();
    }

    [Fact]
    public void IsWorkingDay_WeekendInsideBreak_IsNotAnExceptionButStillOff()
    {
        var saturday = D("2024-10-05");

        National.ExceptionsBetween(saturday, saturday).Should().BeEmpty();
        National.IsWorkingDay(saturday).Should().BeFalse();
    }

    [Fact]
    public void Exceptions_NationalCalendar_AreAllHighConfidence()
    {
        National.Exceptions.Should().OnlyContain(e => e.Confidence == Confidence.High);
        National.UnknownHolidays.Should().BeEmpty();
    }

    [Fact]
    public void CoveredRange_NationalCalendar_Is2015To2026()
    {
        National.CoveredRange.Start.Should().Be(D("2015-01-01"));
        National.CoveredRange.End.Should().Be(D("2026-12-31"));
        National.ToString().Should().Be("cn (2015-01-01 … 2026-12-31)");
    }
}
