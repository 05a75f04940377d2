using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>
/// Loading and compiling the 30-indicator benchmark rule set: reading and validating the YAML, building one NRules
/// rule per indicator and compiling the networks (<see cref="RuleSet.LoadDirectory"/>).
/// </summary>
/// <remarks>
/// A compilation takes a good part of a second, so a few monitored iterations suffice; the first, cold compilation
/// of a process (with the JIT's work) is printed by <c>national-once</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CompileBenchmarks
{
    [Benchmark]
    public CompiledRuleSet LoadDirectory_NationalBench() => RuleSet.LoadDirectory(BenchmarkRuleSet.Directory);
}
