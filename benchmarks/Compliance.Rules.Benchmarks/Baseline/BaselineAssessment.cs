using System.Collections.Immutable;

namespace Compliance.Rules.Benchmarks.Baseline;

/// <summary>The hand-written evaluator's verdict on one subject.</summary>
/// <param name="SubjectId">The subject id.</param>
/// <param name="Passed">Whether the subject passed (合格).</param>
/// <param name="Total">The total score, for scored subjects without a veto.</param>
/// <param name="Findings">The findings, vetoes and deductions and bonuses alike.</param>
public sealed record BaselineAssessment(string SubjectId, bool Passed, decimal? Total, ImmutableArray<BaselineFinding> Findings);
