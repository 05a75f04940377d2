using System.Collections.Immutable;
using Compliance.Rules.Results;

namespace Compliance.Rules.Evaluation;

/// <summary>Counts a batch's results per subject kind and in all.</summary>
internal static class Summaries
{
    /// <summary>Summarizes results.</summary>
    /// <param name="assessments">The results.</param>
    /// <returns>The summary.</returns>
    public static BatchSummary Of(IReadOnlyCollection<Assessment> assessments)
    {
        var byKind = assessments
            .GroupBy(a => a.Subject.Kind)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var passed = g.Count(a => a.Verdict == Verdict.Pass);
                var failed = g.Count(a => a.Verdict == Verdict.Fail);
                var notAssessed = g.Count(a => a.Verdict == Verdict.NotAssessed);
                return new KindSummary(g.Key, passed + failed + notAssessed, passed, failed, KindSummary.Rate(passed, passed + failed))
                {
                    NotAssessed = notAssessed,
                    Excluded = g.Count(a => a.Verdict == Verdict.Excluded),
                    PassedOnPartialData = g.Count(a => a.Verdict == Verdict.Pass && a.RestsOnPartialData),
                };
            })
            .ToImmutableArray();
        return new BatchSummary(byKind, byKind.Sum(k => k.Total), byKind.Sum(k => k.Passed), byKind.Sum(k => k.Failed))
        {
            NotAssessed = byKind.Sum(k => k.NotAssessed),
            Excluded = byKind.Sum(k => k.Excluded),
        };
    }
}
