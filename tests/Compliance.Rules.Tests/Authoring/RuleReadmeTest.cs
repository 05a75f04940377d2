using System.Reflection;
using System.Text.RegularExpressions;
using Compliance.Rules.Authoring;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts.Input;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>rules/README.md documents every rule-set and facts diagnostic code, and nothing else, in its tables.</summary>
public partial class RuleReadmeTest
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.Rules, "README.md"));

    [Fact]
    public void Readme_DiagnosticTables_ListExactlyTheRuleAndFactsCodes()
    {
        var documented = TableRow().Matches(Readme).Select(m => m.Groups["code"].Value);

        documented.Should().BeEquivalentTo(Codes(typeof(RuleDiagnosticCodes)).Concat(Codes(typeof(FactsDiagnosticCodes))).Concat(Codes(typeof(EvaluationDiagnosticCodes))));
    }

    private static IEnumerable<string> Codes(Type codes) =>
        codes.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [GeneratedRegex(@"^\| (?<code>CR\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
