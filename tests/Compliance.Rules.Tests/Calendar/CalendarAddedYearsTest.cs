using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// An overlay may add whole years after the end of its base: a host adds 2027 before the built-in calendar has it,
/// without copying the national calendar. The added years must follow the base's last year without a gap.
/// </summary>
public class CalendarAddedYearsTest
{
    // Test data, not the State Council's 2027 notice (unpublished when this was written): 元旦 on Friday 2027-01-01 only.
    private const string Year2027 =
        """
          - year: 2027
            notices:
              - { title: 测试用2027年元旦安排（非正式通知）, published: 2026-11-01, url: https://example.invalid/2027 }
            exceptions:
              - { date: 2027-01-01, kind: off, holiday: 元旦, confidence: high }
        """;

    [Fact]
    public void Parse_OverlayAddingTheYearAfterItsBase_ExtendsTheCoveredRangeToThatYearsEnd()
    {
        var result = WorkingDayCalendars.Parse("id: cn-2027\nname: 全国 + 2027\nextends: cn\nyears:\n" + Year2027, "cn-2027.yaml");

        result.Diagnostics.Should().BeEmpty();
        var calendar = result.GetValueOrThrow();
        calendar.CoveredRange.Start.Should().Be(D("2015-01-01"));
        calendar.CoveredRange.End.Should().Be(D("2027-12-31"));

        // Received Wed 2026-12-30: Thu 12/31 is the 1st working day, Fri 2027-01-01 is off, Mon 1/4 and Tue 1/5 follow.
        calendar.Deadline(D("2026-12-30"), 3).Should().Be(D("2027-01-05"));
        calendar.IsWorkingDay(D("2027-01-01")).Should().BeFalse();
        WorkingDaysIn(calendar, 2026).Should().Be(WorkingDaysIn(National, 2026));
        calendar.Exceptions.Should().HaveCount(National.Exceptions.Length + 1);
    }

    [Fact]
    public void Parse_OverlayAddingAYearAfterAGap_ReportsCR1009NamingTheMissingYear()
    {
        var errors = WorkingDayCalendars.Parse(
            "id: cn-2028\nname: 全国 + 2028\nextends: cn\nyears:\n" + Year2027.Replace("2027", "2028", StringComparison.Ordinal).Replace("2028-01-01", "2028-01-03", StringComparison.Ordinal),
            "cn-2028.yaml").Errors.ToList();

        var error = errors.Should().ContainSingle(string.Join(Environment.NewLine, errors)).Which;
        error.Code.Should().Be("CR1009");
        error.Location.Should().Be(new SourceLocation("cn-2028.yaml", 5, 11));
        error.Subject.Should().Be("2028");
        error.Message.Should().Contain("2027 is missing").And.Contain("would claim to know 2027");
    }

    [Fact]
    public void Parse_AddedYearWithoutNotices_ReportsCR0003()
    {
        var errors = WorkingDayCalendars.Parse(
            """
            id: cn-2027
            name: 全国 + 2027
            extends: cn
            years:
              - year: 2027
                exceptions:
                  - { date: 2027-01-01, kind: off, holiday: 元旦, confidence: high }
            """,
            "cn-2027.yaml").Errors.ToList();

        var error = errors.Should().ContainSingle(string.Join(Environment.NewLine, errors)).Which;
        error.Code.Should().Be("CR0003");
        error.Location.Should().Be(new SourceLocation("cn-2027.yaml", 5, 11));
        error.Message.Should().Contain("notices");
    }

    [Fact]
    public void Parse_RegionalOverlayAddingAYear_KeepsTheRegionsDaysAndAddsTheYear()
    {
        var result = WorkingDayCalendars.Parse(
            "id: xj-2027\nname: 新疆 + 2027\nextends: cn-xj\nyears:\n" + Year2027 +
            """

                unknown:
                  - { holiday: 肉孜节, note: regional notice not yet published }
                  - { holiday: 古尔邦节, note: regional notice not yet published }
            """,
            "xj-2027.yaml");

        result.Diagnostics.Should().BeEmpty();
        var calendar = result.GetValueOrThrow();
        calendar.CoveredRange.End.Should().Be(D("2027-12-31"));
        calendar.IsWorkingDay(D("2026-03-20")).Should().BeFalse("the region's 2026 肉孜节 day off stays");
        calendar.UnknownHolidays.TakeLast(2).Select(u => $"{u.Year} {u.Holiday}").Should().Equal("2027 肉孜节", "2027 古尔邦节");
    }

    [Fact]
    public void Parse_AddedYearBeginningInTheBasesLastDecember_AddsThoseDaysToo()
    {
        var yaml = "id: cn-2027\nname: 全国 + 2027\nextends: cn\nyears:\n"
            + Year2027.Replace("- year: 2027", "- year: 2027\n    begins: 2026-12-26", StringComparison.Ordinal)
            + "\n      - { date: 2026-12-26, kind: work, holiday: 元旦, confidence: high }\n";

        var result = WorkingDayCalendars.Parse(yaml, "cn-2027.yaml");

        result.Diagnostics.Should().BeEmpty();
        result.GetValueOrThrow().IsWorkingDay(D("2026-12-26")).Should().BeTrue("Saturday 2026-12-26 is the added year's make-up day");
    }
}
