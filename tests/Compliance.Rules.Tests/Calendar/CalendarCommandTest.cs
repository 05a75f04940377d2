using Compliance.Rules.Tests.Cli;
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
    public void IsWorkingDay_NeitherCalendarNorRules_FailsNamingBoth()
    {
        var (exit, _, error) = Run("calendar", "is-working-day", "2024-06-14");

        exit.Should().Be(1);
        error.Should().Be("error: give the calendar with --calendar <id> (such as --calendar cn) or a rule set with --rules (such as --rules builtin:xjbt-2024), whose calendar is then used" + Environment.NewLine);
    }

    [Theory]
    [InlineData("builtin:xjbt-2024", "2024-06-24")]
    [InlineData("builtin:gb-2019", "2024-06-19")]
    public void Deadline_RulesWithoutCalendar_CountsOnTheCalendarTheRevisionNames(string rules, string expected)
    {
        // Received Friday 2024-06-14: nationally Mon 17th to Wed 19th are the three working days; in Xinjiang (cn-xj,
        // which xjbt-2024 names) 古尔邦节 takes 17th to 19th off, so the third working day is Monday 24th.
        var (exit, output, error) = Run("calendar", "deadline", "--rules", rules, "2024-06-14", "3");

        exit.Should().Be(0, error);
        output.Should().Be(expected + Environment.NewLine);
    }

    [Fact]
    public void Deadline_CalendarAndRules_CountsOnTheCalendarGiven()
    {
        var (exit, output, _) = Run("calendar", "deadline", "--rules", "builtin:xjbt-2024", "--calendar", "cn", "2024-06-14", "3");

        exit.Should().Be(0);
        output.Should().Be("2024-06-19" + Environment.NewLine);
    }

    [Fact]
    public void Exceptions_RulesFolderWithErrors_ReportsThemAndListsNothing()
    {
        var revision = Path.Combine(_folder, "broken");
        Directory.CreateDirectory(revision);
        File.WriteAllText(Path.Combine(revision, "revision.yaml"), "id: broken\n");

        var (exit, output, error) = Run("calendar", "exceptions", "--rules", revision);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith($"error: the rule set '{revision}' has ").And.Contain("CR");
    }

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    private static List<string> Lines(string text) =>
        text.Split(Environment.NewLine).Where(l => l.Length > 0).ToList();
}
