using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// Every problem a calendar file can have is reported with its code, file, line, column and year; one test per code.
/// </summary>
public class CalendarValidationTest
{
    private const string File = "test.yaml";
    private const string OverlayFile = "test-xj.yaml";

    [Fact]
    public void Parse_ValidMinimalCalendar_LoadsWithoutDiagnostics()
    {
        var result = WorkingDayCalendars.Parse(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: 国务院办公厅关于2024年部分节假日安排的通知, published: 2023-10-25, url: https://www.gov.cn/ }
                exceptions:
                  - { date: 2024-10-01, kind: off, holiday: 国庆节 }
                  - { date: 2024-10-12, kind: work, holiday: 国庆节 }
            """,
            File);

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
        var calendar = result.GetValueOrThrow();
        calendar.IsWorkingDay(new(2024, 10, 1)).Should().BeFalse();
        calendar.IsWorkingDay(new(2024, 10, 12)).Should().BeTrue();
        calendar.CoveredRange.Length.Should().Be(366);
    }

    [Fact]
    public void Parse_TabInIndentation_ReportsSyntaxErrorAtTheTab()
    {
        // YamlDotNet reports this tab at the start of the scalar it was reading (4:11); the loader points at the tab itself.
        var errors = Errors("id: test\nname: Test\nyears:\n  - year: 2024\n\tnotices: []\n");

        ShouldBeSingle(errors, "CR0001", 5, 1, subject: null);
        errors[0].Message.Should().StartWith("not well-formed YAML").And.Contain("tab");
    }

    [Fact]
    public void Parse_UnknownKeyInExceptionDay_ReportsCR0002WithSuggestion()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-10-01, kind: off, holliday: 国庆节, holiday: 国庆节 }
            """);

        ShouldBeSingle(errors, "CR0002", 8, 40, "2024");
        errors[0].Message.Should().Contain("did you mean 'holiday'?");
    }

