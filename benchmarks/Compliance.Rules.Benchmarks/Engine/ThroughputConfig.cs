using BenchmarkDotNet.Engines;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>For operations of milliseconds: five warm-up and fifteen measured iterations, in process.</summary>
public sealed class ThroughputConfig : InProcessJobConfig
{
    /// <summary>Initializes a new instance of the <see cref="ThroughputConfig"/> class.</summary>
    public ThroughputConfig()
        : base(RunStrategy.Throughput, warmupCount: 5, iterationCount: 15)
    {
    }
}
