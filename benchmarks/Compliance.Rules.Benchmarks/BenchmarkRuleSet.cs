namespace Compliance.Rules.Benchmarks;

/// <summary>Where the benchmark rule set lives: copied beside the benchmark assembly by the build.</summary>
public static class BenchmarkRuleSet
{
    /// <summary>The revision id.</summary>
    public const string Id = "national-bench";

    /// <summary>Gets the rule set's folder in the output directory.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "RuleSets", Id);
}
