namespace Compliance.Rules.Tests.Cli;

/// <summary>The <c>validate</c> command: every diagnostic as file:line:col, a summary line, exit code 1 on errors.</summary>
public sealed class ValidateCommandTest
{
    private static readonly string OneDerivedIndicator = TempRevision.HomepageVeto("derived");

    [Fact]
    public void Validate_BrokenFolder_PrintsEachDiagnosticAndASummaryAndFails()
    {
        using var folder = new TempRevision("broken", OneDerivedIndicator + """

              - id: X-2
                name: 栏目不更新
                kind: veto
                applies_to: website
                source: 测试 2
                provenance: confirmed
                when:
                  count: { of: column }
                  gte: -1
                reason: 栏目{count}个
              - id: X-3
                name: 政策文件
                kind: deduction
                group: G9
                applies_to: website
                source: 测试 3
                provenance: confirmed
                when:
                  exists: { of: column }
                points: 5
                reason: 政策文件
            """);
        var file = folder.File("indicators", "a.yaml");

        var (exit, output, _) = CliRun.Run("validate", folder.Folder);

        exit.Should().Be(1);
        CliRun.Lines(output).Should().Equal(
            $"{file}:19:12: error CR2010: a count is never negative, so 'gte: -1' is impossible [X-2]",
            $"{file}:24:12: error CR2012: unknown group 'G9'; the revision defines no groups [X-3]",
            $"{folder.Folder}: invalid: 2 error(s), 0 warning(s)");
    }

    [Fact]
    public void Validate_BrokenCases_PrintsTheCaseDiagnosticsAfterTheRuleSetsAndFails()
    {
        using var folder = new TempRevision("cases", OneDerivedIndicator, """
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
        var cases = folder.File("tests", "cases.yaml");

        var (exit, output, _) = CliRun.Run("validate", folder.Folder);

        exit.Should().Be(1);
        CliRun.Lines(output).Should().Equal(
            $"{cases}:7:7: error CR4002: the case has no subject 'E' (did you mean 'D'?); its subjects are: D [甲]",
            $"{cases}:7:7: error CR4003: subject 'D' has no expectation: every subject of a case needs one [甲]",
            $"{cases}:13:38: error CR4004: revision 'broken' has no indicator 'X-9' (did you mean 'X-1'?) [乙]",
            $"{cases}:13:54: error CR4004: 'X-1' is not a bonus indicator: list it under 'violations' [乙]",
            "provenance: 0 confirmed, 0 transcribed, 1 derived",
            $"{folder.Folder}: invalid: 4 error(s), 0 warning(s)");
    }

    [Fact]
    public void Validate_BuiltInRevision_CountsTheIndicatorsByProvenanceOnOneLineAndSucceeds()
    {
        var (exit, output, _) = CliRun.Run("validate", "builtin:gb-2019-supervision");

        exit.Should().Be(0);
        CliRun.Lines(output).Should().Equal(
            "provenance: 4 confirmed, 0 transcribed, 6 derived",
            $"builtin:gb-2019-supervision: valid: 10 indicators, {RegressionSuiteCount("gb-2019-supervision")} regression cases; 0 error(s), 0 warning(s)");
    }

    [Fact]
    public void Validate_ListProvenance_ListsEveryIndicatorWithItsProvenanceAndName()
    {
        var (exit, output, _) = CliRun.Run("validate", "builtin:gb-2019-supervision", "--list-provenance");

        exit.Should().Be(0);
        var lines = CliRun.Lines(output);
        lines.Should().HaveCount(12);
        lines[0].Should().Be("S-V1\tconfirmed\t" + RuleSet.ReadBuiltIn("gb-2019-supervision").GetValueOrThrow().Indicators[0].Name);
        lines.Take(10).Select(line => line.Split('\t')[1]).Should().Equal(
            RuleSet.ReadBuiltIn("gb-2019-supervision").GetValueOrThrow().Indicators.Select(i => i.Provenance.ToString().ToLowerInvariant()));
        lines[10].Should().Be("provenance: 4 confirmed, 0 transcribed, 6 derived");
    }

    [Fact]
    public void Validate_NationalTables_HaveNoPlaceholderRowAndOnlyTheNewMediaSubItemsDerived()
    {
        var (exit, output, _) = CliRun.Run("validate", "builtin:gb-2019");

        exit.Should().Be(0);
        CliRun.Lines(output)[^2].Should().Be("provenance: 22 confirmed, 36 transcribed, 4 derived");
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
