using Compliance.Rules.Facts;

namespace Compliance.Rules.Results;

/// <summary>Counts and pass rate of one kind of subject in a batch.</summary>
/// <remarks>Built only by the library. This type is immutable and thread-safe.</remarks>
public sealed class KindSummary
{
    internal KindSummary(SubjectKind kind, int total, int passed, int failed, decimal passRate)
    {
        Kind = kind;
        Total = total;
        Passed = passed;
        Failed = failed;
        PassRate = passRate;
    }

    /// <summary>Gets the subject kind.</summary>
    public SubjectKind Kind { get; }

    /// <summary>Gets how many subjects of the kind were checked: passed, failed or not assessed (excluded ones are not counted).</summary>
    public int Total { get; }

    /// <summary>Gets how many passed.</summary>
    public int Passed { get; }

    /// <summary>Gets how many failed.</summary>
    public int Failed { get; }

    /// <summary>
    /// Gets the pass rate in percent among the subjects that received a verdict (passed and failed), rounded half-up to two
    /// places as notices publish it (98.71); 0 when there are none.
    /// </summary>
    public decimal PassRate { get; }

    /// <summary>Gets how many could not be assessed (无法评估): counted in <see cref="Total"/>, not in the pass rate.</summary>
    public int NotAssessed { get; internal init; }

    /// <summary>Gets how many the revision excludes from the inspection (不纳入检查): counted nowhere else.</summary>
    public int Excluded { get; internal init; }

    /// <summary>Gets how many of those that passed rest on partial data (some applicable indicator not assessed).</summary>
    public int PassedOnPartialData { get; internal init; }

    /// <summary>Computes a pass rate in percent, rounded half-up to two decimal places.</summary>
    /// <param name="passed">How many passed.</param>
    /// <param name="total">How many in all.</param>
    /// <returns>The pass rate, or 0 when <paramref name="total"/> is 0.</returns>
    internal static decimal Rate(int passed, int total) =>
        total == 0 ? 0m : Math.Round(passed * 100m / total, 2, MidpointRounding.AwayFromZero);
}
