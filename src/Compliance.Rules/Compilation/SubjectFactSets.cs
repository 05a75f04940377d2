using System.Collections.Immutable;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Compilation;

/// <summary>
/// One subject's observations as a set per fact type (<see cref="SubjectFacts"/>), made once and inserted into every
/// session that evaluates the subject again on one date: a forecast evaluates a website's indicators each in a session of
/// its own, and picking its few hundred observations by type for each of those sessions was a fifth of the work.
/// </summary>
/// <remarks>
/// A set holds the same observations, in batch order, as the set <see cref="SessionPlan.FactSets"/> makes; a type the
/// subject has no observation of, or that it was not made for, gives an empty set. The sets are made for one date and
/// dropped after it: kept for every subject from the forecast's planning to its last date, they were most of what its
/// garbage collections had to copy. Sets compare by reference, so one set may be inserted into many sessions. Immutable
/// and thread-safe.
/// </remarks>
internal sealed class SubjectFactSets
{
    private readonly string _subjectId;
    private readonly Type[] _types;
    private readonly SubjectFacts[] _sets;

    /// <summary>Initializes a new instance of the <see cref="SubjectFactSets"/> class.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="observations">Its observations, in batch order.</param>
    /// <param name="types">The types the sessions will read (a few); sets of the others are not made.</param>
    public SubjectFactSets(string subjectId, SubjectObservations observations, Type[] types)
    {
        _subjectId = subjectId;
        _types = types;
        _sets = new SubjectFacts[types.Length];
        for (var t = 0; t < types.Length; t++)
        {
            _sets[t] = SubjectFacts.Create(types[t], subjectId, observations.OfType(types[t]));
        }
    }

    /// <summary>Gets the set of the subject's observations of a type.</summary>
    /// <param name="factType">The fact type.</param>
    /// <returns>The set; an empty one when the subject has no observation of the type.</returns>
    public SubjectFacts Of(Type factType)
    {
        for (var t = 0; t < _types.Length; t++)
        {
            if (ReferenceEquals(_types[t], factType))
            {
                return _sets[t];
            }
        }

        return SubjectFacts.Create(factType, _subjectId, ArraySegment<Observation>.Empty);
    }
}
