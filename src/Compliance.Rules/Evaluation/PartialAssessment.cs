using System.Collections.Immutable;
using Compliance.Rules.Facts;
using Compliance.Rules.Scoring;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// What a forecast evaluates again of one subject at a date: the indicators whose time tests change that day, which of
/// the subject's facts their rules can see, and the findings of the subject's other indicators, carried over from its
/// previous evaluation.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Indicators">The ids of the indicators to evaluate again.</param>
/// <param name="Inserts">
/// Whether a fact is inserted into the session of one of those indicators: it is of a type the indicator reads and some
/// of its selections of that type can take it on the date (a fact no selection takes changes none of its findings).
/// </param>
/// <param name="Carried">The findings of the other indicators.</param>
internal sealed record PartialAssessment(IReadOnlySet<string> Indicators, Func<Observation, string, bool> Inserts, ImmutableArray<Finding> Carried);
