using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.Cli;

/// <summary>
/// The <c>test</c> command: each failure with expected and actual values, then exactly "N passed, N failed"; with -v
/// every case and its time, with --filter the cases selected, with --junit a JUnit XML file for a CI server.
/// </summary>
public sealed partial class TestCommandTest
{
    private static readonly string Indicators = TempRevision.HomepageVeto("confirmed");

    private const string Cases = """
        cases:
          - name: 甲
            as_of: 2024-06-20
            websites:
              - { id: D, name: 网站, organiser: 单位, is_portal: false, provides_external_services: false, level: 市级 }
            expect:
              D: { verdict: 不合格, violations: [X-1] }
          - name: 乙
            as_of: 2024-06-20
            websites:
              - { id: D, name: 网站, organiser: 单位, is_portal: false, provides_external_services: false, level: 市级 }
            observations:
              publication:
                - { id: p1, subject_id: D, published: 2024-06-19, title: 信息, on_homepage: true }
            expect:
              D: { verdict: 不合格, violations: [X-1], reasons: [{ indicator: X-1, reason: 首页无信息 }] }
        """;

    [Fact]
    public void Test_FolderWithAFailingCase_PrintsItsMismatchesAndTheCounts()
    {
        using var folder = new TempRevision("rules", Indicators, Cases);

        var (exit, output, _) = CliRun.Run("test", folder.Folder);

        exit.Should().Be(1);
        CliRun.Lines(output).Should().Equal(
            $"FAIL cases.yaml/乙 ({folder.File("tests", "cases.yaml")}:8:5)",
            "  D verdict: expected 不合格, actual 合格",
            "  D violations: expected [X-1], actual []",
            "  D reason of X-1: expected \"首页无信息\", actual no finding",
            "1 passed, 1 failed");
    }

    [Theory]
    [InlineData("gb-2015")]
    [InlineData("gb-2019")]
    [InlineData("gb-2019-supervision")]
    public void Test_BuiltInRevision_RunsEveryCaseAndEndsWithTheCounts(string id)
    {
        var cases = RegressionSuite.ReadBuiltIn(id).GetValueOrThrow().Cases.Length;

        var (exit, output, _) = CliRun.Run("test", "builtin:" + id);

        exit.Should().Be(0, output);
        cases.Should().BeGreaterThan(0);
        output.Should().Be($"{cases} passed, 0 failed{Environment.NewLine}");
    }

    [Fact]
    public void Test_RuleSetWithErrors_ReportsOnStandardErrorWithExitCode2()
    {
        using var folder = new TempRevision("rules", Indicators.Replace("kind: veto", "kind: vetoo", StringComparison.Ordinal), Cases);

        var (exit, output, error) = CliRun.Run("test", folder.Folder);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        CliRun.Lines(error).Should().Equal(
            $"{folder.File("indicators", "a.yaml")}:4:11: error CR0004: 'kind' must be veto, deduction, bonus or notice, found 'vetoo' [X-1]",
            $"error: the rule set '{folder.Folder}' could not be loaded; run 'compliance-rules validate {folder.Folder}' for every diagnostic");
    }

    [Fact]
    public void Test_Verbose_ListsEveryCaseWithPassOrFailAndItsTime()
    {
        using var folder = new TempRevision("rules", Indicators, Cases);

        var (exit, output, _) = CliRun.Run("test", folder.Folder, "-v");

        exit.Should().Be(1);
        var lines = CliRun.Lines(output);
        lines.Should().HaveCount(6);
        lines[0].Should().MatchRegex($"^PASS cases.yaml/甲 \\({Regex.Escape(folder.File("tests", "cases.yaml"))}:2:5\\) [0-9]+ ms$");
        lines[1].Should().MatchRegex($"^FAIL cases.yaml/乙 \\({Regex.Escape(folder.File("tests", "cases.yaml"))}:8:5\\) [0-9]+ ms$");
        lines[2..].Should().Equal(
            "  D verdict: expected 不合格, actual 合格",
            "  D violations: expected [X-1], actual []",
            "  D reason of X-1: expected \"首页无信息\", actual no finding",
            "1 passed, 1 failed");
    }

