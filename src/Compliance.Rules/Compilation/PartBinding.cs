using Compliance.Rules.Authoring.Model;

namespace Compliance.Rules.Compilation;

/// <summary>How one part of a condition is bound in a compiled rule.</summary>
/// <param name="Part">The part as written.</param>
/// <param name="Index">
/// The position of the part's <see cref="SubjectFacts"/> among the rule's bound values, or -1 for a subject test.
/// </param>
/// <param name="Aggregate">The run-time aggregate, for an aggregate part.</param>
/// <param name="Each">The run-time <c>each</c>, for an each part.</param>
internal sealed record PartBinding(Condition Part, int Index, AggregatePart? Aggregate, EachPart? Each);
