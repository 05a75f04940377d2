using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.Cli;

/// <summary>The <c>test</c> command: each failure with expected and actual values, then exactly "N passed, N failed".</summary>
public sealed class TestCommandTest
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
              Publication:
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
            $"{folder.File("indicators", "a.yaml")}:4:11: error CR0004: 'kind' must be veto, deduction or bonus, found 'vetoo' [X-1]",
            $"error: '{folder.Folder}' could not be loaded; run 'compliance-rules validate {folder.Folder}' for every diagnostic");
    }
}
