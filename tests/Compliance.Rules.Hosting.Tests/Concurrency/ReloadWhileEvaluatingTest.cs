using System.Collections.Concurrent;
using Compliance.Rules.Hosting.Tests.Support;
using Compliance.Rules.Results;

namespace Compliance.Rules.Hosting.Tests.Concurrency;

/// <summary>Evaluations from several threads while the rule set is reloaded again and again: no result mixes two rule sets.</summary>
public sealed class ReloadWhileEvaluatingTest : IDisposable
{
    private const int Workers = 3;
    private const int Reloads = 6;

    private readonly XjbtRuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Evaluate_WhileReloadsSwapTheWindowBackAndForth_EveryResultIsOfExactlyOneRuleSet()
    {
        await using var host = await RulesHost.StartAsync(_folder.Revision);
        var fourteenDays = host.Rules.Get().ContentHash;
        _folder.SetNewMediaWindow(7);
        await host.Rules.ReloadAsync();
        var sevenDays = host.Rules.Get().ContentHash;
        // The account's last post is 10 days old: it passes under the 14-day window and fails under the 7-day one, so a
        // result's verdict says which rule set's network produced it, and its provenance which rule set it claims.
        var verdictOf = new Dictionary<string, Verdict> { [fourteenDays] = Verdict.Pass, [sevenDays] = Verdict.Fail };
        var batch = SampleBatches.AccountLastPostedTenDaysBefore();
        var results = new ConcurrentQueue<(string Held, string Claimed, Verdict Verdict)>();
        using var stop = new CancellationTokenSource();

        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var active = host.Rules.Get();
                    var result = active.Evaluate(batch, SampleBatches.AsOf, new EvaluationOptions { MaxDegreeOfParallelism = 1 });
                    results.Enqueue((active.ContentHash, result.Provenance!.RevisionHash, result.Assessments.Single().Verdict));
                }
            },
            TaskCreationOptions.LongRunning)).ToList();
        for (var i = 0; i < Reloads; i++)
        {
            _folder.SetNewMediaWindow(i % 2 == 0 ? 14 : 7);
            await host.Rules.ReloadAsync();
            var now = host.Rules.Get().ContentHash;
            var before = results.Count(r => r.Held == now);
            await Eventually.HoldsAsync(() => Task.FromResult(results.Count(r => r.Held == now)), count => count > before, $"an evaluation on the rule set of reload {i + 1}");
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);

        results.Select(r => r.Held).Distinct().Should().BeEquivalentTo([fourteenDays, sevenDays]);
        results.Should().OnlyContain(r => r.Claimed == r.Held && verdictOf[r.Claimed] == r.Verdict, "a result's provenance and verdict both come from the one rule set the evaluation held");
    }
}
