using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Compilation;

/// <summary>
/// What compiling a revision produces for the evaluation: the NRules session factory of each subject kind with the fact
/// types its rules read, the time windows the rules read by slot, and the revision's selectors compiled (each
/// indicator's applicability, the exclusions, the scoring selectors).
/// </summary>
/// <remarks>Immutable and thread-safe; the evaluation makes the sessions, the scopes and the partition of a batch.</remarks>
internal sealed class CompiledRules
{
    /// <summary>Gets the compiled rules of each subject kind the revision has indicators for.</summary>
    public required FrozenDictionary<SubjectKind, SessionPlan> Sessions { get; init; }

    /// <summary>
    /// Gets the compiled rules of each enabled indicator alone, by id, each compiled the first time it is needed (a
    /// forecast evaluates single indicators again, each in a network of its own rules).
    /// </summary>
    public required FrozenDictionary<string, Lazy<SessionPlan>> IndicatorSessions { get; init; }

    /// <summary>Gets the time windows the rules read, by slot.</summary>
    public required IReadOnlyList<Window> Windows { get; init; }

    /// <summary>Gets the applicability of every enabled indicator, by id.</summary>
    public required FrozenDictionary<string, SubjectFilter> Applicability { get; init; }

    /// <summary>Gets the revision's <c>not_checked</c> selectors with their reasons.</summary>
    public required ImmutableArray<(SubjectFilter Filter, string Reason)> Exclusions { get; init; }

    /// <summary>Gets the selectors of the scoring section.</summary>
    public required ScoringSelectors Scoring { get; init; }

    /// <summary>Gets the compiler the rules were built with, for filters tested outside the network (samples).</summary>
    public required PredicateCompiler Predicates { get; init; }

    /// <summary>Gets the number of NRules rules (one per enabled indicator or sub-rule).</summary>
    public required int RuleCount { get; init; }
}
