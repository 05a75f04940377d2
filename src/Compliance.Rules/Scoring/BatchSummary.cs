using System.Collections.Immutable;

namespace Compliance.Rules.Scoring;

/// <summary>The counts of a batch, per subject kind and in all.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="ByKind">The counts per subject kind, websites first.</param>
/// <param name="Total">How many subjects were assessed.</param>
/// <param name="Passed">How many passed.</param>
/// <param name="Failed">How many failed.</param>
public sealed record BatchSummary(ImmutableArray<KindSummary> ByKind, int Total, int Passed, int Failed)
{
    /// <summary>Gets the pass rate of all subjects, in percent, rounded half-up to two places.</summary>
    public decimal PassRate => KindSummary.Rate(Passed, Total);
}
