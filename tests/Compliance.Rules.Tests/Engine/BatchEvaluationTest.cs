using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;
using static Compliance.Rules.Tests.Engine.InlineRuleSet;

namespace Compliance.Rules.Tests.Engine;

public class BatchEvaluationTest
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    private static CompiledRuleSet Rules() => RuleSet.LoadDirectory(TestPaths.TestRuleSet("engine-test"));

    private static FactBatch Batch(int sites, int accounts, int staleAccounts)
    {
        var subjects = new List<Subject>();
        var observations = new List<Observation>();
        for (var i = 0; i < sites; i++)
        {
            subjects.Add(Site($"w{i:D4}", portal: i % 3 != 0, services: i % 5 != 0));
            observations.Add(new Publication($"hp{i}", $"w{i:D4}", null, AsOf.PlusDays(-(i % 9)), "首页新闻", OnHomepage: true));
            observations.Add(new LinkCheck($"l{i}", $"w{i:D4}", "https://x", "https://x", Instant.FromUtc(2024, 6, 26, 0, 0), i % 4 == 0, false));
            observations.Add(new InspectorFinding($"j{i}", $"w{i:D4}", "T-D-JUDGED", 1, i % 11, "人工"));
            observations.Add(new InspectorFinding($"b{i}", $"w{i:D4}", "T-B-JUDGED", 1, i % 7, "加分"));
        }

        for (var i = 0; i < accounts; i++)
        {
            subjects.Add(Account($"a{i:D4}"));
            var last = i < staleAccounts ? AsOf.PlusDays(-15) : AsOf.PlusDays(-3);
            observations.Add(new Publication($"p{i}", $"a{i:D4}", null, last, "推文"));
        }

        return FactBatch.Of(subjects, observations);
    }

    [Fact]
    public void Evaluate_Batch_ReturnsEverySubjectOnceInBatchOrder()
    {
        var batch = Batch(sites: 30, accounts: 40, staleAccounts: 5);

        var result = Rules().Evaluate(batch, AsOf);

        result.Assessments.Select(a => a.Subject.Id).Should().Equal(batch.Subjects.Select(s => s.Id));
        result.RevisionId.Should().Be("engine-test");
        result.AsOf.Should().Be(AsOf);
    }

    [Fact]
    public void Evaluate_SubjectWithoutObservations_StillGetsAnAssessment()
    {
        var batch = FactBatch.Of([Site("lonely"), Account("quiet")], []);

        var result = Rules().Evaluate(batch, AsOf, new EvaluationOptions { AssumeComplete = true });

        result.Assessments.Should().HaveCount(2);
        result.Assessments[1].Violations.Select(v => v.IndicatorId).Should().Equal("T-NM-STALE");
        result.Assessments[1].Violations[0].Detail.Should().Be("—起未更新", "an account that never posted has no last post date to name");
    }

    // 610 of 618 accounts pass: 98.7055…% rounds half-up to 98.71 (the notice prints 98.87, which 618 accounts cannot give).
    [Fact]
    public void Evaluate_Summary_RoundsPassRatesHalfUpToTwoPlaces()
    {
        var batch = Batch(sites: 0, accounts: 618, staleAccounts: 8);

        var summary = Rules().Evaluate(batch, AsOf).Summary;

        summary.ByKind.Should().ContainSingle().Which.Should().BeEquivalentTo(new KindSummary(SubjectKind.NewMedia, 618, 610, 8, 98.71m));
    }

    [Theory]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 3, 33.33)]
    [InlineData(2, 3, 66.67)]
    [InlineData(1, 200, 0.5)]
    [InlineData(1, 400, 0.25)]
    [InlineData(1, 800, 0.13)]
    public void Rate_RoundsHalfAwayFromZero(int passed, int total, decimal expected) =>
        KindSummary.Rate(passed, total).Should().Be(expected);

    [Fact]
    public void Evaluate_EightThreadsOnOneCompiledRuleSet_GiveTheSequentialResults()
    {
        var rules = Rules();
        var batch = Batch(sites: 60, accounts: 80, staleAccounts: 20);
        var sequential = rules.Evaluate(batch, AsOf, new EvaluationOptions { MaxDegreeOfParallelism = 1 });

        var results = new BatchResult[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = rules.Evaluate(batch, AsOf, new EvaluationOptions { MaxDegreeOfParallelism = 4 }));

        foreach (var result in results)
        {
            result.Assessments.Should().BeEquivalentTo(sequential.Assessments, o => o.WithStrictOrdering());
        }

        sequential.Assessments.SelectMany(a => a.Violations).Should().NotBeEmpty("the comparison must cover findings");
    }

    [Fact]
    public void Evaluate_Progress_ReportsEverySubject()
    {
        var batch = Batch(sites: 5, accounts: 5, staleAccounts: 1);
        var reported = new System.Collections.Concurrent.ConcurrentBag<int>();

        Rules().Evaluate(batch, AsOf, new EvaluationOptions { Progress = new SynchronousProgress(reported.Add) });

        reported.Order().Should().Equal(Enumerable.Range(1, 10));
    }

    [Fact]
    public void Evaluate_WithClock_UsesTheDateInBeijing()
    {
        var batch = FactBatch.Of([Account("a1")], [new Publication("p1", "a1", null, new LocalDate(2024, 6, 13), "推文")]);
        var clock = new FixedClock(Instant.FromUtc(2024, 6, 27, 16, 30));

        var result = Rules().Evaluate(batch, clock);

        result.AsOf.Should().Be(new LocalDate(2024, 6, 28));
        result.Assessments.Single().Verdict.Should().Be(Verdict.Fail, "on 6/28 the last post of 6/13 is outside the 14 days");
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
