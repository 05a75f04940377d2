using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Compliance.Rules.Benchmarks.Baseline;
using Compliance.Rules.Benchmarks.Workload;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Benchmarks;

/// <summary>
/// One evaluation of a batch outside BenchmarkDotNet, reporting what a benchmark cannot: the process's peak working
/// set, CPU time against wall time (how many cores were used), and the garbage collector's work.
/// </summary>
/// <remarks>
/// <c>national-once</c> / <c>bingtuan-once</c>, optionally followed by <c>--websites N --accounts M --seed S --dop D</c> and
/// <c>--baseline</c> (the hand-written evaluator instead of the engine) or <c>--both</c> (both, and compare findings),
/// <c>--digest</c> (print a SHA-256 of the engine's whole result, and of the forecast's, <see cref="Engine.ResultDigest"/>), and
/// <c>--forecast N</c> (after the engine's evaluation, a forecast of N days, timed the same way, with how many subject
/// evaluations it made).
/// </remarks>
public static class OneShotRun
{
    /// <summary>Runs the mode named by the arguments.</summary>
    /// <param name="args">The command-line arguments, the mode first.</param>
    /// <returns>The exit code: 0, or 1 when <c>--both</c> found a difference.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var shape = args[0] == "bingtuan-once" ? BatchShape.Bingtuan : BatchShape.National;
        var dop = Environment.ProcessorCount;
        var engine = true;
        var baseline = false;
        var forecastDays = 0;
        var digest = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--websites": shape = shape with { Websites = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--accounts": shape = shape with { Accounts = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--seed": shape = shape with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--dop": dop = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--baseline": engine = false; baseline = true; break;
                case "--both": baseline = true; break;
                case "--forecast": forecastDays = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--digest": digest = true; break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        Console.WriteLine($"batch: {shape}; {Environment.ProcessorCount} processors; degree of parallelism {dop}; server GC {GCSettings.IsServerGC}, concurrent {GCSettings.LatencyMode}");
        var watch = Stopwatch.StartNew();
        var batch = SyntheticBatchGenerator.Generate(shape);
        Console.WriteLine($"generated {batch.Subjects.Length:N0} subjects, {batch.Observations.Length:N0} observations in {watch.Elapsed.TotalSeconds:F2} s");
        Report("after generation");

        // Promote the freshly generated batch to the oldest generation now, so that neither evaluator pays for it.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        watch.Restart();
        var rules = RuleSet.LoadDirectory(BenchmarkRuleSet.Directory);
        Console.WriteLine($"compiled {rules.RuleCount} rules in {watch.Elapsed.TotalSeconds:F2} s");

        BatchResultCounts? engineCounts = null;
        HashSet<BaselineFinding>? engineFindings = null;
        if (engine)
        {
            var (result, elapsed, cpu) = Timed(() => rules.Evaluate(batch, shape.AsOf, new EvaluationOptions { MaxDegreeOfParallelism = dop, AssumeComplete = true }));
            engineCounts = new BatchResultCounts(
                result.Assessments.Sum(a => a.Violations.Length + a.Bonuses.Length),
                result.Summary.Failed,
                result.Assessments.Count(a => a.Subject is Website && a.Verdict == Results.Verdict.Fail),
                result.Assessments.Count(a => a.Subject is NewMediaAccount && a.Verdict == Results.Verdict.Fail));
            Console.WriteLine($"engine: {elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU ({cpu / elapsed:F2} cores); {engineCounts}");
            var fired = result.Assessments
                .SelectMany(a => a.Violations.Concat(a.Bonuses).Select(f => f.IndicatorId).Distinct())
                .GroupBy(id => id)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"  subjects per indicator: {string.Join(", ", fired)}");
            Report("after engine");
            if (digest)
            {
                Console.WriteLine($"  result digest (SHA-256): {Engine.ResultDigest.Of(result)}");
            }

            if (forecastDays > 0)
            {
                // A second evaluation, warm like the forecast that follows it, is what the forecast is compared with.
                (_, elapsed, cpu) = Timed(() => rules.Evaluate(batch, shape.AsOf, new EvaluationOptions { MaxDegreeOfParallelism = dop, AssumeComplete = true }));
                Console.WriteLine($"engine again (warm): {elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU");
                Report("after the warm evaluation");
                for (var rep = int.Parse(Environment.GetEnvironmentVariable("REPS") ?? "0", CultureInfo.InvariantCulture); rep > 0; rep--) { Forecasting.ForecastAnalysis.Run(rules, batch, shape.AsOf, forecastDays, new EvaluationOptions { MaxDegreeOfParallelism = dop, AssumeComplete = true }); }
                var (forecast, forecastElapsed, forecastCpu) = Timed(() => Forecasting.ForecastAnalysis.Run(rules, batch, shape.AsOf, forecastDays, new EvaluationOptions { MaxDegreeOfParallelism = dop, AssumeComplete = true }));
                var changed = forecast.Changes.ToList();
                Console.WriteLine(
                    $"forecast of {forecastDays} days: {forecastElapsed.TotalSeconds:F2} s wall, {forecastCpu.TotalSeconds:F2} s CPU ({forecastElapsed / elapsed:F2} × the warm evaluation's wall time, {forecastCpu / cpu:F2} × its CPU time); " +
                    $"{forecast.Evaluations:N0} subject evaluations after the first ({forecast.Evaluations / (double)batch.Subjects.Length:F2} per subject); " +
                    $"{changed.Count(s => s.Subject is Website):N0} websites and {changed.Count(s => s.Subject is NewMediaAccount):N0} accounts change, {forecast.Warnings.Length:N0} warnings");
                Report("after forecast");
                if (digest)
                {
                    Console.WriteLine($"  forecast digest (SHA-256): {Engine.ResultDigest.Of(forecast)}");
                }
            }
            if (baseline)
            {
                engineFindings = [.. result.Assessments.SelectMany(a => a.Violations.Concat(a.Bonuses).Select(f => EngineFindings.ToBaseline(a.Subject, f)))];
            }
        }

