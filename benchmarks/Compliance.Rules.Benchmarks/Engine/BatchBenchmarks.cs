using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Compliance.Rules.Benchmarks.Baseline;
using Compliance.Rules.Benchmarks.Workload;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>
/// The engine against the hand-written evaluator on one seeded batch: the hand-written evaluator is the baseline, so
/// BenchmarkDotNet's Ratio column is the engine/hand-written ratio. Both use every processor.
/// </summary>
public abstract class BatchBenchmarks
{
    private FactBatch _batch = null!;
    private CompiledRuleSet _rules = null!;
    private HandWrittenEvaluator _handWritten = null!;

    /// <summary>Gets the batch's shape.</summary>
    protected abstract BatchShape Shape { get; }

    [GlobalSetup]
    public void Setup()
    {
        _batch = SyntheticBatchGenerator.Generate(Shape);
        _rules = RuleSet.LoadDirectory(BenchmarkRuleSet.Directory);
        _handWritten = new HandWrittenEvaluator(_rules.Calendar);

        // Promote the freshly generated batch to the oldest generation now, so that neither method pays for it.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    // The hand-written evaluator reads the batch as complete; so does the engine here, so both do the same work.
    private static readonly EvaluationOptions Complete = new() { AssumeComplete = true };

    [Benchmark(Baseline = true)]
    public ImmutableArray<BaselineAssessment> HandWritten() => _handWritten.Evaluate(_batch, Shape.AsOf, Environment.ProcessorCount);

    [Benchmark]
    public BatchResult Engine() => _rules.Evaluate(_batch, Shape.AsOf, Complete);
}
