using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// Each problem the rule loader reports, written inline into a temporary revision folder and read with
/// <see cref="RuleSet.Read"/>: the exact code, file, line, column and indicator. Positions are counted by hand from the
/// YAML shown (lines and columns start at 1).
/// </summary>
public sealed partial class RuleLoadingDiagnosticsTest : IDisposable
{
    /// <summary>A complete revision.yaml with a deduction group PUBLISH and a bonus group BONUS.</summary>
    internal const string BaseRevision =
        """
        id: t
        title: 测试规则集
        document: 测试〔2024〕1号
        effective_from: 2024-01-01
        calendar: cn
        scoring:
          base: 100
          fail_below: 60
          bonus_above: 80
          bonus_max: 30
          scored: website
          bonus_eligible: { subject: website, where: { is_portal: true } }
        groups:
          - { id: PUBLISH, name: 发布解读, kind: deduction, max: 30 }
          - { id: BONUS, name: 加分, kind: bonus, max: 30 }
        """;

    private readonly TempRuleFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    /// <summary>Reads revision "t" (<see cref="BaseRevision"/>) with one indicator file, indicators/a.yaml.</summary>
    private LoadResult<RuleRevision> ReadIndicators(string yaml) => RuleSet.Read(_folders.Revision("t", BaseRevision, ("a.yaml", yaml)));

    /// <summary>Gets the path of revision "t"'s indicators/a.yaml.</summary>
    private string IndicatorFile => _folders.IndicatorFile("t", "a.yaml");

    /// <summary>Asserts that loading reported exactly one diagnostic, and returns it.</summary>
    private static Diagnostic Single(LoadResult<RuleRevision> result)
    {
        result.Diagnostics.Should().ContainSingle(string.Join(Environment.NewLine, result.Diagnostics));
        return result.Diagnostics[0];
    }

    /// <summary>Asserts that loading failed with exactly one diagnostic, an error at the given place.</summary>
    private static Diagnostic SingleError(LoadResult<RuleRevision> result, string code, string file, int line, int column, string? subject)
    {
        result.Success.Should().BeFalse();
        var diagnostic = Single(result);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Code.Should().Be(code);
        diagnostic.Location.Should().Be(new SourceLocation(file, line, column));
        diagnostic.Subject.Should().Be(subject);
        return diagnostic;
    }
}
