using Compliance.Rules.Calendar;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// The registry of built-in calendars, loading from disk, and composing an overlay with its base: adding days and
/// cancelling a national make-up day (the 2014 Xinjiang precedent).
/// </summary>
public sealed class CalendarLoadingTest : IDisposable
{
    // The national 国庆节 week of 2014: 10/1–10/7 off, with make-up days Sun 9/28 and Sat 10/11.
    private const string Base2014 =
        """
        id: base
        name: National 2014
        years:
          - year: 2014
            notices:
              - { title: 国务院办公厅关于2014年部分节假日安排的通知, published: 2013-12-11, url: u }
            exceptions:
              - { date: 2014-09-28, kind: work, holiday: 国庆节 }
              - { date: 2014-10-01, kind: off, holiday: 国庆节 }
              - { date: 2014-10-02, kind: off, holiday: 国庆节 }
              - { date: 2014-10-03, kind: off, holiday: 国庆节 }
              - { date: 2014-10-06, kind: off, holiday: 国庆节 }
              - { date: 2014-10-07, kind: off, holiday: 国庆节 }
              - { date: 2014-10-11, kind: work, holiday: 国庆节 }
        """;

    // Xinjiang 2014: 古尔邦节 fell on Sun 10/5 inside the national break, and the region made both make-up days rest days.
    private const string Overlay2014 =
        """
        id: region
        name: Xinjiang 2014
        extends: base
        sources:
          XJ-2014: { title: Regional notice quoted by news.dichan.sina.com.cn, urls: [news.dichan.sina.com.cn/2014/09/17/1216380.html] }
        years:
          - year: 2014
            exceptions:
              - { date: 2014-09-28, kind: cancel, holiday: 古尔邦节, confidence: medium, sources: [XJ-2014] }
              - { date: 2014-10-11, kind: cancel, holiday: 古尔邦节, confidence: medium, sources: [XJ-2014] }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "calendar-test-" + Guid.NewGuid().ToString("N"));

    public CalendarLoadingTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadFolder_OverlayCancellingNationalMakeUpDays_MakesThemRestDays()
    {
        Write("base.yaml", Base2014);
        Write("region.yaml", Overlay2014);

        var calendars = WorkingDayCalendars.LoadFolderOrThrow(_folder);

        calendars.Select(c => c.Id).Should().Equal("base", "region");
        var (national, region) = (calendars[0], calendars[1]);
        national.IsWorkingDay(D("2014-09-28")).Should().BeTrue();
        region.IsWorkingDay(D("2014-09-28")).Should().BeFalse();
        region.IsWorkingDay(D("2014-10-11")).Should().BeFalse();
        region.Exceptions.Select(e => e.ToString()).Should().Equal(
            "2014-10-01 off 国庆节", "2014-10-02 off 国庆节", "2014-10-03 off 国庆节", "2014-10-06 off 国庆节", "2014-10-07 off 国庆节");
        region.WorkingDaysBetween(D("2014-09-26"), D("2014-10-13")).Should().Be(national.WorkingDaysBetween(D("2014-09-26"), D("2014-10-13")) - 2);
        region.CoveredRange.Equals(national.CoveredRange).Should().BeTrue();
    }

    [Fact]
    public void LoadFile_OverlayNextToItsBase_FindsTheBaseByFileName()
    {
        Write("base.yaml", Base2014);
        var path = Write("region.yaml", Overlay2014);

        var result = WorkingDayCalendars.LoadFile(path);

        result.Success.Should().BeTrue(string.Join(Environment.NewLine, result.Diagnostics));
        result.GetValueOrThrow().IsWorkingDay(D("2014-10-11")).Should().BeFalse();
    }

    [Fact]
    public void LoadFile_OverlayOnDiskExtendingTheBuiltInNationalCalendar_ComposesWithIt()
    {
        var path = Write(
            "cn-test.yaml",
            """
            id: cn-test
            name: A county that also rests on 2024-06-14
            extends: cn
            years:
              - year: 2024
                exceptions:
                  - { date: 2024-06-14, kind: off, holiday: 县庆, confidence: low }
            """);

        var calendar = WorkingDayCalendars.LoadFileOrThrow(path);

        calendar.CoveredRange.Equals(National.CoveredRange).Should().BeTrue();
        calendar.Exceptions.Should().HaveCount(290);
        calendar.AddWorkingDays(D("2024-06-13"), 1).Should().Be(D("2024-06-17"));
        calendar.Exceptions.Single(e => e.Date == D("2024-06-14")).Confidence.Should().Be(Confidence.Low);
    }

    [Fact]
    public void LoadFolder_TheRepositoryCalendarsFolder_LoadsTheSameCalendarsAsTheBuiltIns()
    {
        var calendars = WorkingDayCalendars.LoadFolderOrThrow(CalendarsFolder);

        calendars.Select(c => c.Id).Should().Equal(WorkingDayCalendars.BuiltInIds);
        calendars[0].Exceptions.Should().Equal(National.Exceptions);
        calendars[1].Exceptions.Should().Equal(Xinjiang.Exceptions);
        calendars[1].UnknownHolidays.Should().Equal(Xinjiang.UnknownHolidays);
    }

    [Fact]
    public void LoadFolder_BrokenBase_ReportsTheBaseErrorAndLoadsNeither()
    {
        Write("base.yaml", Base2014.Replace("2014-10-11, kind: work", "2014-10-10, kind: work", StringComparison.Ordinal));
        Write("region.yaml", Overlay2014);

        var result = WorkingDayCalendars.LoadFolder(_folder);

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("CR1001");
        result.Errors.Single().Location.File.Should().Be(Path.Combine(_folder, "base.yaml"));
    }

    [Fact]
    public void LoadFolder_EmptyFolder_ReportsCR1019()
    {
        var result = WorkingDayCalendars.LoadFolder(_folder);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be("CR1019");
    }

    [Fact]
    public void BuiltInIds_AreTheNationalAndXinjiangCalendars()
    {
        WorkingDayCalendars.BuiltInIds.Should().Equal("cn", "cn-xj");
    }

    [Fact]
    public void BuiltIn_CalledFromManyThreads_ReturnsOneSharedInstance()
    {
        var calendars = new WorkingDayCalendar[64];

        Parallel.For(0, calendars.Length, i => calendars[i] = WorkingDayCalendars.BuiltIn(i % 2 == 0 ? "cn" : "cn-xj"));

        calendars.Where((_, i) => i % 2 == 0).Distinct().Should().ContainSingle();
        calendars.Where((_, i) => i % 2 == 1).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void BuiltIn_UnknownId_ThrowsNamingTheBuiltInCalendars()
    {
        var act = () => WorkingDayCalendars.BuiltIn("cn-zz");

        act.Should().Throw<ArgumentException>().WithMessage("There is no built-in calendar 'cn-zz'; the built-in calendars are: cn, cn-xj.*");
    }

    [Fact]
    public void LoadBuiltIn_EachCalendar_LoadsWithoutAnyDiagnostic()
    {
        foreach (var id in WorkingDayCalendars.BuiltInIds)
        {
            WorkingDayCalendars.LoadBuiltIn(id).Diagnostics.Should().BeEmpty(id);
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
