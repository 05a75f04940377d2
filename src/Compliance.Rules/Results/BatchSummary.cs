using System.Collections.Immutable;

namespace Compliance.Rules.Results;

/// <summary>The counts of a batch, per subject kind and in all.</summary>
/// <remarks>Built only by the library. This type is immutable and thread-safe.</remarks>
public sealed class BatchSummary
{
    internal BatchSummary(ImmutableArray<KindSummary> byKind, int total, int passed, int failed)
    {
        ByKind = byKind;
        Total = total;
        Passed = passed;
        Failed = failed;
    }

    /// <summary>Gets the counts per subject kind, websites first.</summary>
    public ImmutableArray<KindSummary> ByKind { get; }

    /// <summary>Gets how many subjects were checked: passed, failed or not assessed (excluded ones are not counted).</summary>
    public int Total { get; }

    /// <summary>Gets how many passed.</summary>
    public int Passed { get; }

    /// <summary>Gets how many failed.</summary>
    public int Failed { get; }

    /// <summary>Gets the pass rate among the subjects that received a verdict, in percent, rounded half-up to two places.</summary>
    public decimal PassRate => KindSummary.Rate(Passed, Passed + Failed);

    /// <summary>Gets how many could not be assessed (无法评估).</summary>
    public int NotAssessed { get; internal init; }

    /// <summary>Gets how many the revision excludes from the inspection (不纳入检查).</summary>
    public int Excluded { get; internal init; }
}
