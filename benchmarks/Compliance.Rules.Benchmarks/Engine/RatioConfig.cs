using BenchmarkDotNet.Engines;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>
/// For a ratio of two operations of seconds, on a shared machine: two warm-ups and eight monitored iterations, in process.
/// Three iterations gave ratios from 2.46 to 3.11 for the same code on runs minutes apart, mostly from the baseline's own
/// spread; eight make the mean and its deviation worth reading.
/// </summary>
public sealed class RatioConfig : InProcessJobConfig
{
    /// <summary>Initializes a new instance of the <see cref="RatioConfig"/> class.</summary>
    public RatioConfig()
        : base(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 8)
    {
    }
}
