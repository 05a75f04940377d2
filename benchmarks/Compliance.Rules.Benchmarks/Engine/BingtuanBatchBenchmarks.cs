using BenchmarkDotNet.Attributes;
using Compliance.Rules.Benchmarks.Workload;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>A 兵团 quarter: 41 websites and 618 new-media accounts.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class BingtuanBatchBenchmarks : BatchBenchmarks
{
    /// <inheritdoc/>
    protected override BatchShape Shape => BatchShape.Bingtuan;
}
