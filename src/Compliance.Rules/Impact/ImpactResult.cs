using System.Collections.Immutable;
using Compliance.Rules.Results;

namespace Compliance.Rules.Impact;

/// <summary>
/// One batch evaluated under two revisions (or at two as-of dates): both results, every subject's change, the changes
/// per subject kind and per indicator.
/// </summary>
/// <remarks>Built only by <see cref="ImpactAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class ImpactResult
{
    internal ImpactResult(BatchResult before, BatchResult after, ImmutableArray<SubjectImpact> subjects, ImmutableArray<KindImpact> byKind, ImmutableArray<IndicatorImpact> byIndicator)
    {
        Before = before;
        After = after;
        Subjects = subjects;
        ByKind = byKind;
        ByIndicator = byIndicator;
    }

    /// <summary>Gets the result under the baseline: exactly what a plain evaluation gives.</summary>
    public BatchResult Before { get; }

    /// <summary>Gets the result under the candidate: exactly what a plain evaluation gives.</summary>
    public BatchResult After { get; }

    /// <summary>Gets one entry per subject, in the batch's order.</summary>
    public ImmutableArray<SubjectImpact> Subjects { get; }

    /// <summary>Gets the counts per subject kind, websites first; a kind is listed when either side has subjects of it.</summary>
    public ImmutableArray<KindImpact> ByKind { get; }

    /// <summary>
    /// Gets the indicators whose findings changed for some subject, in the candidate's indicator order (then the
    /// baseline's for indicators the candidate lacks).
    /// </summary>
    public ImmutableArray<IndicatorImpact> ByIndicator { get; }

    /// <summary>Gets the subjects whose verdict, score or findings changed (<see cref="SubjectImpact.IsChange"/>).</summary>
    public IEnumerable<SubjectImpact> Changes => Subjects.Where(s => s.IsChange);

    /// <summary>
    /// Gets whether nothing changed: every subject is <see cref="ImpactChange.Unchanged"/> or has no verdict under either
    /// side. A revision compared with itself is always empty.
    /// </summary>
    public bool IsEmpty => Subjects.All(s => s.Change is ImpactChange.Unchanged or ImpactChange.NotAssessedInEither);
}
