using System.Reflection;

namespace Compliance.Rules.Tests;

/// <summary>Locates the repository's folders from the test assembly (the build records the repository root).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string Rules => Path.Combine(RepoRoot, "rules");

    public static string TestRuleSets => Path.Combine(RepoRoot, "tests", "Compliance.Rules.Tests", "RuleSets");

    public static string TestRuleSet(string name) => Path.Combine(TestRuleSets, name);
}
