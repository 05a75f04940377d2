using System.Collections.Immutable;
using Compliance.Rules.Scoring;

namespace Compliance.Rules.Impact;

/// <summary>
/// The findings one assessment makes and another does not, compared as multisets by indicator, kind, points, reason and
/// detail (evidence is not compared: the same finding on the same facts has the same text).
/// </summary>
internal static class FindingDelta
{
    /// <summary>Compares the findings (violations and bonuses) of two assessments of one subject.</summary>
    /// <param name="before">The baseline's assessment.</param>
    /// <param name="after">The candidate's assessment.</param>
    /// <returns>The findings only the candidate makes, and those only the baseline makes, each in its indicator order.</returns>
    public static (ImmutableArray<Finding> Added, ImmutableArray<Finding> Removed) Between(Assessment before, Assessment after)
    {
        var old = before.Violations.Concat(before.Bonuses).ToList();
        var now = after.Violations.Concat(after.Bonuses).ToList();
        return ([.. Minus(now, old, Key)], [.. Minus(old, now, Key)]);
    }

    /// <summary>Gets the findings of one list that another lacks, compared as multisets by a key.</summary>
    /// <typeparam name="TKey">The key's type.</typeparam>
    /// <param name="left">The findings kept when unmatched, in their order.</param>
    /// <param name="right">The findings matched against.</param>
    /// <param name="key">The key two findings are equal by.</param>
    /// <returns>The findings of <paramref name="left"/> left over after each finding of <paramref name="right"/> cancelled one with its key.</returns>
    internal static IEnumerable<Finding> Minus<TKey>(List<Finding> left, List<Finding> right, Func<Finding, TKey> key)
        where TKey : notnull
    {
        var counts = new Dictionary<TKey, int>();
        foreach (var finding in right)
        {
            var k = key(finding);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        foreach (var finding in left)
        {
            var k = key(finding);
            if (counts.GetValueOrDefault(k) > 0)
            {
                counts[k]--;
            }
            else
            {
                yield return finding;
            }
        }
    }

    private static (string, Authoring.Model.IndicatorKind, decimal, string, string?) Key(Finding finding) =>
        (finding.IndicatorId, finding.Kind, finding.Points, finding.Reason, finding.Detail);
}
