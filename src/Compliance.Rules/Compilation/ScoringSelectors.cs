using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The selectors of a revision's scoring section, compiled: which subjects are scored, which may get bonuses, which are
/// scored as subjects without external services, and the caps that replace an indicator's own for some subjects
/// (<c>cap_for</c>, the first that selects a subject).
/// </summary>
/// <param name="Scored">The subjects scored numerically.</param>
/// <param name="BonusEligible">The subjects that may get bonuses.</param>
/// <param name="WithoutExternalServices">The subjects rescaled as without external services, if the revision has a rescaling.</param>
/// <param name="CapsFor">The caps for some subjects, by indicator id, in the order written.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ScoringSelectors(
    SubjectFilter Scored,
    SubjectFilter BonusEligible,
    SubjectFilter? WithoutExternalServices,
    FrozenDictionary<string, ImmutableArray<(SubjectFilter Filter, decimal Max)>> CapsFor);
