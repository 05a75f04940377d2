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
    public SubjectFactSets(string subjectId, ImmutableArray<Observation> observations, Type[] types)
    {
        _subjectId = subjectId;
        _types = types;
        // Counted first, so that each list is made at its size: a website has 140 probes, and growing a list to them
        // leaves five arrays behind.
        var counts = new int[types.Length];
        foreach (var fact in observations)
        {
            var t = Array.IndexOf(types, fact.GetType());
            if (t >= 0)
            {
                counts[t]++;
            }
        }

        var lists = new List<Observation>[types.Length];
        for (var t = 0; t < types.Length; t++)
        {
            lists[t] = new List<Observation>(counts[t]);
        }

        foreach (var fact in observations)
        {
            var t = Array.IndexOf(types, fact.GetType());
            if (t >= 0)
            {
                lists[t].Add(fact);
            }
        }

        _sets = new SubjectFacts[types.Length];
        for (var t = 0; t < types.Length; t++)
        {
            _sets[t] = SubjectFacts.Create(types[t], subjectId, lists[t]);
        }
    }

    /// <summary>Gets the set of the subject's observations of a type.</summary>
    /// <param name="factType">The fact type.</param>
    /// <returns>The set; an empty one when the subject has no observation of the type.</returns>
    public SubjectFacts Of(Type factType)
    {
        var t = Array.IndexOf(_types, factType);
        return t >= 0 ? _sets[t] : SubjectFacts.Create(factType, _subjectId, []);
    }
}
