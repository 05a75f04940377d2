using System.Globalization;
using Compliance.Rules.Calendar;
using NodaTime;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// <c>around: { from, to }</c> on an unknown (festival, year) cell: the window in which the region's days off could fall,
/// so that working-day counts are flagged only when they overlap it.
/// </summary>
public class UnknownHolidayWindowTest
{
    private const string Overlay =
        """
        id: test-xj
        name: Test overlay
        extends: cn
        years:
          - year: 2019
            unknown:
              - { holiday: 肉孜节, note: not found, around: { from: 2019-06-01, to: 2019-06-08 } }
              - { holiday: 古尔邦节, note: not found }
        """;

    [Fact]
    public void Parse_UnknownCellWithAround_ExposesTheWindow()
    {
        var calendar = WorkingDayCalendars.Parse(Overlay, "test-xj.yaml").GetValueOrThrow();

        calendar.UnknownHolidays.Select(u => u.Around).Should().Equal(new DateInterval(D("2019-06-01"), D("2019-06-08")), null);
    }

    [Fact]
    public void UncertaintiesBetween_SpanOutsideTheWindow_IsNotFlaggedForThatCell()
    {
        var calendar = WorkingDayCalendars.Parse(Overlay, "test-xj.yaml").GetValueOrThrow();

        // Before this cell had a window, a March span was flagged for 肉孜节 because it touched 2019.
        calendar.UncertaintiesBetween(D("2019-03-01"), D("2019-03-06")).Should().Equal(
            "日历 test-xj 未记录2019年古尔邦节的放假日期（无日期范围，按全年计），按全国安排计算");
    }

    [Theory]
    [InlineData("2019-05-28", "2019-06-01")]
    [InlineData("2019-06-08", "2019-06-12")]
    [InlineData("2019-05-01", "2019-07-01")]
    public void UncertaintiesBetween_SpanOverlappingTheWindow_NamesTheWindow(string first, string last)
    {
        var calendar = WorkingDayCalendars.Parse(Overlay, "test-xj.yaml").GetValueOrThrow();

        calendar.UncertaintiesBetween(D(first), D(last)).Should().Equal(
            "日历 test-xj 未记录2019年肉孜节的放假日期（预计在2019-06-01至2019-06-08之间），按全国安排计算",
            "日历 test-xj 未记录2019年古尔邦节的放假日期（无日期范围，按全年计），按全国安排计算");
    }

    [Fact]
    public void UncertaintiesBetween_SpanInAnotherYear_IsNotFlaggedForACellWithoutWindow()
    {
        var calendar = WorkingDayCalendars.Parse(Overlay, "test-xj.yaml").GetValueOrThrow();

        calendar.UncertaintiesBetween(D("2020-06-01"), D("2020-06-05")).Should().BeEmpty();
    }

    [Fact]
    public void Parse_WindowEndingBeforeItStarts_ReportsCR0004AtTo()
    {
        var errors = WorkingDayCalendars.Parse(Overlay.Replace("to: 2019-06-08", "to: 2019-05-08", StringComparison.Ordinal), "test-xj.yaml").Errors.ToList();

        errors.Select(e => $"{e.Code}@{e.Location.Line}:{e.Location.Column} [{e.Subject}]").Should().Equal("CR0004@7:74 [2019]");
    }

    [Fact]
    public void Parse_WindowInAnotherYear_ReportsCR1005()
    {
        var errors = WorkingDayCalendars.Parse(Overlay.Replace("2019-06-", "2018-06-", StringComparison.Ordinal), "test-xj.yaml").Errors.ToList();

        errors.Select(e => e.Code).Should().Equal("CR1005");
    }

    [Fact]
    public void Xinjiang_EveryUnknownCell_HasTheUmAlQuraWindowOfItsFestival()
    {
        // The oracle: the expected date E by Umm al-Qura, and E − 3 … E + length + 3, as cn-xj.yaml's comment says.
        var hijri = new UmAlQuraCalendar();
        foreach (var cell in Xinjiang.UnknownHolidays)
        {
            var (month, day, length) = cell.Holiday == "肉孜节" ? (10, 1, 1) : (12, 10, 3);
            var expected = Enumerable.Range(hijri.GetYear(new DateTime(cell.Year, 1, 1)), 2)
                .Select(y => LocalDate.FromDateTime(hijri.ToDateTime(y, month, day, 0, 0, 0, 0)))
                .Single(d => d.Year == cell.Year);

            var window = new DateInterval(expected.PlusDays(-3), expected.PlusDays(length + 3));
            window.Equals(cell.Around).Should().BeTrue($"{cell.Year} {cell.Holiday} should be around {window}, not {cell.Around}");
        }
    }

    [Fact]
    public void UncertaintiesBetween_XinjiangMarch2019_NoLongerFlagsThe2019Festivals()
    {
        Xinjiang.UncertaintiesBetween(D("2019-03-01"), D("2019-03-08")).Should().BeEmpty();
        Xinjiang.UncertaintiesBetween(D("2019-08-09"), D("2019-08-14")).Should().Equal(
            "日历 cn-xj 未记录2019年古尔邦节的放假日期（预计在2019-08-08至2019-08-17之间），按全国安排计算");
    }
}
