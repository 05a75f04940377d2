using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Benchmarks.Baseline;

/// <summary>Reduces the engine's findings to what the hand-written evaluator produces, for comparison.</summary>
public static class EngineFindings
{
    /// <summary>Converts one engine finding.</summary>
    /// <param name="subject">The subject it was found on.</param>
    /// <param name="finding">The finding.</param>
    /// <returns>The comparable finding.</returns>
    public static BaselineFinding ToBaseline(Subject subject, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(finding);
        return new BaselineFinding(
            finding.IndicatorId,
            subject.Id,
            finding.Points,
            [.. finding.Evidence.Facts.Select(f => f.Id).Order(StringComparer.Ordinal)]);
    }
}
