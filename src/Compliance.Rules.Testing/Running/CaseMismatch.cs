namespace Compliance.Rules.Testing;

/// <summary>One way in which a regression case's actual result differs from what it expects.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="SubjectId">The subject concerned, or <see langword="null"/> for the case as a whole (it could not be evaluated).</param>
/// <param name="Aspect">What differs: verdict, failure_cause, violations, bonuses, deduction_score, bonus, total, reason or evaluation.</param>
/// <param name="Expected">The expected value, as case files write it.</param>
/// <param name="Actual">The actual value, written the same way.</param>
public sealed record CaseMismatch(string? SubjectId, string Aspect, string Expected, string Actual)
{
    /// <summary>Formats the mismatch as <c>subject aspect: expected X, actual Y</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(SubjectId is null ? string.Empty : SubjectId + " ")}{Aspect}: expected {Expected}, actual {Actual}";
}
