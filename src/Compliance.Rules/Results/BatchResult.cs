using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using NodaTime;

namespace Compliance.Rules.Results;

/// <summary>The assessments of a batch evaluated at one as-of date, one per subject in the batch's order.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="RevisionId">The revision the batch was evaluated against.</param>
/// <param name="AsOf">The as-of date (the monitoring time point).</param>
/// <param name="Assessments">One assessment per subject, in the order the batch lists its subjects.</param>
/// <param name="Summary">The counts and pass rates.</param>
public sealed record BatchResult(string RevisionId, LocalDate AsOf, ImmutableArray<Assessment> Assessments, BatchSummary Summary)
{
    /// <summary>Gets where the result comes from: revision and its content hash, calendars, package version, as-of date.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Gets which fact types the batch observed and which indicators could therefore not be assessed.</summary>
    public DataCoverage Coverage { get; init; } = DataCoverage.Complete;

    /// <summary>
    /// Gets the warnings about the evaluation as a whole (plausibility checks: an as-of date before the revision took
    /// effect, facts dated after the as-of date, subjects of a kind the revision does not assess), each with its code.
    /// </summary>
    public ImmutableArray<Diagnostic> Warnings { get; init; } = [];
}
