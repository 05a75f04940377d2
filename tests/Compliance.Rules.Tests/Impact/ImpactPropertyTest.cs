using Compliance.Rules.Facts;
using Compliance.Rules.Impact;
using Compliance.Rules.Results;
using CsCheck;
using NodaTime;

namespace Compliance.Rules.Tests.Impact;

/// <summary>
/// Properties of every impact: a revision against itself changes nothing, and the before and after figures are exactly
/// what two plain evaluations give, on random batches of accounts and websites.
/// </summary>
public class ImpactPropertyTest
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    private static readonly Gen<FactBatch> Batches =
        Gen.Select(Gen.Int[0, 30].Array[1, 25], Gen.Bool.Array[1, 25], Gen.Int[0, 40].Array[0, 6])
            .Select((ages, closed, columnAges) =>
            {
                var subjects = new List<Subject>();
                var observations = new List<Observation>();
                for (var i = 0; i < ages.Length; i++)
                {
                    var id = $"A{i}";
                    var status = i < closed.Length && closed[i] && i % 5 == 0 ? AccountStatus.Closed : AccountStatus.Active;
                    subjects.Add(new NewMediaAccount(id, $"账号{i}", "某局", "微信订阅号", "某师市", status));
                    if (ages[i] < 30)
                    {
                        observations.Add(new Publication($"p{i}", id, ColumnId: null, Published: AsOf.PlusDays(-ages[i]), Title: "推文"));
                    }
                }

                subjects.Add(new Website("W", "某师市", "某师市党政办公室", true, true, AdministrativeLevel.Prefecture));
                for (var c = 0; c < columnAges.Length; c++)
                {
                    observations.Add(new Column($"c{c}", "W", $"栏目{c}", ColumnCategory.News, IsTopLevel: true, OnHomepage: c == 0, IsBlank: false, LastUpdated: AsOf.PlusDays(-columnAges[c])));
                }

                return FactBatch.Of(subjects, observations);
            });

    [Fact]
    public void Compare_RevisionWithItself_IsEmpty()
    {
        var rules = ImpactSample.Baseline.Value;

        Batches.Sample(batch =>
        {
            var impact = ImpactAnalysis.Compare(rules, rules, batch, AsOf);
            return impact.IsEmpty && !impact.Changes.Any() && impact.ByIndicator.IsEmpty
                && impact.ByKind.All(k => k.NewlyFailing == 0 && k.NewlyPassing == 0 && k.ScoreChanged == 0 && Counts(k.Before) == Counts(k.After));
        }, iter: 40);
    }

    [Fact]
    public void Compare_BeforeAndAfter_EqualTwoPlainEvaluations()
    {
        var baseline = ImpactSample.Baseline.Value;
        var candidate = ImpactSample.Nm7.Value;

        Batches.Sample(batch =>
        {
            var impact = ImpactAnalysis.Compare(baseline, candidate, batch, AsOf);
            var before = baseline.Evaluate(batch, AsOf);
            var after = candidate.Evaluate(batch, AsOf);
            return Same(impact.Before, before) && Same(impact.After, after)
                && impact.Subjects.Select(s => s.Before.Verdict).SequenceEqual(before.Assessments.Select(a => a.Verdict))
                && impact.Subjects.Select(s => s.After.Verdict).SequenceEqual(after.Assessments.Select(a => a.Verdict))
                && impact.Subjects.Count(s => s.Change == ImpactChange.NewlyFailing) == Enumerable.Range(0, before.Assessments.Length)
                    .Count(i => before.Assessments[i].Verdict == Verdict.Pass && after.Assessments[i].Verdict == Verdict.Fail);
        }, iter: 40);
    }

    private static bool Same(BatchResult left, BatchResult right) =>
        left.Summary.ByKind.Select(Counts).SequenceEqual(right.Summary.ByKind.Select(Counts))
        && left.Assessments.Length == right.Assessments.Length
        && left.Assessments.Zip(right.Assessments).All(pair =>
            pair.First.Subject == pair.Second.Subject
            && pair.First.Verdict == pair.Second.Verdict
            && pair.First.Total == pair.Second.Total
            && pair.First.Violations.Select(f => (f.IndicatorId, f.Reason, f.Detail, f.Points)).SequenceEqual(pair.Second.Violations.Select(f => (f.IndicatorId, f.Reason, f.Detail, f.Points)))
            && pair.First.Bonuses.Select(f => (f.IndicatorId, f.Points)).SequenceEqual(pair.Second.Bonuses.Select(f => (f.IndicatorId, f.Points))));

    // A kind's counts, compared field by field: results are classes without value equality.
    private static (SubjectKind, int, int, int, decimal, int, int, int) Counts(KindSummary kind) =>
        (kind.Kind, kind.Total, kind.Passed, kind.Failed, kind.PassRate, kind.NotAssessed, kind.Excluded, kind.PassedOnPartialData);
}
