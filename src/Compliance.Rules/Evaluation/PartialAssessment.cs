using System.Collections.Immutable;
using Compliance.Rules.Compilation;
using Compliance.Rules.Results;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// What a forecast evaluates again of one subject at a date: the indicators whose time tests change that day, with the
/// subject's sets of observations, and the findings of its other indicators, carried over from its previous evaluation.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Indicators">The ids of the indicators to evaluate again.</param>
/// <param name="Sets">The subject's observations of the types those indicators read, as a set per type, made for this date.</param>
/// <param name="Carried">The findings of the other indicators (violations, bonuses and notices).</param>
internal sealed record PartialAssessment(IReadOnlySet<string> Indicators, SubjectFactSets Sets, ImmutableArray<Finding> Carried);
