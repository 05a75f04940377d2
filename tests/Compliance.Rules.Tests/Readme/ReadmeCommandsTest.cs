using System.Text.RegularExpressions;

namespace Compliance.Rules.Tests.Readme;

/// <summary>The README's test command is the one CI runs, so what a developer runs and what CI checks cannot drift apart.</summary>
public sealed partial class ReadmeCommandsTest
{
    [Fact]
    public void CiScript_RunsExactlyTheReadmesTestCommand()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var ci = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, ".ci", "run")).ReplaceLineEndings("\n");

        var section = readme[readme.IndexOf("## Run the tests", StringComparison.Ordinal)..];
        var command = FirstBashLine().Match(section).Groups["command"].Value;

        command.Should().StartWith("dotnet test Compliance.Rules.sln");
        ci.Split('\n').Should().Contain(line => line.StartsWith(command + " 2>&1 | tee ", StringComparison.Ordinal), "CI runs the README's command as it is written");
    }

    [GeneratedRegex("```bash\n(?<command>[^\n]+)\n", RegexOptions.CultureInvariant)]
    private static partial Regex FirstBashLine();
}
