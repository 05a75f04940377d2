using Compliance.Rules.Labels;

namespace Compliance.Rules.Impact;

/// <summary>
/// The words of the language for how a subject's result changes, as the impact report's JSON writes it: each member's
/// name and Chinese label, bound to the member by its value (see <see cref="EnumTerms"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class ImpactVocabulary
{
    /// <summary>The words for <see cref="ImpactChange"/>.</summary>
    public static readonly EnumTerms ImpactChanges = EnumTerms.Of<ImpactChange>(
        null,
        (ImpactChange.Unchanged, "unchanged", "无变化"),
        (ImpactChange.NewlyFailing, "newly_failing", "新增不合格"),
        (ImpactChange.NewlyPassing, "newly_passing", "新增合格"),
        (ImpactChange.ScoreChanged, "score_changed", "得分变化"),
        (ImpactChange.FindingsChanged, "findings_changed", "仅问题变化"),
        (ImpactChange.NotAssessedInBaseline, "not_assessed_in_baseline", "变更前无法评估"),
        (ImpactChange.NotAssessedInCandidate, "not_assessed_in_candidate", "变更后无法评估"),
        (ImpactChange.NotAssessedInEither, "not_assessed_in_either", "均无法评估"));
}
