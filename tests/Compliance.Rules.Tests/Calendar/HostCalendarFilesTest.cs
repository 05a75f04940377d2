using Compliance.Rules.Calendar;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// A host's calendar file with a built-in id that extends that id (<c>id: cn</c>, <c>extends: cn</c>) extends the built-in
/// calendar; built-in calendars keep resolving their own extends among the built-ins.
/// </summary>
public sealed class HostCalendarFilesTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "host-calendar-test-" + Guid.NewGuid().ToString("N"));

    public HostCalendarFilesTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadFile_HostCalendarExtendingItsOwnId_ExtendsTheBuiltInCalendarOfThatId()
    {
        var path = Write("cn.yaml", HostCalendars.National2027);

        var result = WorkingDayCalendars.LoadFile(path);

        result.Diagnostics.Should().BeEmpty();
        var calendar = result.GetValueOrThrow();
        calendar.Id.Should().Be("cn");
        calendar.CoveredRange.End.Should().Be(D("2027-12-31"));
        calendar.Deadline(D("2026-12-30"), 3).Should().Be(D("2027-01-05"));
        calendar.Exceptions.Take(National.Exceptions.Length).Should().Equal(National.Exceptions);
    }

    [Fact]
    public void LoadFolder_HostNationalCalendarBesideAnOverlayOfBuiltInXinjiang_LeavesXinjiangOnTheBuiltInNationalDays()
    {
        // The host's cn covers 2027, but the built-in cn-xj does not know Xinjiang's 2027 festivals: it must not grow.
        Write("cn.yaml", HostCalendars.National2027);
        Write("xj-county.yaml", "id: xj-county\nname: 某县\nextends: cn-xj\nyears: []\n");

        var calendars = WorkingDayCalendars.LoadFolderOrThrow(_folder);

        calendars.Select(c => (c.Id, c.CoveredRange.End)).Should().Equal(("cn", D("2027-12-31")), ("xj-county", D("2026-12-31")));
    }

    [Fact]
    public void LoadFile_HostXinjiangCalendarAddingAYear_CoversItWithItsUnknownFestivals()
    {
        var path = Write("cn-xj.yaml", HostCalendars.Xinjiang2027);

        var calendar = WorkingDayCalendars.LoadFileOrThrow(path);

        calendar.CoveredRange.End.Should().Be(D("2027-12-31"));
        calendar.Exceptions.Should().Contain(Xinjiang.Exceptions);
        calendar.UnknownHolidays.Where(u => u.Year == 2027).Select(u => u.Holiday).Should().Equal("肉孜节", "古尔邦节");
    }

    [Fact]
    public void Parse_CalendarExtendingItsOwnIdWithNoSuchBuiltIn_ReportsCR1014()
    {
        var errors = WorkingDayCalendars.Parse("id: local\nname: L\nextends: local\nyears: []\n", "local.yaml").Errors.ToList();

        var error = errors.Should().ContainSingle().Which;
        error.Code.Should().Be("CR1014");
        error.Location.Should().Be(new Compliance.Rules.Diagnostics.SourceLocation("local.yaml", 3, 10));
        error.Message.Should().Contain("no built-in calendar 'local'");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
