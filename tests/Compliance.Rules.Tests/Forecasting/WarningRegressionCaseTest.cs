using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary>Regression cases that state the warnings (预警) due at their as-of date (<c>warnings:</c>, <c>forecast_days:</c>).</summary>
public class WarningRegressionCaseTest
{
    // As in rules/xjbt-2024/tests/5-warnings.yaml: the account fails from 7/5, 8 days after 6/27.
    private const string Case = """
        cases:
          - name: 账号
            as_of: 2024-06-27
            new_media:
              - { id: A1, name: 阿拉尔发布, operator: 某局, account_type: 微信订阅号, unit: 某师市, status: 正常 }
            observations:
              publication:
                - { id: p1, subject_id: A1, published: 2024-06-20, title: 推文 }
            WARNINGS
        """;

    private static CompiledRuleSet Rules => ForecastExample.Rules.Value;

    [Fact]
    public void Run_WarningWithinForecastDays_Passes()
    {
        var result = Run("forecast_days: 14\n    warnings: [{ subject: A1, indicator: NM-V2, date: 2024-07-05, text: 距超14天未更新还有8天（7月5日起不合格） }]");

        result.Passed.Should().BeTrue(string.Join("; ", result.Mismatches));
    }

    [Fact]
    public void Run_WarningNotDueYet_ReportsExpectedAndActual()
    {
        // Without forecast_days only the warnings within NM-V2's warn_ahead (3 days) are due: none on 6月27日.
        var result = Run("warnings: [{ subject: A1, indicator: NM-V2, date: 2024-07-05 }]");

        result.Mismatches.Should().ContainSingle().Which.ToString().Should().Be("warnings: expected [A1 NM-V2 2024-07-05], actual []");
    }

    [Fact]
    public void Run_WrongText_ReportsTheText()
    {
        var result = Run("forecast_days: 14\n    warnings: [{ subject: A1, indicator: NM-V2, date: 2024-07-05, text: 还有7天 }]");

        result.Mismatches.Should().ContainSingle().Which.ToString().Should().Be("A1 warning text of A1 NM-V2 2024-07-05: expected \"还有7天\", actual \"距超14天未更新还有8天（7月5日起不合格）\"");
    }

    [Fact]
    public void Parse_WarningOfAnUnknownSubjectAndIndicator_ReportsBoth()
    {
        var result = RegressionSuite.Parse(Case.Replace("WARNINGS", "warnings: [{ subject: B1, indicator: NM-V9, date: 2024-07-05 }]", StringComparison.Ordinal), "t.yaml", Rules.Revision);

        result.Errors.Select(e => e.Code).Should().BeEquivalentTo([RegressionDiagnosticCodes.UnknownSubject.Code, RegressionDiagnosticCodes.UnknownIndicator.Code]);
    }

    [Fact]
    public void Parse_ForecastDaysWithoutWarnings_IsAnError()
    {
        var result = RegressionSuite.Parse(Case.Replace("WARNINGS", "forecast_days: 14\n    expect: { A1: { verdict: 合格, violations: [] } }", StringComparison.Ordinal), "t.yaml", Rules.Revision);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("'forecast_days' says how far the case's 'warnings' look ahead: write the warnings expected too");
    }

    [Fact]
    public void Parse_ForecastDaysOutOfRange_IsAnError()
    {
        var result = RegressionSuite.Parse(Case.Replace("WARNINGS", "forecast_days: 400\n    warnings: []", StringComparison.Ordinal), "t.yaml", Rules.Revision);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("'forecast_days' is the number of days to look ahead: 1 to 366, found 400");
    }

    private static CaseResult Run(string warnings) =>
        RegressionRunner.Run(Rules, RegressionSuite.Parse(Case.Replace("WARNINGS", warnings, StringComparison.Ordinal), "t.yaml", Rules.Revision).GetValueOrThrow()).Single();
}
