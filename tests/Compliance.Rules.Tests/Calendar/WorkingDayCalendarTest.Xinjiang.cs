using Compliance.Rules.Calendar;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>The Xinjiang calendar: the national days plus the regional deltas of holidays.md, and its unknown cells.</summary>
public partial class WorkingDayCalendarTest
{
    [Theory]
    [InlineData(2016, 248)]
    [InlineData(2022, 245)]
    [InlineData(2023, 245)]
    [InlineData(2024, 247)]
    [InlineData(2025, 244)]
    [InlineData(2026, 244)]
    public void WorkingDays_XinjiangCalendarYear_MatchesHolidaysMdSection4(int year, int expected)
    {
        var dayByDay = WorkingDaysIn(Xinjiang, year);

        dayByDay.Should().Be(expected);
    }

    [Fact]
    public void Exceptions_Xinjiang_AreTheNationalOnesPlusTheRegionalDeltas()
    {
        var expectedDeltas = new[]
        {
            "2016-09-10 work 古尔邦节 MediumHigh", "2016-09-12 off 古尔邦节 MediumHigh", "2016-09-13 off 古尔邦节 MediumHigh",
            "2016-09-14 off 古尔邦节 MediumHigh", "2022-05-05 off 肉孜节 High", "2022-07-11 off 古尔邦节 High",
            "2022-07-12 off 古尔邦节 High", "2022-07-13 off 古尔邦节 High", "2023-04-21 off 肉孜节 High",
            "2023-06-28 off 古尔邦节 High", "2023-06-29 off 古尔邦节 High", "2023-06-30 off 古尔邦节 High",
            "2024-04-10 off 肉孜节 Medium", "2024-06-17 off 古尔邦节 Medium", "2024-06-18 off 古尔邦节 Medium",
            "2024-06-19 off 古尔邦节 Medium", "2025-03-31 off 肉孜节 High", "2025-06-06 off 古尔邦节 High",
            "2025-06-09 off 古尔邦节 High", "2025-06-10 off 古尔邦节 High", "2026-03-20 off 肉孜节 MediumLow",
            "2026-05-27 off 古尔邦节 MediumLow", "2026-05-28 off 古尔邦节 MediumLow", "2026-05-29 off 古尔邦节 MediumLow",
        };

        var deltas = Xinjiang.Exceptions.Except(National.Exceptions).Select(e => $"{e} {e.Confidence}");

        deltas.Should().Equal(expectedDeltas);
        Xinjiang.Exceptions.Should().HaveCount(289 + 24);
        National.Exceptions.Should().BeSubsetOf(Xinjiang.Exceptions);
    }

    [Fact]
    public void UnknownHolidays_Xinjiang_RecordEveryGapOfHolidaysMdSection6()
    {
        var expected = new[]
        {
            "2015 肉孜节", "2015 古尔邦节", "2016 肉孜节", "2017 肉孜节", "2017 古尔邦节", "2018 肉孜节", "2018 古尔邦节",
            "2019 肉孜节", "2019 古尔邦节", "2020 肉孜节", "2020 古尔邦节", "2021 肉孜节", "2021 古尔邦节",
        };

        var cells = Xinjiang.UnknownHolidays.Select(u => $"{u.Year} {u.Holiday}");

        cells.Should().Equal(expected);
        Xinjiang.UnknownHolidays.Should().OnlyContain(u => u.Note.Length > 0);
    }

    [Fact]
    public void IsWorkingDay_InsideUnknownCell_UsesTheNationalDays()
    {
        // 2019 古尔邦节 (festival ≈ 8/12, a Monday) is unknown in Xinjiang: the national working week applies.
        var monday = D("2019-08-12");

        Xinjiang.IsWorkingDay(monday).Should().Be(National.IsWorkingDay(monday)).And.BeTrue();
    }

    [Fact]
    public void CoveredRange_Xinjiang_IsTheNationalRange()
    {
        Xinjiang.CoveredRange.Equals(National.CoveredRange).Should().BeTrue();
        Xinjiang.Id.Should().Be("cn-xj");
    }

    [Fact]
    public void IsWorkingDay_Xinjiang2016RegionalMakeUpSaturday_IsWorkedOnlyInXinjiang()
    {
        var saturday = D("2016-09-10");

        Xinjiang.IsWorkingDay(saturday).Should().BeTrue();
        National.IsWorkingDay(saturday).Should().BeFalse();
    }
}
