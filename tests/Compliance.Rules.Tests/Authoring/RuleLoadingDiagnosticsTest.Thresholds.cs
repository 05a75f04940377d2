using Compliance.Rules.Diagnostics;
using Compliance.Rules.Authoring;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>Impossible numbers: thresholds and amounts (CR2010) and time windows (CR2015).</summary>
public sealed partial class RuleLoadingDiagnosticsTest
{
    [Fact]
    public void Read_CountAtLeastMinusOne_ReportsImpossibleThresholdAtTheNumber()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 空白栏目
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  count: { of: column, where: { is_blank: true } }
                  gte: -1
                reason: 空白栏目{count}个
            """);

        var error = SingleError(result, DiagnosticCodes.ImpossibleThreshold.Code, IndicatorFile, 10, 12, "W-1");
        error.Message.Should().Be("a count is never negative, so 'gte: -1' is impossible");
    }

    [Fact]
    public void Read_RatioAtLeast150Percent_ReportsImpossibleThresholdAsWritten()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 首页不可访问
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  ratio:
                    of: availability_probe
                    matching: { reached: false }
                  gte: 150%
                reason: 首页不可访问占比{ratio:P1}
            """);

        var error = SingleError(result, DiagnosticCodes.ImpossibleThreshold.Code, IndicatorFile, 12, 12, "W-1");
        error.Message.Should().Be("a ratio lies between 0 and 1 (0% and 100%), so 'gte: 150%' is impossible");
    }

    [Fact]
    public void Read_CountWithAFractionalThreshold_ReportsImpossibleThreshold()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 空白栏目
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  count: { of: column, where: { is_blank: true } }
                  gt: 2.5
                reason: 空白栏目{count}个
            """);

        var error = SingleError(result, DiagnosticCodes.ImpossibleThreshold.Code, IndicatorFile, 10, 11, "W-1");
        error.Message.Should().Be("'gt' must be a whole number here, found '2.5'");
    }

    [Fact]
    public void Read_WindowWithTwoUnits_ReportsInvalidWindowAtTheWindow()
    {
        var result = ReadIndicators(StaleColumnIndicator("last_updated: { not_within: { calendar_days: 14, months: 1 } }"));

        var error = SingleError(result, DiagnosticCodes.InvalidWindow.Code, IndicatorFile, 12, 39, "W-1");
        error.Message.Should().Be("a time window needs exactly one of calendar_days, working_days, months, years; found calendar_days, months");
    }

    [Fact]
    public void Read_WindowOfZeroDays_ReportsInvalidWindowAtTheAmount()
    {
        var result = ReadIndicators(StaleColumnIndicator("last_updated: { not_within: { calendar_days: 0 } }"));

        var error = SingleError(result, DiagnosticCodes.InvalidWindow.Code, IndicatorFile, 12, 56, "W-1");
        error.Message.Should().Be("a window of 0 calendar_days is impossible: the amount must be at least 1");
    }

    [Fact]
    public void Read_WindowWithoutUnit_ReportsInvalidWindowAtTheWindow()
    {
        var result = ReadIndicators(StaleColumnIndicator("last_updated: { not_within: { start: exclusive } }"));

        var error = SingleError(result, DiagnosticCodes.InvalidWindow.Code, IndicatorFile, 12, 39, "W-1");
        error.Message.Should().Be("a time window needs exactly one of calendar_days, working_days, months, years; found none");
    }
}
