using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>Running regression cases: a case passes when every expectation holds, otherwise each difference is reported.</summary>
public sealed class RegressionRunnerTest
{
    private const string Site = "{ id: D, name: 某局网站, organiser: 某局, is_portal: false, provides_external_services: false, level: 市级 }";

    [Fact]
    public void Run_ExpectationsThatHold_Passes()
    {
        var regressionCase = SiteCase("""
                    verdict: 不合格
                    failure_cause: 单项否决
                    violations: [W-V3a]
                    bonuses: []
                    deduction_score: null
                    bonus: null
                    total: null
                    reasons: [{ indicator: W-V3a, reason: 监测时间点前2周内首页无信息更新 }]
            """);

        var result = RegressionRunner.Run(RuleSet.BuiltIn("gb-2019"), regressionCase);

        result.Passed.Should().BeTrue(string.Join("; ", result.Mismatches));
    }

    [Fact]
    public void Run_WrongExpectations_ReportsEachDifferenceWithExpectedAndActual()
    {
        var regressionCase = SiteCase("""
                    verdict: 合格
                    failure_cause: 无
                    violations: []
                    bonuses: [W-B4b]
                    deduction_score: 100
                    reasons: [{ indicator: W-V3a, reason: 首页超过2周未更新, detail: 6月6日起 }]
            """);

        var result = RegressionRunner.Run(RuleSet.BuiltIn("gb-2019"), regressionCase);

        result.Passed.Should().BeFalse();
        result.Mismatches.Select(m => m.ToString()).Should().Equal(
            "D verdict: expected 合格, actual 不合格",
            "D failure_cause: expected 无, actual 单项否决",
            "D violations: expected [], actual [W-V3a]",
            "D bonuses: expected [W-B4b], actual []",
            "D deduction_score: expected 100, actual null",
            "D reason of W-V3a: expected \"首页超过2周未更新\" / \"6月6日起\", actual \"监测时间点前2周内首页无信息更新\" / \"\"");
    }

    [Fact]
    public void Run_Suite_ReturnsOneResultPerCaseInOrder()
    {
        var suite = RegressionSuite.ReadBuiltIn("gb-2019-supervision").GetValueOrThrow();

        var results = RegressionRunner.Run(RuleSet.BuiltIn("gb-2019-supervision"), suite);

        results.Select(r => r.Case).Should().Equal(suite.Cases);
        results.Should().OnlyContain(r => r.Passed);
    }

    /// <summary>Builds a case of one department site without any observation, at 2019-06-20, with the expectation given for it.</summary>
    private static RegressionCase SiteCase(string expectation)
    {
        var yaml = $"""
            cases:
              - name: 首页未更新
                as_of: 2019-06-20
                websites: [{Site}]
                expect:
                  D:
            {expectation}
            """;
        return RegressionSuite.Parse(yaml, "case.yaml", RuleSet.ReadBuiltIn("gb-2019").GetValueOrThrow()).GetValueOrThrow().Cases.Single();
    }
}
