using System.Collections.Immutable;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// How subjects without external services (无对外服务职能) are scored: some groups are not checked, the rest is
/// scored from a smaller base, and the result is scaled back (national 2019: out of 75, × 4/3).
/// </summary>
/// <remarks>Built only by the library, from a rule file. This type is immutable and thread-safe.</remarks>
public sealed class ExternalServicesRescaling
{
    internal ExternalServicesRescaling(ImmutableArray<string> excludedGroups, decimal @base, decimal scaleNumerator, decimal scaleDenominator)
    {
        ExcludedGroups = excludedGroups;
        Base = @base;
        ScaleNumerator = scaleNumerator;
        ScaleDenominator = scaleDenominator;
    }

    /// <summary>Gets the groups that are not checked.</summary>
    public ImmutableArray<string> ExcludedGroups { get; }

    /// <summary>Gets the base the remaining indicators are scored from.</summary>
    public decimal Base { get; }

    /// <summary>Gets the numerator of the scale factor.</summary>
    public decimal ScaleNumerator { get; }

    /// <summary>Gets the denominator of the scale factor.</summary>
    public decimal ScaleDenominator { get; }

    internal Applicability AppliesTo { get; init; } = null!;
}
