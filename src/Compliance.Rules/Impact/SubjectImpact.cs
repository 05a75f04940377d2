using System.Collections.Immutable;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Impact;

/// <summary>One subject under the baseline and the candidate: both assessments and what differs between them.</summary>
/// <remarks>Built only by <see cref="ImpactAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class SubjectImpact
{
    internal SubjectImpact(Assessment before, Assessment after, ImpactChange change, ImmutableArray<Finding> added, ImmutableArray<Finding> removed)
    {
        Before = before;
        After = after;
        Change = change;
        FindingsAdded = added;
        FindingsRemoved = removed;
    }

    /// <summary>Gets the subject.</summary>
    public Subject Subject => After.Subject;

    /// <summary>Gets the assessment under the baseline.</summary>
    public Assessment Before { get; }

    /// <summary>Gets the assessment under the candidate.</summary>
    public Assessment After { get; }

    /// <summary>Gets how the result changes.</summary>
    public ImpactChange Change { get; }

    /// <summary>Gets whether the verdict, score or findings differ (a subject one side does not assess is not a change).</summary>
    public bool IsChange => Change is ImpactChange.NewlyFailing or ImpactChange.NewlyPassing or ImpactChange.ScoreChanged or ImpactChange.FindingsChanged;

    /// <summary>
    /// Gets the change of the total score (candidate minus baseline) when the subject is scored under both;
    /// <see langword="null"/> otherwise.
    /// </summary>
    public decimal? ScoreDelta => Before.Total is { } before && After.Total is { } after ? after - before : null;

    /// <summary>
    /// Gets the findings (violations and bonuses) the candidate makes and the baseline does not, compared by indicator,
    /// kind, points, reason and detail; empty when either side gives no verdict.
    /// </summary>
    public ImmutableArray<Finding> FindingsAdded { get; }

    /// <summary>Gets the findings the baseline makes and the candidate does not, compared the same way.</summary>
    public ImmutableArray<Finding> FindingsRemoved { get; }
}
