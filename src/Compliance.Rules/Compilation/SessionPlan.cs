using System.Collections.Immutable;
using Compliance.Rules.Facts;
using NRules;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The compiled rules of one subject kind: the session factory, and the fact types whose <see cref="SubjectFacts"/> the
/// rules read, in a fixed order.
/// </summary>
/// <param name="Factory">The session factory of the subject kind's rules.</param>
/// <param name="FactTypes">The fact types the rules read.</param>
internal sealed record SessionPlan(ISessionFactory Factory, ImmutableArray<Type> FactTypes)
{
    /// <summary>
    /// The sets to insert for a group of subjects: for each subject, one set per fact type the rules read, empty when the
    /// subject has no observation of the type. Observations of other types are not inserted.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="subjects">The group's subjects.</param>
    /// <returns>The sets.</returns>
    public List<SubjectFacts> FactSets(FactBatch batch, IReadOnlyList<Subject> subjects)
    {
        var sets = new List<SubjectFacts>(subjects.Count * FactTypes.Length);
        foreach (var subject in subjects)
        {
            var observations = batch.ObservationsBySubject(subject.Id);
            foreach (var type in FactTypes)
            {
                sets.Add(SubjectFacts.Create(type, subject.Id, observations.OfType(type)));
            }
        }

        return sets;
    }
}
