using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Scoring;
using CsCheck;
using NodaTime;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary>
/// The forecast's contract on random batches, as-of dates and horizons, under the 兵团 and the national rule sets: the
/// result it predicts for every date of the horizon equals a plain evaluation at that date (verdict, failure cause,
/// scores, and every finding with its points and evidence facts; texts that quote the date are not compared).
/// </summary>
public class ForecastPropertyTest
{
    private static readonly LocalDate FirstDay = new(2024, 1, 1);

    private static readonly Lazy<CompiledRuleSet>[] RuleSets = [new(() => RuleSet.BuiltIn("xjbt-2024")), new(() => RuleSet.BuiltIn("gb-2019"))];

    // A message: days received before the as-of date, days until its answer (-1: none), valid, channel.
    private static readonly Gen<(int Received, int Answer, bool Valid, int Channel)> Messages =
        Gen.Select(Gen.Int[0, 15], Gen.Int[-1, 9], Gen.Int[0, 5], Gen.Int[0, 2]).Select((r, a, v, c) => (r, a, v > 0, c));

    // A website: its columns' ages (200 and more: never updated), its messages, its homepage posts' ages.
    private static readonly Gen<(int[] Columns, (int, int, bool, int)[] Messages, int[] Posts)> Websites =
        Gen.Select(Gen.Int[0, 220].Array[0, 4], Messages.Array[0, 3], Gen.Int[-2, 20].Array[0, 3]);

    private static readonly Gen<Scenario> Scenarios =
        Gen.Select(Gen.Int[0, 360], Gen.Int[1, 20], Gen.Int[-3, 30].Array[0, 4].Array[0, 5], Websites.Array[0, 2], Gen.Int[0, 1])
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
                    var predicted = Describe(forecast.Subjects[i].AssessmentOn(date));
                    var actual = Describe(plain.Assessments[i]);
                    predicted.Should().Be(actual, $"{rules.Revision.Id}, subject {batch.Subjects[i].Id} on {date:uuuu-MM-dd} (forecast from {scenario.AsOf:uuuu-MM-dd})");
                }
            }
        }, iter: 40);
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
                subject.Changes.All(c => Describe(c.Before) != Describe(c.After) || c.Started.Length + c.Stopped.Length > 0).Should().BeTrue();
            }
        }, iter: 40);
    }

    private static string Describe(Assessment assessment) =>
        $"{assessment.Verdict} {assessment.FailureCause} {assessment.DeductionScore} {assessment.Bonus} {assessment.Total} | "
        + string.Join("; ", assessment.Violations.Concat(assessment.Bonuses)
            .Select(f => $"{f.IndicatorId} {f.Points} [{string.Join(",", f.Evidence.Facts.Select(x => x.Id).Order(StringComparer.Ordinal))}]")
            .Order(StringComparer.Ordinal));

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
