using Compliance.Rules.Testing;

namespace DemoCity.Rules.Tests;

// Each regression case of our overlay (rules/demo-2024/tests/*.yaml) is a test of its own in dotnet test.
public sealed class OverlayCasesTest
{
    public static IEnumerable<object[]> Cases => RegressionCases.In("rules/demo-2024");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string rulesFolder, string caseId) => RegressionCases.Run(rulesFolder, caseId);
}
