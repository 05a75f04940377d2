using System.Collections.Immutable;

namespace Compliance.Rules.Results;

/// <summary>The counts of a batch, per subject kind and in all.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="ByKind">The counts per subject kind, websites first.</param>
/// <param name="Total">How many subjects were checked: passed, failed or not assessed (excluded ones are not counted).</param>
/// <param name="Passed">How many passed.</param>
/// <param name="Failed">How many failed.</param>
public sealed record BatchSummary(ImmutableArray<KindSummary> ByKind, int Total, int Passed, int Failed)
{
    /// <summary>Gets the pass rate among the subjects that received a verdict, in percent, rounded half-up to two places.</summary>
    public decimal PassRate => KindSummary.Rate(Passed, Passed + Failed);

    /// <summary>Gets how many could not be assessed (无法评估).</summary>
    public int NotAssessed { get; init; }

    /// <summary>Gets how many the revision excludes from the inspection (不纳入检查).</summary>
    public int Excluded { get; init; }
}
