using Compliance.Rules.Facts;

namespace Compliance.Rules.Results;

/// <summary>Counts and pass rate of one kind of subject in a batch.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Kind">The subject kind.</param>
/// <param name="Total">How many subjects of the kind were checked: passed, failed or not assessed (excluded ones are not counted).</param>
/// <param name="Passed">How many passed.</param>
/// <param name="Failed">How many failed.</param>
/// <param name="PassRate">
/// The pass rate in percent among the subjects that received a verdict (passed and failed), rounded half-up to two places
/// as notices publish it (98.71); 0 when there are none.
/// </param>
public sealed record KindSummary(SubjectKind Kind, int Total, int Passed, int Failed, decimal PassRate)
{
    /// <summary>Gets how many could not be assessed (无法评估): counted in <see cref="Total"/>, not in the pass rate.</summary>
    public int NotAssessed { get; init; }

    /// <summary>Gets how many the revision excludes from the inspection (不纳入检查): counted nowhere else.</summary>
    public int Excluded { get; init; }

    /// <summary>Gets how many of those that passed rest on partial data (some applicable indicator not assessed).</summary>
    public int PassedOnPartialData { get; init; }

    /// <summary>Computes a pass rate in percent, rounded half-up to two decimal places.</summary>
    /// <param name="passed">How many passed.</param>
    /// <param name="total">How many in all.</param>
    /// <returns>The pass rate, or 0 when <paramref name="total"/> is 0.</returns>
    public static decimal Rate(int passed, int total) =>
        total == 0 ? 0m : Math.Round(passed * 100m / total, 2, MidpointRounding.AwayFromZero);
}
