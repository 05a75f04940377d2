using Compliance.Rules.Diagnostics;
using Compliance.Rules.Authoring;

namespace Compliance.Rules.Tests.Engine;

public class IndependentErrorsTest
{
    // A misspelt fact type must not hide an impossible threshold or negative points written beside it.
    [Fact]
    public void Read_UnknownFactTypeBesideAnImpossibleThreshold_ReportsBoth()
    {
        var folder = InlineRuleSet.Write("""
              - id: X-2
                name: 比例
                kind: deduction
                applies_to: website
                source: 测试
                provenance: confirmed
                when:
                  ratio: { of: AvailabiltyProbe, matching: { reached: false } }
                  gte: 150%
                points: -2
                reason: 比例
            """);

        var errors = RuleSet.Read(folder).Errors.ToList();

        errors.Select(e => (e.Code, e.Location.Line, e.Location.Column)).Should().Equal(
            (DiagnosticCodes.RuleUnknownFactType.Code, 9, 20),
            (DiagnosticCodes.ImpossibleThreshold.Code, 10, 12),
            (DiagnosticCodes.ImpossibleThreshold.Code, 11, 13));
        errors.Should().OnlyContain(e => e.Subject == "X-2");
    }
}
