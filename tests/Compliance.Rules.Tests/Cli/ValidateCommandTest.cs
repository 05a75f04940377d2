namespace Compliance.Rules.Tests.Cli;

/// <summary>The <c>validate</c> command: every diagnostic as file:line:col, a summary line, exit code 1 on errors.</summary>
public sealed class ValidateCommandTest
{
    private static readonly string OneUnverifiedIndicator = TempRevision.HomepageVeto(verified: false);

    [Fact]
    public void Validate_BrokenFolder_PrintsEachDiagnosticAndASummaryAndFails()
    {
        using var folder = new TempRevision("broken", OneUnverifiedIndicator + """

              - id: X-2
                name: 栏目不更新
                kind: veto
                applies_to: website
                source: 测试 2
                verified: true
                when:
                  count: { of: Column }
                  gte: -1
                reason: 栏目{count}个
              - id: X-3
                name: 政策文件
                kind: deduction
                group: G9
                applies_to: website
                source: 测试 3
                verified: true
                when:
                  exists: { of: Column }
                points: 5
                reason: 政策文件
            """);
        var file = folder.File("indicators", "a.yaml");

        var (exit, output, _) = CliRun.Run("validate", folder.Folder);

        exit.Should().Be(1);
        CliRun.Lines(output).Should().Equal(
            $"{file}:7:5: warning CR2100: indicator 'X-1' is not verified against an official source (verified: false) [X-1]",
            $"{file}:19:12: error CR2010: a count is never negative, so 'gte: -1' is impossible [X-2]",
            $"{file}:24:12: error CR2012: unknown group 'G9'; the revision defines no groups [X-3]",
            $"{folder.Folder}: invalid: 2 error(s), 1 warning(s)");
    }

    [Fact]
    public void Validate_BrokenCases_PrintsTheCaseDiagnosticsAfterTheRuleSetsAndFails()
    {
        using var folder = new TempRevision("cases", OneUnverifiedIndicator, """
            cases:
              - name: 甲
                as_of: 2024-06-20
                websites:
                  - { id: D, name: 网站, organiser: 单位, is_portal: false, provides_external_services: false, level: 市级 }
                expect:
                  E: { verdict: 合格, violations: [] }
              - name: 乙
                as_of: 2024-06-20
                websites:
                  - { id: D, name: 网站, organiser: 单位, is_portal: false, provides_external_services: false, level: 市级 }
                expect:
                  D: { verdict: 合格, violations: [X-9], bonuses: [X-1] }
            """);
        var rules = folder.File("indicators", "a.yaml");
        var cases = folder.File("tests", "cases.yaml");

        var (exit, output, _) = CliRun.Run("validate", folder.Folder);

        exit.Should().Be(1);
        CliRun.Lines(output).Should().Equal(
            $"{rules}:7:5: warning CR2100: indicator 'X-1' is not verified against an official source (verified: false) [X-1]",
            $"{cases}:7:7: error CR4002: the case has no subject 'E' (did you mean 'D'?); its subjects are: D [甲]",
            $"{cases}:7:7: error CR4003: subject 'D' has no expectation: every subject of a case needs one [甲]",
            $"{cases}:13:38: error CR4004: revision 'broken' has no indicator 'X-9' (did you mean 'X-1'?) [乙]",
            $"{cases}:13:54: error CR4004: 'X-1' is not a bonus indicator: list it under 'violations' [乙]",
            $"{folder.Folder}: invalid: 4 error(s), 1 warning(s)");
    }

    [Fact]
    public void Validate_BuiltInRevision_ListsUnverifiedIndicatorsAsWarningsAndSucceeds()
    {
        var (exit, output, _) = CliRun.Run("validate", "builtin:gb-2019-supervision");

        exit.Should().Be(0);
        var lines = CliRun.Lines(output);
        lines.Should().HaveCount(7);
        lines.Take(6).Should().OnlyContain(line => line.Contains(": warning CR2100: indicator '", StringComparison.Ordinal));
        lines.Take(6).Select(line => line[(line.LastIndexOf('[') + 1)..^1]).Should().Equal("S-V2", "S-D-OTHER", "S-B1", "S-B2", "S-B3", "S-B5");
        lines[^1].Should().Be($"builtin:gb-2019-supervision: valid: 10 indicators (6 not verified), {RegressionSuiteCount("gb-2019-supervision")} regression cases; 0 error(s), 6 warning(s)");
    }

    [Fact]
    public void Validate_MissingFolder_Fails()
    {
        var (exit, output, _) = CliRun.Run("validate", "/no/such/revision");

        exit.Should().Be(1);
        CliRun.Lines(output)[^1].Should().Be("/no/such/revision: invalid: 1 error(s), 0 warning(s)");
    }

    private static int RegressionSuiteCount(string id) => Testing.RegressionSuite.ReadBuiltIn(id).GetValueOrThrow().Cases.Length;
}
