using BenchmarkDotNet.Attributes;
using Compliance.Rules.Benchmarks.Workload;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Results;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>
/// A forecast over 14 days against a single evaluation of the national batch (the evaluation is the baseline, so the
/// Ratio column is forecast ÷ evaluation; the target is at most 3). Both read the batch as complete and use every processor.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
public class ForecastBenchmarks
{
    private static readonly EvaluationOptions Complete = new() { AssumeComplete = true };

    private FactBatch _batch = null!;
    private CompiledRuleSet _rules = null!;

    /// <summary>Gets or sets how many days the forecast looks ahead.</summary>
    [Params(14)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _batch = SyntheticBatchGenerator.Generate(BatchShape.National);
        _rules = RuleSet.LoadDirectory(BenchmarkRuleSet.Directory);

        // Promote the freshly generated batch to the oldest generation now, so that neither method pays for it.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    [Benchmark(Baseline = true)]
    public BatchResult Evaluate() => _rules.Evaluate(_batch, BatchShape.National.AsOf, Complete);

    [Benchmark]
    public ForecastResult Forecast() => ForecastAnalysis.Run(_rules, _batch, BatchShape.National.AsOf, Days, Complete);
}
