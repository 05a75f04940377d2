using Compliance.Rules.Facts;

namespace Compliance.Rules.Compilation;

/// <summary>
/// One subject's observations as a set per fact type (<see cref="SubjectFacts"/>), made once and inserted into every
/// session that evaluates the subject again: a forecast evaluates a website on several dates, each indicator in a session
/// of its own, and picking its few hundred observations by type for each of those sessions was a fifth of the work.
/// </summary>
/// <remarks>
/// A set holds the same observations, in batch order, as the set <see cref="SessionPlan.FactSets"/> makes; a type the
/// subject has no observation of, or that it was not made for, gives an empty set. Sets compare by reference, so one set
/// may be inserted into many sessions. Immutable and thread-safe.
/// </remarks>
internal sealed class SubjectFactSets
{
    private readonly string _subjectId;
    private readonly Dictionary<Type, SubjectFacts> _sets;

    /// <summary>Initializes a new instance of the <see cref="SubjectFactSets"/> class.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="byType">Its observations by type, each list in batch order (copied).</param>
    /// <param name="types">The types the sessions will read; sets of the others are not made.</param>
    public SubjectFactSets(string subjectId, IReadOnlyDictionary<Type, List<Observation>> byType, IEnumerable<Type> types)
    {
        _subjectId = subjectId;
        _sets = [];
        foreach (var type in types)
        {
            if (byType.TryGetValue(type, out var ofType) && ofType.Count > 0)
            {
                _sets[type] = SubjectFacts.Create(type, subjectId, [.. ofType]);
            }
        }
    }

    /// <summary>Gets the set of the subject's observations of a type.</summary>
    /// <param name="factType">The fact type.</param>
    /// <returns>The set; a new empty one when the subject has no observation of the type.</returns>
    public SubjectFacts Of(Type factType) => _sets.TryGetValue(factType, out var set) ? set : SubjectFacts.Create(factType, _subjectId, []);
}
