using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>
/// Runs every regression case of every revision under <c>rules/</c> as its own test, displayed as <c>revision/file/case name</c>.
/// The expected values in the case files are worked out by hand from the indicator text.
/// </summary>
public sealed class RuleSetCaseTest
{
    public static TheoryData<string> Cases => [.. RuleSetCaseCatalog.Ids];

    [RuleSetCaseTheory]
    [MemberData(nameof(Cases))]
    public void Case(string id)
    {
        var revision = RuleSetCaseCatalog.All.Single(r => id.StartsWith(r.Id + "/", StringComparison.Ordinal));
        revision.Problems.Should().BeEmpty($"the rule set and the cases of {revision.Id} must load");
        var regressionCase = revision.Cases.Single(c => RuleSetCaseCatalog.Id(revision, c) == id);

        var result = RegressionRunner.Run(RuleSetCaseCatalog.Compile(revision), regressionCase);

        result.Mismatches.Select(m => m.ToString()).Should().BeEmpty($"{id} ({regressionCase.Location}) expects so");
    }
}
