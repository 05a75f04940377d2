using Compliance.Rules.Tests.Calendar;

namespace Compliance.Rules.Tests.Cli;

/// <summary>
/// <c>--calendar-file</c> on <c>validate</c>, <c>test</c> and <c>calendar</c>: a host calendar file replaces the calendar
/// with its id, and an error in it is printed as that error, with its file, line and column.
/// </summary>
public sealed class CalendarFileOptionTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "calendar-file-cli-" + Guid.NewGuid().ToString("N"));

    public CalendarFileOptionTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CalendarDeadline_HostNationalCalendarAdding2027_PrintsTheDeadlineIn2027()
    {
        var file = Write("cn.yaml", HostCalendars.National2027);

        var (exit, output, error) = CliRun.Run("calendar", "deadline", "--calendar", "cn", "--calendar-file", file, "2026-12-30", "3");
        var (builtInExit, _, builtInError) = CliRun.Run("calendar", "deadline", "--calendar", "cn", "2026-12-30", "3");

        exit.Should().Be(0, error);
        CliRun.Lines(output).Should().Equal("2027-01-05");
        builtInExit.Should().Be(1);
        builtInError.Should().Contain("2026-12-31");
    }

    [Fact]
    public void Validate_BuiltInXjbtWithAHostXinjiangCalendar_IsValid()
    {
        var file = Write("cn-xj.yaml", HostCalendars.Xinjiang2027);

        var (exit, output, error) = CliRun.Run("validate", "builtin:xjbt-2024", "--calendar-file", file);

        exit.Should().Be(0, error);
        CliRun.Lines(output)[^1].Should().StartWith("builtin:xjbt-2024: valid:");
    }

    [Fact]
    public void Validate_BrokenHostCalendarFile_PrintsItsOwnErrorWithLineAndColumn()
    {
        var file = Write("cn.yaml", HostCalendars.National2027.Replace("kind: off", "kind: offf", StringComparison.Ordinal));

        var (exit, output, _) = CliRun.Run("validate", "builtin:gb-2019", "--calendar-file", file);

        exit.Should().Be(1);
        var lines = CliRun.Lines(output);
        lines.Should().ContainSingle(l => l.Contains("error", StringComparison.Ordinal) && !l.StartsWith("builtin:gb-2019:", StringComparison.Ordinal))
            .Which.Should().StartWith($"{file}:9:35: error CR0004: ");
        lines.Should().NotContain(l => l.Contains("CR2009", StringComparison.Ordinal));
        lines[^1].Should().Be("builtin:gb-2019: invalid: 1 error(s), 0 warning(s)");
    }

    [Fact]
    public void Test_BuiltInXjbtWithAHostXinjiangCalendar_RunsEveryCase()
    {
        var file = Write("cn-xj.yaml", HostCalendars.Xinjiang2027);

        var (exit, output, error) = CliRun.Run("test", "builtin:xjbt-2024", "--calendar-file", file);

        exit.Should().Be(0, error + output);
        CliRun.Lines(output)[^1].Should().MatchRegex("^[1-9][0-9]* passed, 0 failed$");
    }

    [Fact]
    public void Test_TwoCalendarFilesWithOneId_FailsNamingBoth()
    {
        var first = Write("cn.yaml", HostCalendars.National2027);
        Directory.CreateDirectory(Path.Combine(_folder, "other"));
        var second = Write(Path.Combine("other", "cn.yaml"), HostCalendars.National2027);

        var (exit, _, error) = CliRun.Run("test", "builtin:gb-2019", "--calendar-file", first, "--calendar-file", second);

        exit.Should().Be(2);
        error.Should().Contain($"'{first}' and '{second}' both define the calendar 'cn'");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
