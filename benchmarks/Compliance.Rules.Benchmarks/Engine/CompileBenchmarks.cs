using BenchmarkDotNet.Attributes;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>
/// Loading and compiling the 30-indicator benchmark rule set: reading and validating the YAML, building one NRules
/// rule per indicator and compiling the networks (<see cref="RuleSet.LoadDirectory"/>).
/// </summary>
/// <remarks>
/// This measures compiling again in a warm process; the first, cold compilation of a process (with the JIT's work)
/// is printed by <c>national-once</c>.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CompileBenchmarks
{
    [Benchmark]
    public CompiledRuleSet LoadDirectory_NationalBench() => RuleSet.LoadDirectory(BenchmarkRuleSet.Directory);
}
