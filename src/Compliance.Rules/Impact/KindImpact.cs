using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Impact;

/// <summary>The impact on one kind of subject: how many changed, and the counts and pass rate before and after.</summary>
/// <remarks>Built only by <see cref="ImpactAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class KindImpact
{
    internal KindImpact(SubjectKind kind, KindSummary before, KindSummary after, int compared, int newlyFailing, int newlyPassing, int scoreChanged, int findingsChanged, int notComparable)
    {
        Kind = kind;
        Before = before;
        After = after;
        Compared = compared;
        NewlyFailing = newlyFailing;
        NewlyPassing = newlyPassing;
        ScoreChanged = scoreChanged;
        FindingsChanged = findingsChanged;
        NotComparable = notComparable;
    }

    /// <summary>Gets the subject kind.</summary>
    public SubjectKind Kind { get; }

    /// <summary>Gets the counts and pass rate under the baseline (all zero when the baseline has no subject of the kind).</summary>
    public KindSummary Before { get; }

    /// <summary>Gets the counts and pass rate under the candidate.</summary>
    public KindSummary After { get; }

    /// <summary>Gets how many subjects of the kind received a verdict (合格 or 不合格) under both, and were compared.</summary>
    public int Compared { get; }

    /// <summary>Gets how many became 不合格.</summary>
    public int NewlyFailing { get; }

    /// <summary>Gets how many became 合格.</summary>
    public int NewlyPassing { get; }

    /// <summary>Gets how many kept their verdict with another score.</summary>
    public int ScoreChanged { get; }

    /// <summary>Gets how many kept verdict and score with other findings.</summary>
    public int FindingsChanged { get; }

    /// <summary>Gets how many received a verdict under one side only (无法评估 or 不纳入检查 under the other).</summary>
    public int NotComparable { get; }
}
