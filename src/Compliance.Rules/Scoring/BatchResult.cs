using System.Collections.Immutable;
using NodaTime;

namespace Compliance.Rules.Scoring;

/// <summary>The assessments of a batch evaluated at one as-of date, one per subject in the batch's order.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="RevisionId">The revision the batch was evaluated against.</param>
/// <param name="AsOf">The as-of date (the monitoring time point).</param>
/// <param name="Assessments">One assessment per subject, in the order the batch lists its subjects.</param>
/// <param name="Summary">The counts and pass rates.</param>
public sealed record BatchResult(string RevisionId, LocalDate AsOf, ImmutableArray<Assessment> Assessments, BatchSummary Summary);
