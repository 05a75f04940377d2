using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Benchmarks.Workload;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Results;
using CsCheck;
using NodaTime;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary>
/// The forecast's contract on random batches, as-of dates and horizons, under the 兵团 and the national rule sets and a
/// test overlay with sub-rules and notices: the result it predicts for every date of the horizon equals a plain evaluation
/// at that date — verdict, failure cause, scores, every finding (violation, bonus, notice) with its sub-rule and points,
/// and the fact of every per-fact (<c>each</c>) finding. Texts that quote the
/// date, and the facts listed as evidence of an aggregate (the posts of the last 14 days while an account passes), are
/// what the forecast does not promise.
/// </summary>
public class ForecastPropertyTest
{
    private static readonly LocalDate FirstDay = new(2024, 1, 1);

    private static readonly Lazy<CompiledRuleSet> BenchmarkRules = new(() => RuleSet.LoadDirectory(
        Path.Combine(TestPaths.RepoRoot, "benchmarks", "Compliance.Rules.Benchmarks", "RuleSets", "national-bench")));

    // The 兵团 overlay (message deadlines as notices), the national text, and forecast-test: the 兵团 overlay with an
    // indicator of sub-rules (a homepage window, a per-column window) and a notice over a count of posts.
    private static readonly Lazy<CompiledRuleSet>[] RuleSets =
    [
        new(() => RuleSet.BuiltIn("xjbt-2024")),
        new(() => RuleSet.BuiltIn("gb-2019")),
        new(() => RuleSet.LoadDirectory(TestPaths.TestRuleSet("forecast-test"))),
    ];

    // A message: days received before the as-of date, days until its answer (-1: none), valid, channel.
    private static readonly Gen<(int Received, int Answer, bool Valid, int Channel)> Messages =
        Gen.Select(Gen.Int[0, 15], Gen.Int[-1, 9], Gen.Int[0, 5], Gen.Int[0, 2]).Select((r, a, v, c) => (r, a, v > 0, c));

    // A website: its columns' ages (200 and more: never updated), its messages, its homepage posts' ages.
    private static readonly Gen<(int[] Columns, (int, int, bool, int)[] Messages, int[] Posts)> Websites =
        Gen.Select(Gen.Int[0, 220].Array[0, 4], Messages.Array[0, 3], Gen.Int[-2, 20].Array[0, 3]);

    private static readonly Gen<Scenario> Scenarios =
        Gen.Select(Gen.Int[0, 360], Gen.Int[1, 20], Gen.Int[-3, 30].Array[0, 4].Array[0, 5], Websites.Array[0, 2], Gen.Int[0, RuleSets.Length - 1])
            .Select((day, days, accounts, websites, rules) => new Scenario(FirstDay.PlusDays(day), days, accounts, websites, rules));

    [Fact]
    public void Run_PredictedResultOnEveryDate_EqualsAPlainEvaluationAtThatDate()
    {
        Scenarios.Sample(scenario =>
        {
            var rules = RuleSets[scenario.Rules].Value;
            var batch = scenario.Batch();
            var options = new EvaluationOptions { AssumeComplete = true };

            var forecast = ForecastAnalysis.Run(rules, batch, scenario.AsOf, scenario.Days, options);

            for (var date = scenario.AsOf; date <= forecast.Until; date = date.PlusDays(1))
            {
                var plain = rules.Evaluate(batch, date, options);
                for (var i = 0; i < plain.Assessments.Length; i++)
                {
                    var predicted = Describe(forecast.Subjects[i].AssessmentOn(date), rules);
                    var actual = Describe(plain.Assessments[i], rules);
                    predicted.Should().Be(actual, $"{rules.Revision.Id}, subject {batch.Subjects[i].Id} on {date:uuuu-MM-dd} (forecast from {scenario.AsOf:uuuu-MM-dd})");
                }
            }
        }, iter: 40);
    }