    [Fact]
    public void Parse_MissingHoliday_ReportsCR0003AtTheEntry()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-10-01, kind: off }
            """);

        ShouldBeSingle(errors, "CR0003", 8, 9, "2024");
    }

    [Fact]
    public void Parse_KindNotOffOrWork_ReportsCR0004AtTheValue()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-10-01, kind: holiday, holiday: 国庆节 }
            """);

        ShouldBeSingle(errors, "CR0004", 8, 35, "2024");
        errors[0].Message.Should().Contain("one of: off, work, cancel");
    }

    [Fact]
    public void Parse_DateThatDoesNotExist_ReportsCR0004()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-02-30, kind: off, holiday: 春节 }
            """);

        ShouldBeSingle(errors, "CR0004", 8, 17, "2024");
    }

    [Fact]
    public void Parse_YearIsAList_ReportsCR0004()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: [2024]
                notices:
                  - { title: T, published: 2023-10-25, url: u }
            """);

        ShouldBeSingle(errors, "CR0004", 4, 11, subject: null);
    }

    [Fact]
    public void Parse_KeyGivenTwice_ReportsCR0005AtTheSecondKey()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            name: Again
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
            """);

        ShouldBeSingle(errors, "CR0005", 3, 1, subject: null);
        errors[0].Message.Should().Be("key 'name' is given twice");
    }

    [Fact]
    public void Parse_WorkOnAWeekday_ReportsCR1001()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-10-11, kind: work, holiday: 国庆节 }
            """);

        ShouldBeSingle(errors, "CR1001", 8, 17, "2024");
        errors[0].Message.Should().Contain("2024-10-11 is a Friday");
    }

    [Fact]
    public void Parse_OffOnAWeekendDay_ReportsCR1002()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-10-05, kind: off, holiday: 国庆节 }
            """);

        ShouldBeSingle(errors, "CR1002", 8, 17, "2024");
        errors[0].Message.Should().Contain("2024-10-05 is a Saturday");
    }

    [Fact]
    public void Parse_DateBothOffAndWorking_ReportsCR1003AtTheSecondEntry()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-10-12, kind: work, holiday: 国庆节 }
                  - { date: 2024-10-12, kind: off, holiday: 国庆节 }
            """);

        ShouldBeSingle(errors, "CR1003", 9, 17, "2024");
        errors[0].Message.Should().Contain("listed as 'work' (line 8) and as 'off'");
    }

    [Fact]
    public void Parse_SameDateTwiceAcrossYearBlocks_ReportsCR1004()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2018
                notices:
                  - { title: T, published: 2017-11-30, url: u }
                exceptions:
                  - { date: 2018-12-31, kind: off, holiday: 元旦 }
              - year: 2019
                begins: 2018-12-29
                notices:
                  - { title: T, published: 2018-12-06, url: u }
                exceptions:
                  - { date: 2018-12-31, kind: off, holiday: 元旦 }
            """);

        ShouldBeSingle(errors, "CR1004", 14, 17, "2019");
    }

    [Fact]
    public void Parse_DateInThePreviousYearWithoutBegins_ReportsCR1005()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2018
                notices:
                  - { title: T, published: 2017-11-30, url: u }
              - year: 2019
                notices:
                  - { title: T, published: 2018-12-06, url: u }
                exceptions:
                  - { date: 2018-12-29, kind: work, holiday: 元旦 }
            """);

        ShouldBeSingle(errors, "CR1005", 11, 17, "2019");
        errors[0].Message.Should().Contain("2018-12-29 is outside its year block 2019");
    }

    [Fact]
    public void Parse_DateBeforeBegins_ReportsCR1005()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2018
                notices:
                  - { title: T, published: 2017-11-30, url: u }
              - year: 2019
                begins: 2018-12-30
                notices:
                  - { title: T, published: 2018-12-06, url: u }
                exceptions:
                  - { date: 2018-12-29, kind: work, holiday: 元旦 }
            """);

        ShouldBeSingle(errors, "CR1005", 12, 17, "2019");
        errors[0].Message.Should().Contain("the block begins on 2018-12-30");
    }

    [Fact]
    public void Parse_OverlayExtendingNothingKnown_ReportsCR1006AtExtends()
    {
        var errors = Errors(
            """
            id: test-xj
            name: Test overlay
            extends: nowhere
            years: []
            """,
            OverlayFile);

        ShouldBeSingle(errors, "CR1006", 3, 10, "test-xj", OverlayFile);
        errors[0].Message.Should().Contain("no such calendar").And.Contain("cn, cn-xj");
    }

    [Fact]
    public void Parse_CancelOfADayTheBaseDoesNotWork_ReportsCR1007()
    {
        var errors = Errors(
            """
            id: test-xj
            name: Test overlay
            extends: cn
            years:
              - year: 2024
                exceptions:
                  - { date: 2024-10-19, kind: cancel, holiday: 古尔邦节, confidence: high }
            """,
            OverlayFile);

        ShouldBeSingle(errors, "CR1007", 7, 17, "2024", OverlayFile);
        errors[0].Message.Should().Contain("'cn' has no make-up working day on 2024-10-19");
    }

    [Fact]
    public void Parse_CancelInACalendarWithoutBase_ReportsCR1007()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-10-12, kind: cancel, holiday: 国庆节 }
            """);

        ShouldBeSingle(errors, "CR1007", 8, 17, "2024");
    }

    [Fact]
    public void Parse_YearListedTwice_ReportsCR1008AtTheSecond()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
            """);

        ShouldBeSingle(errors, "CR1008", 7, 11, "2024");
        errors[0].Message.Should().Contain("first at line 4");
    }

    [Fact]
    public void Parse_GapBetweenYears_ReportsCR1009()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2023
                notices:
                  - { title: T, published: 2022-12-08, url: u }
              - year: 2025
                notices:
                  - { title: T, published: 2024-11-12, url: u }
            """);

        ShouldBeSingle(errors, "CR1009", 7, 11, "2025");
        errors[0].Message.Should().Contain("2024 is missing");
    }

    [Fact]
    public void Parse_NoYears_ReportsCR1009()
    {
        var errors = Errors("id: test\nname: Test\nyears: []\n");

        ShouldBeSingle(errors, "CR1009", 3, 8, subject: null);
    }

    [Fact]
    public void Parse_BeginsNotInDecemberOfTheYearBefore_ReportsCR1010()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2018
                notices:
                  - { title: T, published: 2017-11-30, url: u }
              - year: 2019
                begins: 2018-11-29
                notices:
                  - { title: T, published: 2018-12-06, url: u }
            """);

        ShouldBeSingle(errors, "CR1010", 8, 13, "2019");
    }

    [Fact]
    public void Parse_FirstYearBeginsInTheYearBefore_ReportsCR1010()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2019
                begins: 2018-12-29
                notices:
                  - { title: T, published: 2018-12-06, url: u }
            """);

        ShouldBeSingle(errors, "CR1010", 5, 13, "2019");
        errors[0].Message.Should().Contain("add a block for 2018 first");
    }

    [Fact]
    public void Parse_UndefinedSourceKey_ReportsCR1011AtTheKey()
    {
        var errors = Errors(
            """
            id: test-xj
            name: Test overlay
            extends: cn
            sources:
              XJ-2024: { title: A report, urls: [example.org/a] }
            years:
              - year: 2024
                exceptions:
                  - { date: 2024-04-10, kind: off, holiday: 肉孜节, confidence: medium, sources: [XJ-2024, XJ-2042] }
            """,
            OverlayFile);

        ShouldBeSingle(errors, "CR1011", 9, 93, "2024", OverlayFile);
        errors[0].Message.Should().Contain("unknown source 'XJ-2042'; defined: XJ-2024");
    }

    [Fact]
    public void Parse_OverlayRepeatingANationalDayOff_ReportsCR1012()
    {
        var errors = Errors(
            """
            id: test-xj
            name: Test overlay
            extends: cn
            years:
              - year: 2024
                exceptions:
                  - { date: 2024-10-01, kind: off, holiday: 国庆节, confidence: high }
            """,
            OverlayFile);

        ShouldBeSingle(errors, "CR1012", 7, 17, "2024", OverlayFile);
    }

    [Fact]
    public void Parse_FirstNoticeIsAnAmendment_ReportsCR1013()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u, amends: true }
            """);

        ShouldBeSingle(errors, "CR1013", 6, 60, "2024");
    }

    [Fact]
    public void Parse_SecondNoticeNotMarkedAsAmending_ReportsCR1013()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2020
                notices:
                  - { title: T, published: 2019-11-21, url: u }
                  - { title: U, published: 2020-01-27, url: v }
            """);

        ShouldBeSingle(errors, "CR1013", 7, 9, "2020");
    }

    [Fact]
    public void Parse_AmendmentPublishedBeforeTheOriginal_ReportsCR1013()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2020
                notices:
                  - { title: T, published: 2019-11-21, url: u }
                  - { title: U, published: 2019-11-20, url: v, amends: true }
            """);

        ShouldBeSingle(errors, "CR1013", 7, 32, "2020");
    }

    [Fact]
    public void Load_CalendarsExtendingEachOther_ReportsCR1014()
    {
        var files = new Dictionary<string, CalendarText>
        {
            ["a"] = new("a.yaml", "id: a\nname: A\nextends: b\nyears: []\n"),
            ["b"] = new("b.yaml", "id: b\nname: B\nextends: a\nyears: []\n"),
        };
        var loader = new CalendarLoader(id => files.GetValueOrDefault(id));

        var calendar = loader.Load(files["a"]);

        calendar.Should().BeNull();
        ShouldBeSingle(loader.Diagnostics.ToList(), "CR1014", 3, 10, "b", "b.yaml");
    }

    [Fact]
    public void Parse_IdDifferentFromFileName_ReportsCR1015()
    {
        var errors = Errors(
            """
            id: national
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
            """);

        ShouldBeSingle(errors, "CR1015", 1, 5, subject: null);
    }

    [Fact]
    public void Parse_HolidayUnknownButRecorded_ReportsCR1016()
    {
        var errors = Errors(
            """
            id: test-xj
            name: Test overlay
            extends: cn
            years:
              - year: 2024
                exceptions:
                  - { date: 2024-04-10, kind: off, holiday: 肉孜节, confidence: medium }
                unknown:
                  - { holiday: 肉孜节, note: not found }
            """,
            OverlayFile);

        ShouldBeSingle(errors, "CR1016", 9, 20, "2024", OverlayFile);
    }

    [Fact]
    public void Parse_HolidayUnknownTwice_ReportsCR1017()
    {
        var errors = Errors(
            """
            id: test-xj
            name: Test overlay
            extends: cn
            years:
              - year: 2017
                unknown:
                  - { holiday: 肉孜节, note: not found }
                  - { holiday: 肉孜节, note: still not found }
            """,
            OverlayFile);

        ShouldBeSingle(errors, "CR1017", 8, 20, "2017", OverlayFile);
    }

    [Fact]
    public void Parse_OverlayYearBeforeTheBase_ReportsCR1018()
    {
        // Years after the base's last one are added to it (CalendarAddedYearsTest); a year before its first is an error.
        var errors = Errors(
            """
            id: test-xj
            name: Test overlay
            extends: cn
            years:
              - year: 2014
                exceptions:
                  - { date: 2014-10-08, kind: off, holiday: 古尔邦节, confidence: low }
            """,
            OverlayFile);

        ShouldBeSingle(errors, "CR1018", 5, 11, "2014", OverlayFile);
    }

    [Fact]
    public void Parse_OverlayDateBeforeTheBase_ReportsCR1018()
    {
        var errors = Errors(
            """
            id: test-xj
            name: Test overlay
            extends: cn
            years:
              - year: 2015
                begins: 2014-12-29
                exceptions:
                  - { date: 2014-12-29, kind: off, holiday: 元旦, confidence: high }
            """,
            OverlayFile);

        ShouldBeSingle(errors, "CR1018", 8, 17, "2015", OverlayFile);
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsCR1019()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-calendar-" + Guid.NewGuid().ToString("N") + ".yaml");

        var errors = WorkingDayCalendars.LoadFile(path).Errors.ToList();

        errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CR1019" && d.Location == SourceLocation.OfFile(path));
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneInSourceOrder()
    {
        var errors = Errors(
            """
            id: test
            name: Test
            years:
              - year: 2024
                notices:
                  - { title: T, published: 2023-10-25, url: u }
                exceptions:
                  - { date: 2024-10-05, kind: off, holiday: 国庆节 }
                  - { date: 2024-10-11, kind: work, holiday: 国庆节 }
                  - { date: 2023-10-02, kind: off, holiday: 国庆节 }
                  - { date: 2024-10-01, kind: off, holiday: 国庆节, colour: red }
            """);

        errors.Select(e => $"{e.Code}@{e.Location.Line}:{e.Location.Column}").Should().Equal(
            "CR1002@8:17", "CR1001@9:17", "CR1005@10:17", "CR0002@11:54");
        errors.Should().OnlyContain(e => e.Subject == "2024" && e.Location.File == File);
    }

    [Fact]
    public void ParseOrThrow_InvalidFile_ThrowsDiagnosticsExceptionListingEveryError()
    {
        var result = WorkingDayCalendars.Parse("id: test\nname: Test\nyears: []\n", File);

        var act = () => result.GetValueOrThrow();

        act.Should().Throw<DiagnosticsException>().Which.Message.Should().Contain("test.yaml:3:8: error CR1009");
    }

    private static List<Diagnostic> Errors(string yaml, string file = File) =>
        WorkingDayCalendars.Parse(yaml, file).Errors.ToList();

    private static void ShouldBeSingle(List<Diagnostic> errors, string code, int line, int column, string? subject, string file = File)
    {
        errors.Should().ContainSingle(string.Join(Environment.NewLine, errors));
        var error = errors[0];
        error.Code.Should().Be(code, error.ToString());
        error.Location.Should().Be(new SourceLocation(file, line, column), error.ToString());
        error.Subject.Should().Be(subject, error.ToString());
    }
}
