using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Compilation;
using Compliance.Rules.Facts;
using NodaTime;
using static Compliance.Rules.Tests.Engine.InlineRuleSet;

namespace Compliance.Rules.Tests.Engine;

public class ExplanationTest
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    [Fact]
    public void Finding_CarriesIndicatorMetadataReasonAndEvidence()
    {
        var rules = RuleSet.LoadDirectory(TestPaths.TestRuleSet("engine-test"));
        var stale = Enumerable.Range(1, 5).Select(i => (Observation)Column($"c{i}", ColumnCategory.News, new LocalDate(2024, 6, 1))).ToArray();

        var violation = Evaluate(rules, AsOf, Site(), stale).Violations.Single(v => v.IndicatorId == "T-V-STALE");

        violation.IndicatorName.Should().Be("栏目不更新");
        violation.Kind.Should().Be(IndicatorKind.Veto);
        violation.Source.Should().Be("测试 2");
        violation.Reason.Should().Be("动态要闻及通知公告、政策文件类栏目累计5个未更新");
        violation.Evidence.Facts.Select(f => f.Id).Should().Equal("c1", "c2", "c3", "c4", "c5");
        violation.Evidence.Values.Should().Contain("count", 5).And.Contain("threshold", 5m);
    }

    [Fact]
    public void Build_Rule_CarriesTheIndicatorIdAndRevisionAsRuleProperties()
    {
        var revision = RuleSet.Read(TestPaths.TestRuleSet("engine-test")).GetValueOrThrow();
        var builder = new IndicatorRuleBuilder(new PredicateCompiler(new WindowSlots()));

        var (rule, _) = builder.Build(revision.FindIndicator("T-V-PROBE")!, revision.Id);

        rule.Name.Should().Be("engine-test/T-V-PROBE");
        rule.Properties[IndicatorRuleBuilder.IndicatorIdProperty].Should().Be("T-V-PROBE");
        rule.Properties[IndicatorRuleBuilder.RevisionProperty].Should().Be("engine-test");
        rule.Tags.Should().Contain("Veto");
    }

    [Fact]
    public void Compile_DisabledIndicator_HasNoRule()
    {
        var rules = Compile("""
              - { id: ON, name: 开, kind: veto, applies_to: website, source: 测试, provenance: confirmed, when: { none: { of: column } }, reason: 开 }
              - { id: OFF, name: 关, kind: veto, applies_to: website, source: 测试, provenance: confirmed, enabled: false, when: { none: { of: column } }, reason: 关 }
            """);

        rules.RuleCount.Should().Be(1);
        Fired(rules, AsOf, Site()).Should().Equal("ON");
    }
}
