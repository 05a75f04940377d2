using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Tests.Engine;

public class SmokeTest
{
    [Fact]
    public void Load_EngineTestRuleSet_Compiles()
    {
        var result = RuleSet.TryLoadDirectory(TestPaths.TestRuleSet("engine-test"));

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().RuleCount.Should().Be(14);
    }

    [Fact]
    public void Evaluate_StaleAccount_FailsWithPublishedReason()
    {
        var rules = RuleSet.LoadDirectory(TestPaths.TestRuleSet("engine-test"));
        var account = new NewMediaAccount("a1", "兵团禁毒", "兵团公安局禁毒总队", "微信订阅号", "兵团公安局", AccountStatus.Active);
        var post = new Publication("p1", "a1", null, new LocalDate(2024, 6, 10), "标题");
        var batch = FactBatch.Of([account], [post]);

        var result = rules.Evaluate(batch, new LocalDate(2024, 6, 27));

        var assessment = result.Assessments.Single();
        assessment.Violations.Should().ContainSingle().Which.Detail.Should().Be("6月11日起未更新");
    }
}
