using BenchmarkDotNet.Attributes;
using Compliance.Rules.Benchmarks.Workload;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>
/// A national quarter: 14,000 websites (~60 columns, 140 probes, ~20 messages each) and 120,000 new-media accounts,
/// about 4.1 million observations. Few monitored iterations, since one evaluation takes seconds.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MonitoringConfig))]
public class NationalBatchBenchmarks : BatchBenchmarks
{
    /// <inheritdoc/>
    protected override BatchShape Shape => BatchShape.National;
}
