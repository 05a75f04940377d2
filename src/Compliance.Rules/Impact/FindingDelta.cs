using System.Collections.Immutable;
using Compliance.Rules.Results;

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
        var old = before.Violations.Concat(before.Bonuses).Concat(before.Notices).ToList();
        var now = after.Violations.Concat(after.Bonuses).Concat(after.Notices).ToList();
        return ([.. Minus(now, old)], [.. Minus(old, now)]);
    }

    private static IEnumerable<Finding> Minus(List<Finding> left, List<Finding> right)
    {
        var counts = new Dictionary<(string, IndicatorKind, decimal, string, string?), int>();
        foreach (var finding in right)
        {
            var key = Key(finding);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        foreach (var finding in left)
        {
            var key = Key(finding);
            if (counts.GetValueOrDefault(key) > 0)
            {
                counts[key]--;
            }
            else
            {
                yield return finding;
            }
        }
    }

    private static (string, IndicatorKind, decimal, string, string?) Key(Finding finding) =>
        (finding.IndicatorId, finding.Kind, finding.Points, finding.Reason, finding.Detail);
}
