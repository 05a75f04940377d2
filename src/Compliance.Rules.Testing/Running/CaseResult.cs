using System.Collections.Immutable;

namespace Compliance.Rules.Testing;

/// <summary>The outcome of running one regression case: passed, or every mismatch between expected and actual.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Case">The case.</param>
/// <param name="Mismatches">Every difference found; empty when the case passed.</param>
public sealed record CaseResult(RegressionCase Case, ImmutableArray<CaseMismatch> Mismatches)
{
    /// <summary>Gets whether the actual result matched every expectation.</summary>
    public bool Passed => Mismatches.IsEmpty;
}
