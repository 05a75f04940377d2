using Compliance.Rules.Facts;

namespace Compliance.Rules.Scoring;

/// <summary>Counts and pass rate of one kind of subject in a batch.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Kind">The subject kind.</param>
/// <param name="Total">How many subjects of the kind were assessed.</param>
/// <param name="Passed">How many passed.</param>
/// <param name="Failed">How many failed.</param>
/// <param name="PassRate">The pass rate in percent, rounded half-up to two places as notices publish it (98.71); 0 when there are none.</param>
public sealed record KindSummary(SubjectKind Kind, int Total, int Passed, int Failed, decimal PassRate)
{
    /// <summary>Computes a pass rate in percent, rounded half-up to two decimal places.</summary>
    /// <param name="passed">How many passed.</param>
    /// <param name="total">How many in all.</param>
    /// <returns>The pass rate, or 0 when <paramref name="total"/> is 0.</returns>
    public static decimal Rate(int passed, int total) =>
        total == 0 ? 0m : Math.Round(passed * 100m / total, 2, MidpointRounding.AwayFromZero);
}
