using Compliance.Rules.Hosting.Loading;

namespace Compliance.Rules.Hosting.Tests.Startup;

/// <summary>The README's host section documents every diagnostic code of the host package.</summary>
public sealed class ReadmeTest
{
    [Fact]
    public void Readme_HostSection_NamesEveryHostDiagnosticCode()
    {
        var codes = HostingDiagnosticCodes.All.Select(d => d.Code).ToList();

        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var section = readme[readme.IndexOf("## In a host application", StringComparison.Ordinal)..];

        codes.Should().HaveCount(4);
        codes.Should().OnlyContain(code => section.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public void HostingDiagnosticCodes_All_AreCr6CodesTheCoreDoesNotUse()
    {
        var core = Compliance.Rules.Diagnostics.DiagnosticCodes.All.Select(d => d.Code);

        HostingDiagnosticCodes.All.Select(d => d.Code).Should().OnlyHaveUniqueItems()
            .And.OnlyContain(code => code.StartsWith("CR6", StringComparison.Ordinal))
            .And.NotIntersectWith(core);
    }
}
