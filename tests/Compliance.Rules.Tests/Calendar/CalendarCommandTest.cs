using Compliance.Rules.Cli;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>The <c>calendar</c> command line, run in process with captured output.</summary>
public sealed class CalendarCommandTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "calendar-cli-" + Guid.NewGuid().ToString("N"));

    public CalendarCommandTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Exceptions_National2015To2026_Prints289LinesAsInHolidaysMd()
    {
        var (exit, output, error) = Run("calendar", "exceptions", "--calendar", "cn", "--from", "2015", "--to", "2026");

        exit.Should().Be(0, error);
        var lines = Lines(output);
        lines.Should().HaveCount(289);
        lines[0].Should().Be("2015-01-01 off 元旦");
        lines[^1].Should().Be("2026-10-10 work 国庆节");
        lines.Should().Equal(Fixture("cn-exceptions-2015-2026.txt"));
    }

    [Fact]
    public void Exceptions_Xinjiang2016_IncludesTheRegionalMakeUpSaturday()
    {
        var (exit, output, _) = Run("calendar", "exceptions", "--calendar", "cn-xj", "--from", "2016", "--to", "2016");

        exit.Should().Be(0);
        var lines = Lines(output);
        lines.Should().HaveCount(23 + 4);
        lines.Should().ContainInOrder("2016-09-10 work 古尔邦节", "2016-09-12 off 古尔邦节", "2016-09-13 off 古尔邦节", "2016-09-14 off 古尔邦节", "2016-09-15 off 中秋节");
    }

    [Fact]
    public void AddWorkingDays_XinjiangFromFridayBeforeCorban_PrintsTheMondayAfter()
    {
        var (exit, output, _) = Run("calendar", "add-working-days", "--calendar", "cn-xj", "2024-06-14", "3");

        exit.Should().Be(0);
        output.Should().Be("2024-06-24" + Environment.NewLine);
    }

    [Fact]
    public void AddWorkingDays_NegativeCount_PrintsTheEarlierWorkingDay()
    {
        var (exit, output, _) = Run("calendar", "add-working-days", "--calendar", "cn", "2024-10-08", "-2");

        exit.Should().Be(0);
        output.Should().Be("2024-09-29" + Environment.NewLine);
    }

    [Fact]
    public void Between_NationalDayWeek_PrintsTheCount()
    {
        var (exit, output, _) = Run("calendar", "between", "--calendar", "cn", "2024-09-27", "2024-10-08");

        exit.Should().Be(0);
        output.Should().Be("3" + Environment.NewLine);
    }

    [Theory]
    [InlineData("2024-09-29", "true")]
    [InlineData("2024-10-07", "false")]
    public void IsWorkingDay_National_PrintsTrueOrFalse(string date, string expected)
    {
        var (exit, output, _) = Run("calendar", "is-working-day", "--calendar", "cn", date);

        exit.Should().Be(0);
        output.Should().Be(expected + Environment.NewLine);
    }

    [Fact]
    public void Deadline_Xinjiang_PrintsTheLastAllowedDay()
    {
        var (exit, output, _) = Run("calendar", "deadline", "--calendar", "cn-xj", "2024-06-14", "3");

        exit.Should().Be(0);
        output.Should().Be("2024-06-24" + Environment.NewLine);
    }

    [Fact]
    public void Deadline_NegativeWorkingDays_FailsWithMessage()
    {
        var (exit, _, error) = Run("calendar", "deadline", "--calendar", "cn", "2024-06-14", "-1");

        exit.Should().NotBe(0);
        error.Should().Contain("must be 0 or more");
    }

    [Fact]
    public void CalendarOption_PathOfAnOverlayFile_ComposesWithTheBaseNextToIt()
    {
        var (exit, output, _) = Run("calendar", "add-working-days", "--calendar", Path.Combine(CalendarsFolder, "cn-xj.yaml"), "2024-06-14", "3");

        exit.Should().Be(0);
        output.Should().Be("2024-06-24" + Environment.NewLine);
    }

    [Fact]
    public void CalendarOption_FolderWithSeveralCalendars_FailsNamingThem()
    {
        var (exit, output, error) = Run("calendar", "is-working-day", "--calendar", CalendarsFolder, "2024-06-14");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("holds 2 calendars (cn, cn-xj)");
    }

    [Fact]
    public void CalendarOption_UnknownCalendar_FailsWithMessageOnStandardError()
    {
        var (exit, output, error) = Run("calendar", "is-working-day", "--calendar", "cn-zz", "2024-06-14");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("error: unknown calendar 'cn-zz': it is neither a built-in calendar (cn, cn-xj) nor an existing calendar file or folder" + Environment.NewLine);
    }

    [Fact]
    public void CalendarOption_InvalidCalendarFile_FailsListingEveryDiagnostic()
    {
        var path = Path.Combine(_folder, "bad.yaml");
        File.WriteAllText(path, "id: bad\nname: Bad\nyears: []\ncolour: red\n");

        var (exit, _, error) = Run("calendar", "is-working-day", "--calendar", path, "2024-06-14");

        exit.Should().Be(1);
        error.Should().Contain("has 2 error(s)").And.Contain($"{path}:3:8: error CR1009").And.Contain($"{path}:4:1: error CR0002");
    }

    [Fact]
    public void IsWorkingDay_UnparsableDate_FailsWithMessage()
    {
        var (exit, output, error) = Run("calendar", "is-working-day", "--calendar", "cn", "2024-13-01");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("'2024-13-01' is not a date: expected YYYY-MM-DD");
    }

    [Fact]
    public void IsWorkingDay_DateIn2027_FailsNamingTheCoveredRange()
    {
        var (exit, _, error) = Run("calendar", "is-working-day", "--calendar", "cn", "2027-01-04");

        exit.Should().Be(1);
        error.Should().StartWith("error: 2027-01-04 is outside the calendar 'cn' (2015-01-01 … 2026-12-31)");
    }

    [Fact]
    public void Exceptions_YearOutsideTheRange_FailsWithMessage()
    {
        var (exit, output, error) = Run("calendar", "exceptions", "--calendar", "cn", "--from", "2014", "--to", "2015");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("2014-01-01 is outside the calendar 'cn'");
    }

    [Fact]
    public void Exceptions_ToBeforeFrom_FailsWithMessage()
    {
        var (exit, _, error) = Run("calendar", "exceptions", "--calendar", "cn", "--from", "2020", "--to", "2019");

        exit.Should().Be(1);
        error.Should().Contain("--to 2019 is before --from 2020");
    }

    [Fact]
    public void AddWorkingDays_CountThatIsNotANumber_FailsWithParseError()
    {
        var (exit, _, error) = Run("calendar", "add-working-days", "--calendar", "cn", "2024-06-14", "three");

        exit.Should().NotBe(0);
        error.Should().Contain("three");
    }

    [Fact]
    public void IsWorkingDay_WithoutCalendar_FailsAsRequired()
    {
        var (exit, _, error) = Run("calendar", "is-working-day", "2024-06-14");

        exit.Should().NotBe(0);
        error.Should().Contain("--calendar");
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static List<string> Lines(string text) =>
        text.Split(Environment.NewLine).Where(l => l.Length > 0).ToList();
}
