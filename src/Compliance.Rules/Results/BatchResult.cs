using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using NodaTime;

namespace Compliance.Rules.Results;

/// <summary>The assessments of a batch evaluated at one as-of date, one per subject in the batch's order.</summary>
/// <remarks>Built only by the library. This type is immutable and thread-safe.</remarks>
public sealed class BatchResult
{
    internal BatchResult(string revisionId, LocalDate asOf, ImmutableArray<Assessment> assessments, BatchSummary summary)
    {
        RevisionId = revisionId;
        AsOf = asOf;
        Assessments = assessments;
        Summary = summary;
    }

    /// <summary>Gets the revision the batch was evaluated against.</summary>
    public string RevisionId { get; }

    /// <summary>Gets the as-of date (the monitoring time point).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets one assessment per subject, in the order the batch lists its subjects.</summary>
    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>Gets the counts and pass rates.</summary>
    public BatchSummary Summary { get; }

    /// <summary>Gets where the result comes from: revision and its content hash, calendars, package version, as-of date.</summary>
    public Provenance? Provenance { get; internal init; }

    /// <summary>Gets which fact types the batch observed and which indicators could therefore not be assessed.</summary>
    public DataCoverage Coverage { get; internal init; } = DataCoverage.Complete;

    /// <summary>
    /// Gets the warnings about the evaluation as a whole (plausibility checks: an as-of date before the revision took
    /// effect, facts dated after the as-of date, subjects of a kind the revision does not assess), each with its code.
    /// </summary>
    public ImmutableArray<Diagnostic> Warnings { get; internal init; } = [];
}