    [Fact]
    public void Run_BenchmarkRuleSetOnSyntheticBatches_PredictsAPlainEvaluationOnEveryDate()
    {
        // The 30-indicator benchmark rule set has the forms the built-in ones lack: probe ratios over 7 days, per-unit
        // points, an age in working days, instants; its synthetic batches put facts on every day of the windows.
        var rules = BenchmarkRules.Value;
        Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, 540], Gen.Int[-3, 3], Gen.Int[1, 14]).Sample((seed, day, shift, days) =>
        {
            var generated = new LocalDate(2024, 1, 2).PlusDays(day);
            var batch = SyntheticBatchGenerator.Generate(new BatchShape(12, 30, seed, generated));
            var asOf = generated.PlusDays(shift);
            var options = new EvaluationOptions { AssumeComplete = true };

            var forecast = ForecastAnalysis.Run(rules, batch, asOf, days, options);

            for (var date = asOf; date <= forecast.Until; date = date.PlusDays(1))
            {
                var plain = rules.Evaluate(batch, date, options);
                for (var i = 0; i < plain.Assessments.Length; i++)
                {
                    Describe(forecast.Subjects[i].AssessmentOn(date), rules).Should().Be(
                        Describe(plain.Assessments[i], rules),
                        $"subject {batch.Subjects[i].Id} on {date:uuuu-MM-dd} (batch of seed {seed} made for {generated:uuuu-MM-dd}, forecast from {asOf:uuuu-MM-dd})");
                }
            }
        }, iter: 10);
    }

    [Fact]
    public void Run_EveryChange_IsADateOfTheHorizonWithADifferentResult()
    {
        Scenarios.Sample(scenario =>
        {
            var rules = RuleSets[scenario.Rules].Value;

            var forecast = ForecastAnalysis.Run(rules, scenario.Batch(), scenario.AsOf, scenario.Days, new EvaluationOptions { AssumeComplete = true });

            foreach (var subject in forecast.Subjects)
            {
                var dates = subject.Changes.Select(c => c.Date).ToList();
                dates.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
                dates.All(d => d > scenario.AsOf && d <= forecast.Until).Should().BeTrue();
                subject.Changes.All(c => Describe(c.Before, rules) != Describe(c.After, rules) || c.Started.Length + c.Stopped.Length > 0).Should().BeTrue();
            }
        }, iter: 40);
    }

    private static string Describe(Assessment assessment, CompiledRuleSet rules) =>
        $"{assessment.Verdict} {assessment.FailureCause} {assessment.DeductionScore} {assessment.Bonus} {assessment.Total} | "
        + string.Join("; ", assessment.Violations.Concat(assessment.Bonuses).Concat(assessment.Notices)
            .Select(f => $"{f.Kind} {f.IndicatorId}/{f.Rule} {f.Points} [{(PerFact(rules, f) ? string.Join(",", f.Evidence.Facts.Select(x => x.Id).Order(StringComparer.Ordinal)) : string.Empty)}]")
            .Order(StringComparer.Ordinal));

    // Whether the finding's indicator, or its sub-rule, makes one finding per fact (each).
    private static bool PerFact(CompiledRuleSet rules, Finding finding)
    {
        var indicator = rules.Revision.FindIndicator(finding.IndicatorId)!;
        var rule = finding.Rule is null ? indicator : indicator.SubRules.Single(r => r.Rule == finding.Rule);
        return PlaceholderCatalog.Parts(rule.Condition).Any(p => p is EachFact);
    }

    /// <summary>A random batch and forecast, built from plain numbers so that CsCheck can shrink it.</summary>
    private sealed record Scenario(LocalDate AsOf, int Days, int[][] Accounts, (int[] Columns, (int, int, bool, int)[] Messages, int[] Posts)[] Websites, int Rules)
    {
        private static readonly MessageChannel[] Channels = [MessageChannel.ErrorReport, MessageChannel.LeaderMailbox, MessageChannel.Consultation];
        private static readonly ColumnCategory[] Categories = [ColumnCategory.News, ColumnCategory.Notices, ColumnCategory.PolicyDocuments, ColumnCategory.Other];

        public FactBatch Batch()
        {
            var subjects = new List<Subject>();
            var observations = new List<Observation>();
            for (var a = 0; a < Accounts.Length; a++)
            {
                subjects.Add(new NewMediaAccount($"A{a}", $"账号{a}", "某局", "微信订阅号", "某师市", a == 4 ? AccountStatus.Closed : AccountStatus.Active));
                observations.AddRange(Accounts[a].Select((age, p) => new Publication($"A{a}p{p}", $"A{a}", null, AsOf.PlusDays(-age), "推文")));
            }

            for (var w = 0; w < Websites.Length; w++)
            {
                var (columns, messages, posts) = Websites[w];
                var id = $"W{w}";
                subjects.Add(new Website(id, $"网站{w}", "某师市", IsPortal: w == 0, ProvidesExternalServices: true, AdministrativeLevel.Prefecture));
                observations.AddRange(columns.Select((age, c) => new Column(
                    $"{id}c{c}", id, $"栏目{c}", Categories[c % Categories.Length], IsTopLevel: true, OnHomepage: c == 0, IsBlank: false, age >= 200 ? null : AsOf.PlusDays(-age))));
                observations.AddRange(messages.Select((m, n) =>
                {
                    var (received, answer, valid, channel) = m;
                    var at = AsOf.PlusDays(-received).At(new LocalTime(10, 0));
                    return new Message($"{id}m{n}", id, Channels[channel], at, answer < 0 ? null : at.PlusDays(answer), valid);
                }));
                observations.AddRange(posts.Select((age, p) => new Publication($"{id}p{p}", id, null, AsOf.PlusDays(-age), "首页信息", OnHomepage: true)));
            }

            return FactBatch.Of(subjects, observations);
        }
    }
}
