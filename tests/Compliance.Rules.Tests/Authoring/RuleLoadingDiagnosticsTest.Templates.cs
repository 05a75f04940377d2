using Compliance.Rules.Diagnostics;
using Compliance.Rules.Authoring;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>Reason and detail templates, checked against the placeholders the condition offers (CR2011).</summary>
public sealed partial class RuleLoadingDiagnosticsTest
{
    [Fact]
    public void Read_ReasonWithUnknownPlaceholder_ReportsItAtTheReasonWithWhatIsOffered()
    {
        var result = ReadIndicators(BlankColumnCount("reason: 空白栏目{cnt}个"));

        var error = SingleError(result, DiagnosticCodes.TemplateError.Code, IndicatorFile, 11, 13, "W-1");
        error.Message.Should().StartWith("reason: unknown placeholder '{cnt}'; this indicator offers: as_of, count, earliest.last_updated, latest.last_updated, subject.");
        error.Message.Should().EndWith(", threshold");
    }

    [Fact]
    public void Read_DetailWithATimeFormatOnADate_ReportsTheFormat()
    {
        var result = ReadIndicators(BlankColumnCount("reason: 空白栏目{count}个\n    detail: \"{as_of:M月d日HH}起\""));

        var error = SingleError(result, DiagnosticCodes.TemplateError.Code, IndicatorFile, 12, 13, "W-1");
        error.Message.Should().Be("detail: format 'M月d日HH' does not fit placeholder '{as_of}' (a date: use a NodaTime pattern such as M月d日)");
    }

    [Fact]
    public void Read_DayOffsetOnANumber_ReportsTheOffset()
    {
        var result = ReadIndicators(BlankColumnCount("reason: \"{count+1d}个空白栏目\""));

        var error = SingleError(result, DiagnosticCodes.TemplateError.Code, IndicatorFile, 11, 13, "W-1");
        error.Message.Should().Be("reason: placeholder '{count}' is not a date, so it takes no day offset");
    }

    [Fact]
    public void Read_UnclosedPlaceholder_ReportsWhereItOpens()
    {
        var result = ReadIndicators(BlankColumnCount("reason: 空白栏目{count个"));

        var error = SingleError(result, DiagnosticCodes.TemplateError.Code, IndicatorFile, 11, 13, "W-1");
        error.Message.Should().Be("reason: placeholder opened at character 5 is not closed with '}'");
    }

    /// <summary>A veto counting blank columns whose reason line (line 11, value from column 13) is <paramref name="reasonLine"/>.</summary>
    private static string BlankColumnCount(string reasonLine) =>
        $$"""
        indicators:
          - id: W-1
            name: 空白栏目
            kind: veto
            applies_to: website
            source: 测试 1
            provenance: confirmed
            when:
              count: { of: column, where: { is_blank: true } }
              gte: 1
            {{reasonLine}}
        """;
}
