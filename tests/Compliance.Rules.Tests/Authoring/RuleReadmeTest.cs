using System.Text.RegularExpressions;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>rules/README.md documents every rule-set and facts diagnostic code, and nothing else, in its tables.</summary>
public partial class RuleReadmeTest
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.Rules, "README.md"));

    [Fact]
    public void Readme_DiagnosticTables_ListExactlyTheRuleAndFactsCodes()
    {
        var documented = TableRow().Matches(Readme).Select(m => m.Groups["code"].Value);

        // Calendar codes (CR1xxx) are documented in rules/calendars/README.md instead.
        documented.Should().BeEquivalentTo(DiagnosticCodes.All.Select(d => d.Code).Where(code => !code.StartsWith("CR1", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^\| (?<code>CR\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