    [Theory]
    [InlineData("甲", "1 passed, 0 failed", 0)]
    [InlineData("cases.yaml/乙", "0 passed, 1 failed", 1)]
    [InlineData("CASES.YAML", "1 passed, 1 failed", 1)]
    [InlineData("cases.*", "1 passed, 1 failed", 1)]
    [InlineData("*/甲", "1 passed, 0 failed", 0)]
    [InlineData("?", "1 passed, 1 failed", 1)]
    public void Test_Filter_RunsTheCasesWhoseFileOrNameMatches(string filter, string totals, int expectedExit)
    {
        using var folder = new TempRevision("rules", Indicators, Cases);

        var (exit, output, _) = CliRun.Run("test", folder.Folder, "--filter", filter);

        exit.Should().Be(expectedExit);
        CliRun.Lines(output)[^1].Should().Be(totals);
    }

    [Fact]
    public void Test_FilterMatchingNoCase_RunsNothingAndExitsWith2()
    {
        using var folder = new TempRevision("rules", Indicators, Cases);

        var (exit, output, error) = CliRun.Run("test", folder.Folder, "--filter", "丙*");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("error: --filter '丙*' matches none of the 2 regression case(s): nothing was run" + Environment.NewLine);
    }

    [Fact]
    public void Test_JUnit_WritesOneTestcasePerCaseWithTheFailureAsACiServerReadsIt()
    {
        using var folder = new TempRevision("rules", Indicators, Cases + """

              - name: "丁 <&> \x01"
                as_of: 2024-06-20
                websites:
                  - { id: D, name: 网站, organiser: 单位, is_portal: false, provides_external_services: false, level: 市级 }
                expect:
                  D: { verdict: 合格, violations: [] }
            """);
        var file = folder.File("junit.xml");

        var (exit, output, _) = CliRun.Run("test", folder.Folder, "--junit", file);

        exit.Should().Be(1);
        CliRun.Lines(output)[^1].Should().Be("1 passed, 2 failed");
        var root = XDocument.Load(file).Root!;
        root.Name.LocalName.Should().Be("testsuites");
        Counts(root).Should().Be((3, 2, 0, 0));
        var suite = root.Elements().Should().ContainSingle().Subject;
        suite.Name.LocalName.Should().Be("testsuite");
        suite.Attribute("name")!.Value.Should().Be("cases.yaml");
        Counts(suite).Should().Be((3, 2, 0, 0));
        var cases = suite.Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")!.Value).Should().Equal("甲", "乙", "丁 <&> \\u0001");
        cases.Should().OnlyContain(c => c.Attribute("classname")!.Value == folder.Folder + ".cases"
            && double.Parse(c.Attribute("time")!.Value, CultureInfo.InvariantCulture) >= 0);
        cases[0].Elements().Should().BeEmpty();
        var failure = cases[1].Elements().Should().ContainSingle().Subject;
        failure.Name.LocalName.Should().Be("failure");
        failure.Attribute("message")!.Value.Should().Be("D verdict: expected 不合格, actual 合格");
        failure.Value.Should().Be("D verdict: expected 不合格, actual 合格\nD violations: expected [X-1], actual []\nD reason of X-1: expected \"首页无信息\", actual no finding");
        cases[2].Element("failure")!.Attribute("message")!.Value.Should().Be("D verdict: expected 合格, actual 不合格");
        cases[2].Element("failure")!.Value.Should().Be("D verdict: expected 合格, actual 不合格\nD violations: expected [], actual [X-1]");
        cases[1].Attribute("line")!.Value.Should().Be("8");
    }

    [Fact]
    public void Test_JUnitFileThatCannotBeWritten_IsAnErrorWithExitCode2()
    {
        using var folder = new TempRevision("rules", Indicators, Cases);
        var file = folder.File("no-such-folder", "junit.xml");

        var (exit, _, error) = CliRun.Run("test", folder.Folder, "--junit", file);

        exit.Should().Be(2);
        error.Should().StartWith($"error: the JUnit file '{file}' could not be written: ");
    }

    private static (int Tests, int Failures, int Errors, int Skipped) Counts(XElement element) =>
        (Count(element, "tests"), Count(element, "failures"), Count(element, "errors"), Count(element, "skipped"));

    private static int Count(XElement element, string attribute) => int.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
