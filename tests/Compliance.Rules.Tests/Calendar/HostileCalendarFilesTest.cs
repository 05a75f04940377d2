using System.Text;
using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Tests.Hostile;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// Hostile calendar files (issue 10): refused with positioned diagnostics, never an exception or a hang, and no calendar
/// is read from outside the folder being loaded.
/// </summary>
public sealed class HostileCalendarFilesTest : IDisposable
{
    private const string Valid =
        """
        id: test
        name: Test
        years:
          - year: 2024
            notices:
              - { title: 国务院办公厅关于2024年部分节假日安排的通知, published: 2023-10-25, url: https://www.gov.cn/ }
            exceptions:
              - { date: 2024-10-01, kind: off, holiday: 国庆节 }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cr-calendars-" + Guid.NewGuid().ToString("N"));

    public HostileCalendarFilesTest()
    {
        Directory.CreateDirectory(Path.Combine(_root, "calendars"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
    }

    private string Folder => Path.Combine(_root, "calendars");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Parse_NestedFarTooDeep_ReportsCR0006()
    {
        var result = HangGuard.Run("the calendar", () => WorkingDayCalendars.Parse(Valid + "\n" + HostileYaml.DeepFlowLines("note", 100_000), "test.yaml"));

        Single(result.Diagnostics, "CR0006").Location.Line.Should().Be(9 + InputLimits.YamlMaxDepth);
    }

    [Fact]
    public void Parse_BillionLaughs_ReportsCR0007()
    {
        var result = HangGuard.Run("the calendar", () => WorkingDayCalendars.Parse("id: test\nname: Test\n" + HostileYaml.AliasBomb("years"), "test.yaml"));

        Single(result.Diagnostics, "CR0007").Location.Line.Should().Be(8);
    }

    [Fact]
    public void Parse_TextLargerThanTheLimit_ReportsCR0008()
    {
        var result = WorkingDayCalendars.Parse(Valid + "# " + new string('x', InputLimits.CalendarFileMaxBytes) + "\n", "test.yaml");

        Single(result.Diagnostics, "CR0008").Location.Should().Be(SourceLocation.OfFile("test.yaml"));
    }

    [Fact]
    public void LoadFile_LineLongerThanTheLimit_ReportsCR0009()
    {
        var path = Write("test.yaml", Valid.Replace("name: Test", "name: " + new string('x', 5_000), StringComparison.Ordinal));

        Single(WorkingDayCalendars.LoadFile(path).Diagnostics, "CR0009").Location.Should().Be(new SourceLocation(path, 2, InputLimits.CalendarFileMaxLineLength + 1));
    }

    [Fact]
    public void Parse_IncludeTag_ReportsCR0010()
    {
        var result = WorkingDayCalendars.Parse(Valid.Replace("name: Test", "name: !include secret.yaml", StringComparison.Ordinal), "test.yaml");

        Single(result.Diagnostics, "CR0010").Location.Should().Be(new SourceLocation("test.yaml", 2, 7));
    }

    [Fact]
    public void LoadFile_GbkFile_ReportsOneCR0011()
    {
        var path = Path.Combine(Folder, "test.yaml");
        File.WriteAllBytes(path, HostileYaml.Gb18030(Valid));

        var error = Single(WorkingDayCalendars.LoadFile(path).Diagnostics, "CR0011");
        error.Message.Should().StartWith("this file is GBK/GB18030, not UTF-8; save it as UTF-8");
        error.Location.Should().Be(new SourceLocation(path, 6, 18), "the first Chinese character (国) is the first byte that is not UTF-8");
    }

    [Fact]
    public void Parse_KeyGivenTwiceAndAnUnknownKey_ReportsBoth()
    {
        var result = WorkingDayCalendars.Parse("id: test\nname: Test\nname: Again\nnmae: x\n" + Valid["id: test\nname: Test\n".Length..], "test.yaml");

        result.Diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column}").Should().Equal("CR0005 3:1", "CR0002 4:1");
    }

    [Theory]
    [InlineData("../elsewhere/base")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    public void LoadFolder_ExtendsAPath_ReportsCR2018AndReadsNothingFromThere(string extends)
    {
        File.WriteAllText(Path.Combine(_root, "elsewhere", "base.yaml"), Valid.Replace("id: test", "id: base", StringComparison.Ordinal));
        var path = Write("test-xj.yaml", $"id: test-xj\nname: Test XJ\nextends: \"{extends}\"\nyears: []\n");

        var error = Single(WorkingDayCalendars.LoadFolder(Folder).Diagnostics, "CR2018");
        error.Location.Should().Be(new SourceLocation(path, 3, 10));
    }

    [Fact]
    public void LoadFolder_LinkToAFileOutside_ReportsCR2020AndNeverReadsIt()
    {
        var secret = Path.Combine(_root, "elsewhere", "passwd");
        File.WriteAllText(secret, "root:x:0:0:root:/root:/bin/bash\n");
        var link = Path.Combine(Folder, "cn-x.yaml");
        File.CreateSymbolicLink(link, secret);

        var error = Single(WorkingDayCalendars.LoadFolder(Folder).Diagnostics, "CR2020");
        error.Location.Should().Be(SourceLocation.OfFile(link));
        error.Message.Should().NotContain("root:x");
    }

    [Fact]
    public void LoadFolder_DanglingLink_ReportsCR1019()
    {
        Write("test.yaml", Valid);
        var link = Path.Combine(Folder, "zz.yaml");
        File.CreateSymbolicLink(link, "gone.yaml");

        var error = Single(WorkingDayCalendars.LoadFolder(Folder).Diagnostics, "CR1019");
        error.Location.Should().Be(SourceLocation.OfFile(link));
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var error = diagnostics.Should().ContainSingle(string.Join(Environment.NewLine, diagnostics)).Which;
        error.Code.Should().Be(code);
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        return error;
    }

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, yaml, new UTF8Encoding(false));
        return path;
    }
}
