using Compliance.Rules.Authoring;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// The shape of one indicator: groups (CR2012), points (CR2013), conditions (CR2014), subject kinds (CR2017), and the
/// deprecation warning for the old verified key (CR2101).
/// </summary>
public sealed partial class RuleLoadingDiagnosticsTest
{
    [Fact]
    public void Read_UnknownGroup_ReportsItAtTheGroupWithSuggestion()
    {
        var result = ReadIndicators(BlankColumnDeduction("group: PUBLISHING", "points: { per_occurrence: 1, max: 5 }"));

        var error = SingleError(result, DiagnosticCodes.GroupError.Code, IndicatorFile, 5, 12, "W-D1");
        error.Message.Should().Be("unknown group 'PUBLISHING' (did you mean 'PUBLISH'?); the groups are: BONUS, PUBLISH");
    }

    [Fact]
    public void Read_DeductionInABonusGroup_ReportsTheKindMismatchAtTheGroup()
    {
        var result = ReadIndicators(BlankColumnDeduction("group: BONUS", "points: { per_occurrence: 1, max: 5 }"));

        var error = SingleError(result, DiagnosticCodes.GroupError.Code, IndicatorFile, 5, 12, "W-D1");
        error.Message.Should().Be("group 'BONUS' holds bonus indicators, but this indicator is a deduction");
    }

    [Fact]
    public void Read_VetoWithPoints_ReportsPointsErrorAtThePoints()
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
                  exists: { of: column, where: { is_blank: true } }
                points: 5
                reason: 存在空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.PointsError.Code, IndicatorFile, 10, 13, "W-1");
        error.Message.Should().Be("a veto indicator takes no points: one violation fails the subject");
    }

    [Fact]
    public void Read_DeductionWithoutPoints_ReportsPointsErrorAtTheIndicator()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-D1
                name: 空白栏目
                kind: deduction
                group: PUBLISH
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  exists: { of: column, where: { is_blank: true } }
                reason: 存在空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.PointsError.Code, IndicatorFile, 2, 5, "W-D1");
        error.Message.Should().Be("a deduction indicator needs 'points'");
    }

    [Fact]
    public void Read_CapBelowThePointsOfOneOccurrence_ReportsPointsErrorAtTheCap()
    {
        var result = ReadIndicators(BlankColumnDeduction("group: PUBLISH", "points: { per_occurrence: 2, max: 1 }"));

        var error = SingleError(result, DiagnosticCodes.PointsError.Code, IndicatorFile, 11, 39, "W-D1");
        error.Message.Should().Be("'max' (1) is below the points of one occurrence (2)");
    }

    [Fact]
    public void Read_ConditionWithTwoAggregates_ReportsConditionShapeAtTheSecond()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 栏目问题
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  exists: { of: column, where: { is_blank: true } }
                  none: { of: publication }
                reason: 栏目问题
            """);

        var error = SingleError(result, DiagnosticCodes.ConditionShape.Code, IndicatorFile, 10, 7, "W-1");
        error.Message.Should().Be(
            "a condition needs exactly one of all, subject, each, exists, none, count, ratio, sum, age; found exists and none (combine several with 'all')");
    }

    [Fact]
    public void Read_ConditionWithOnlyAComparison_ReportsConditionShapeAtTheCondition()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 栏目问题
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  gte: 5
                reason: 栏目问题
            """);

        var error = SingleError(result, DiagnosticCodes.ConditionShape.Code, IndicatorFile, 9, 7, "W-1");
        error.Message.Should().Be(
            "a condition needs exactly one of all, subject, each, exists, none, count, ratio, sum, age; found none (combine several with 'all')");
    }

    [Fact]
    public void Read_ExistsWithAComparison_ReportsConditionShapeAtTheComparison()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 栏目问题
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  exists: { of: column, where: { is_blank: true } }
                  gte: 2
                reason: 栏目问题
            """);

        var error = SingleError(result, DiagnosticCodes.ConditionShape.Code, IndicatorFile, 10, 12, "W-1");
        error.Message.Should().Be("'exists' takes no comparison; use 'count' with 'gte' to compare a number of facts");
    }

    [Fact]
    public void Read_UnknownSubjectKind_ReportsItAtTheApplicability()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 空白栏目
                kind: veto
                applies_to: websites
                source: 测试 1
                provenance: confirmed
                when:
                  exists: { of: column, where: { is_blank: true } }
                reason: 存在空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.UnknownSubjectKind.Code, IndicatorFile, 5, 17, "W-1");
        error.Message.Should().Be("unknown subject kind 'websites'; expected website, new_media or supervisor");
    }

    [Fact]
    public void Read_VerifiedKey_LoadsAsItsProvenanceWithADeprecationWarningAtVerified()
    {
        var result = ReadIndicators(BlankColumnVetoWith("verified: false"));

        result.Success.Should().BeTrue();
        var warning = Single(result);
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Code.Should().Be(DiagnosticCodes.Deprecated.Code);
        warning.Location.Should().Be(new SourceLocation(IndicatorFile, 7, 5));
        warning.Subject.Should().Be("W-1");
        warning.Message.Should().Be("'verified: false' is a deprecated form: write 'provenance: derived' (confirmed, transcribed or derived)");
        result.GetValueOrThrow().Indicators.Single().Provenance.Should().Be(IndicatorProvenance.Derived);
    }

    [Theory]
    [InlineData("provenance: transcribed", IndicatorProvenance.Transcribed)]
    [InlineData("provenance: confirmed", IndicatorProvenance.Confirmed)]
    [InlineData("verified: true", IndicatorProvenance.Confirmed)]
    public void Read_Provenance_IsTheIndicatorsProvenance(string line, IndicatorProvenance expected)
    {
        var result = ReadIndicators(BlankColumnVetoWith(line));

        result.GetValueOrThrow().Indicators.Single().Provenance.Should().Be(expected);
    }

    [Fact]
    public void Read_UnknownProvenance_IsAnErrorWithTheValuesItTakes()
    {
        var result = ReadIndicators(BlankColumnVetoWith("provenance: confirmd"));

        var error = SingleError(result, DiagnosticCodes.WrongType.Code, IndicatorFile, 7, 17, "W-1");
        error.Message.Should().Be("'provenance' must be confirmed, transcribed or derived, found 'confirmd' (did you mean 'confirmed'?)");
    }

    [Fact]
    public void Read_ProvenanceAndVerifiedTogether_IsAnErrorAtVerified()
    {
        var result = ReadIndicators(BlankColumnVetoWith("provenance: confirmed\n    verified: true"));

        var error = SingleError(result, DiagnosticCodes.UnknownKey.Code, IndicatorFile, 8, 15, "W-1");
        error.Message.Should().Be("'verified' is the old form of 'provenance': give only 'provenance'");
    }

    // The blank-column veto of RuleLoadingDiagnosticsTest.Revisions with another line 7 in place of its provenance.
    private static string BlankColumnVetoWith(string provenanceLine) =>
        BlankColumnVeto.Replace("provenance: confirmed", provenanceLine, StringComparison.Ordinal);

    /// <summary>
    /// A deduction per blank column whose group line is line 5 (value from column 12) and points line is line 11
    /// (value from column 13).
    /// </summary>
    private static string BlankColumnDeduction(string groupLine, string pointsLine) =>
        $$"""
        indicators:
          - id: W-D1
            name: 空白栏目
            kind: deduction
            {{groupLine}}
            applies_to: website
            source: 测试 1
            provenance: confirmed
            when:
              each: { of: column, where: { is_blank: true } }
            {{pointsLine}}
            reason: 空白栏目：{name}
        """;
}
