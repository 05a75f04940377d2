using BenchmarkDotNet.Engines;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>For operations of a second or more: one warm-up and three monitored iterations, in process.</summary>
public sealed class MonitoringConfig : InProcessJobConfig
{
    /// <summary>Initializes a new instance of the <see cref="MonitoringConfig"/> class.</summary>
    public MonitoringConfig()
        : base(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3)
    {
    }
}
