using Compliance.Rules.Authoring.Model;

namespace Compliance.Rules.Compilation;

/// <summary>
/// Where the values of one condition part arrive in a rule action: the index of its declaration in the action's
/// array, and for aggregates the index of the unfiltered collection used by <c>latest.</c>/<c>earliest.</c> placeholders.
/// </summary>
/// <param name="Part">The condition part.</param>
/// <param name="Index">The index of its bound value (a fact for <c>each</c>, a collection for an aggregate); -1 for a subject test.</param>
/// <param name="AllIndex">The index of the unfiltered collection, or -1 when no placeholder needs it.</param>
/// <param name="Aggregate">The runtime aggregate, for aggregate parts.</param>
internal sealed record PartBinding(Condition Part, int Index, int AllIndex, AggregatePart? Aggregate);
