using BenchmarkDotNet.Attributes;
using Compliance.Rules.Benchmarks.Workload;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>A 兵团 quarter: 41 websites and 618 new-media accounts.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class BingtuanBatchBenchmarks : BatchBenchmarks
{
    /// <inheritdoc/>
    protected override BatchShape Shape => BatchShape.Bingtuan;
}
