using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>
/// One job run inside the benchmark process (<see cref="InProcessEmitToolchain"/>): BenchmarkDotNet does not build a
/// second copy of the repository's projects (several people build in this tree at once, each with their own artifacts
/// path), and the process keeps the GC settings of the benchmark project.
/// </summary>
public abstract class InProcessJobConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="InProcessJobConfig"/> class.</summary>
    /// <param name="strategy">The run strategy.</param>
    /// <param name="warmupCount">The warm-up iterations.</param>
    /// <param name="iterationCount">The measured iterations.</param>
    protected InProcessJobConfig(RunStrategy strategy, int warmupCount, int iterationCount) =>
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(strategy)
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount));
}
