using Compliance.Rules.Compilation;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Evaluation;

/// <summary>Partitions a batch's subjects into the groups that share one NRules session: consecutive subjects of one kind.</summary>
/// <remarks>
/// The rules match each subject's observations as a few sets (<see cref="SubjectFacts"/>), one per fact type, so a
/// website is about ten facts in a session and an account two or three. NRules does not index joins: every set in a
/// session is tested against every subject in it, so the matching cost grows with the square of the group. Every
/// session also has a fixed cost (the memories, agenda entries and metrics of the nodes it activates). Groups of
/// <see cref="MaxSubjects"/> balance the two: on the benchmark's national batch, 16 subjects per session took 5.5 s of
/// CPU, 8 took 6.1 s and 64 took 7.5 s (websites alone and accounts by 16: 6.6 s). The groups do not change any result:
/// each set is joined to its own subject, and findings are recorded per subject.
/// </remarks>
internal static class SessionGroups
{
    /// <summary>The most subjects that share a session.</summary>
    public const int MaxSubjects = 16;

    /// <summary>Partitions some of the batch's subjects, in order.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="indices">The indices of the subjects to evaluate, ascending.</param>
    /// <returns>The groups as (first position in <paramref name="indices"/>, number of subjects), covering every index once, in order.</returns>
    public static List<(int Start, int Count)> Partition(FactBatch batch, IReadOnlyList<int> indices)
    {
        var groups = new List<(int Start, int Count)>();
        var subjects = batch.Subjects;
        var i = 0;
        while (i < indices.Count)
        {
            var start = i;
            var kind = subjects[indices[i]].Kind;
            i++;
            while (i < indices.Count && i - start < MaxSubjects && subjects[indices[i]].Kind == kind)
            {
                i++;
            }

            groups.Add((start, i - start));
        }

        return groups;
    }
}
