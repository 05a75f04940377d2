using System.Collections.Immutable;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// How subjects without external services (无对外服务职能) are scored: some groups are not checked, the rest is
/// scored from a smaller base, and the result is scaled back (national 2019: out of 75, × 4/3).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="ExcludedGroups">The groups that are not checked.</param>
/// <param name="Base">The base the remaining indicators are scored from.</param>
/// <param name="ScaleNumerator">The numerator of the scale factor.</param>
/// <param name="ScaleDenominator">The denominator of the scale factor.</param>
public sealed record ExternalServicesRescaling(
    ImmutableArray<string> ExcludedGroups,
    decimal Base,
    decimal ScaleNumerator,
    decimal ScaleDenominator)
{
    internal Applicability AppliesTo { get; init; } = null!;
}
