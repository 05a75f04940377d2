using System.Reflection;
using Compliance.Rules.Hosting.Loading;

namespace Compliance.Rules.Hosting.Tests.Startup;

/// <summary>The README's host section documents every diagnostic code of the host package.</summary>
public sealed class ReadmeTest
{
    [Fact]
    public void Readme_HostSection_NamesEveryHostDiagnosticCode()
    {
        var codes = typeof(HostingDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var section = readme[readme.IndexOf("## In a host application", StringComparison.Ordinal)..];

        codes.Should().HaveCount(4);
        codes.Should().OnlyContain(code => section.Contains(code, StringComparison.Ordinal));
    }
}
