using System.Collections.Immutable;
using Compliance.Rules.Compilation;
using Compliance.Rules.Results;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// What a forecast evaluates again of one subject at a date: the indicators whose time tests change that day, and the
/// findings of its other indicators, carried over from its previous evaluation. The indicators' sessions read the
/// subject's observations as any evaluation does (<see cref="SessionPlan.FactSets"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Indicators">The ids of the indicators to evaluate again.</param>
/// <param name="Carried">The findings of the other indicators (violations, bonuses and notices).</param>
internal sealed record PartialAssessment(IReadOnlySet<string> Indicators, ImmutableArray<Finding> Carried);
