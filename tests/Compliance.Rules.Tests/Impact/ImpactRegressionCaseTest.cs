using Compliance.Rules.Diagnostics;
using Compliance.Rules.Testing;
using Compliance.Rules.Tests.Cli;

namespace Compliance.Rules.Tests.Impact;

/// <summary>Regression cases that state the impact of their revision against a base (<c>impact:</c>).</summary>
public class ImpactRegressionCaseTest
{
    private const string Case = """
        cases:
          - name: 7天
            as_of: 2024-06-27
            new_media:
              - { id: A12, name: 甲, operator: 某局, account_type: 微信订阅号, unit: 某师市, status: 正常 }
              - { id: A13, name: 乙, operator: 某局, account_type: 微信订阅号, unit: 某师市, status: 正常 }
            observations:
              publication:
                - { id: p12, subject_id: A12, published: 2024-06-12, title: 推文 }
                - { id: p13, subject_id: A13, published: 2024-06-13, title: 推文 }
            impact: { base: xjbt-2024, newly_failing: [FAILING], newly_passing: [] }
        """;

    [Fact]
    public void Run_OverlayCaseFile_Passes()
    {
        var rules = ImpactSample.Nm7.Value;
        var suite = RegressionSuite.ReadFolder(ImpactSample.Candidate, rules.Revision).GetValueOrThrow();

        var results = RegressionRunner.Run(rules, suite);

        results.Should().ContainSingle().Which.Mismatches.Should().BeEmpty();
        suite.Cases[0].Impact!.NewlyFailing.Should().Equal("A13", "A19");
    }

    [Fact]
    public void Run_ImpactListsTheWrongAccount_ReportsExpectedAndActual()
    {
        var rules = ImpactSample.Nm7.Value;
        var suite = RegressionSuite.Parse(Case.Replace("FAILING", "A12", StringComparison.Ordinal), "t.yaml", rules.Revision).GetValueOrThrow();

        var result = RegressionRunner.Run(rules, suite).Single();

        result.Mismatches.Should().ContainSingle().Which.ToString().Should().Be("impact newly_failing against xjbt-2024: expected [A12], actual [A13]");
    }

    [Fact]
    public void Parse_ImpactNamesASubjectTheCaseDoesNotHave_IsAnError()
    {
        var result = RegressionSuite.Parse(Case.Replace("FAILING", "B9", StringComparison.Ordinal), "t.yaml", ImpactSample.Nm7.Value.Revision);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(RegressionDiagnosticCodes.UnknownSubject.Code);
    }

    [Fact]
    public void TestCommand_OverlayFolder_RunsTheImpactCase()
    {
        var (exit, output, error) = CliRun.Run("test", ImpactSample.Candidate);

        exit.Should().Be(0, error);
        output.Should().EndWith("1 passed, 0 failed" + Environment.NewLine);
    }
}