        if (baseline)
        {
            var evaluator = new HandWrittenEvaluator(rules.Calendar);
            var (result, elapsed, cpu) = Timed(() => evaluator.Evaluate(batch, shape.AsOf, dop));
            var counts = new BatchResultCounts(
                result.Sum(a => a.Findings.Length),
                result.Count(a => !a.Passed),
                result.Count(a => a.SubjectId.StartsWith('W') && !a.Passed),
                result.Count(a => a.SubjectId.StartsWith('A') && !a.Passed));
            Console.WriteLine($"hand-written: {elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU ({cpu / elapsed:F2} cores); {counts}");
            Report("after hand-written");
            if (engineFindings is not null)
            {
                var handWritten = result.SelectMany(a => a.Findings).ToHashSet();
                var missing = handWritten.Except(engineFindings).Take(5).ToList();
                var extra = engineFindings.Except(handWritten).Take(5).ToList();
                Console.WriteLine(missing.Count + extra.Count == 0
                    ? $"findings identical ({handWritten.Count:N0})"
                    : $"findings DIFFER: only hand-written {string.Join("; ", missing.Select(f => f.Key))}; only engine {string.Join("; ", extra.Select(f => f.Key))}");
                return missing.Count + extra.Count == 0 && engineCounts == counts ? 0 : 1;
            }
        }

        return 0;
    }

    private static (T Result, TimeSpan Elapsed, TimeSpan Cpu) Timed<T>(Func<T> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        process.Refresh();
        return (result, watch.Elapsed, process.TotalProcessorTime - cpu);
    }

    private static void Report(string when)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine(
            $"  {when}: peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB, working set {process.WorkingSet64 / 1048576.0:N0} MB, " +
            $"managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB, allocated so far {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MB, " +
            $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s ({info.PauseTimePercentage:F1}% of the last GC's time)");
    }

    private sealed record BatchResultCounts(int Findings, int Failed, int WebsitesFailed, int AccountsFailed);
}
