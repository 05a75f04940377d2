using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;
using static Compliance.Rules.Tests.Engine.InlineRuleSet;

namespace Compliance.Rules.Tests.Engine;

public partial class EngineTest
{
    private static string Deduction(string id, string group, string when, string points, string kind = "deduction") => $"""
          - id: {id}
            name: 测试{id}
            kind: {kind}
            group: {group}
            applies_to: website
            source: 测试
            provenance: confirmed
            when:
        {Indent(when, 6)}
            points: {points}
            reason: 扣分{id}

        """;

    private static string Judged(string id, string group, decimal max, string kind = "deduction") =>
        Deduction(id, group, $"each: {{ of: inspector_finding, where: {{ indicator_id: {id} }} }}", $"{{ from_field: points, max: {max} }}", kind);

    private static Observation Link(string id, bool broken = true) =>
        new LinkCheck(id, "w1", "https://x/" + id, "https://x", Instant.FromUtc(2024, 6, 26, 0, 0), broken, false);

    [Fact]
    public void Score_FixedPoints_DeductOnce()
    {
        var rules = Compile(Deduction("FIX", "G1", "exists: { of: link_check, where: { broken: true } }", "5"));

        var assessment = Evaluate(rules, AsOf, Site(), Link("l1"), Link("l2"));

        assessment.DeductionScore.Should().Be(95m);
        assessment.Violations.Should().ContainSingle().Which.Points.Should().Be(5m);
    }

    [Theory]
    [InlineData(2, 98)]
    [InlineData(5, 95)]
    [InlineData(6, 95)]
    public void Score_PerOccurrenceEach_IsCappedAtTheIndicatorsMax(int broken, decimal expected)
    {
        var rules = Compile(Deduction("LINKS", "G1", "each: { of: link_check, where: { broken: true } }", "{ per_occurrence: 1, max: 5 }"));
        var links = Enumerable.Range(1, broken).Select(i => Link($"l{i}")).Append(Link("ok", broken: false)).ToArray();

        var assessment = Evaluate(rules, AsOf, Site(), links);

        assessment.DeductionScore.Should().Be(expected);
        assessment.ScoreLines.Should().ContainSingle(l => l.Id == "LINKS").Which.Raw.Should().Be(broken);
    }

    [Fact]
    public void Score_PerOccurrenceAggregate_MultipliesTheCount()
    {
        var rules = Compile(Deduction("GUIDES", "G2", "count: { of: service_guide, where: { missing_elements: { empty: false } } }\ngte: 1", "{ per_occurrence: 2, max: 25 }"));
        var guides = Enumerable.Range(1, 3).Select(i => (Observation)new ServiceGuide($"g{i}", "w1", "事项", [GuideElement.Materials], [])).ToArray();

        var assessment = Evaluate(rules, AsOf, Site(), guides);

        assessment.DeductionScore.Should().Be(94m);
    }

    // Each full 1% of unreached probes costs 1 point: 2.9% costs 2.
    [Theory]
    [InlineData(29, 98)]
    [InlineData(30, 97)]
    [InlineData(90, 96)]
    public void Score_PerUnit_CountsWholeUnitsUpToTheMax(int unreachedPerMille, decimal expected)
    {
        var rules = Compile(Deduction("AVAIL", "G1", """
            ratio: { of: availability_probe, matching: { reached: false } }
            gte: 1%
            """, "{ per_unit: 1, unit: 0.01, measure: ratio, max: 4 }"));
        var probes = Enumerable.Range(0, 1000).Select(i => (Observation)new AvailabilityProbe(
            $"p{i}", "w1", Instant.FromUtc(2024, 6, 26, 0, 0), i >= unreachedPerMille, null)).ToArray();

        Evaluate(rules, AsOf, Site(), probes).DeductionScore.Should().Be(expected);
    }

    [Fact]
    public void Score_GroupCap_LimitsTheSumOfItsIndicators()
    {
        var rules = Compile(Judged("J1", "G2", 20) + Judged("J2", "G2", 20));

        var assessment = Evaluate(rules, AsOf, Site(), InlineRuleSet.Judged("f1", "J1", 15), InlineRuleSet.Judged("f2", "J2", 15));

        assessment.DeductionScore.Should().Be(75m, "the group 第二组 is worth 25 points");
        assessment.ScoreLines.Should().ContainSingle(l => l.IsGroup && l.Id == "G2").Which.Should().BeEquivalentTo(new ScoreLine("G2", "第二组", true, 30m, 25m, 25m));
    }

    [Fact]
    public void Score_FromField_TakesTheInspectorsPointsIncludingHalves()
    {
        var rules = Compile(Judged("J1", "G1", 10));

        var assessment = Evaluate(rules, AsOf, Site(), InlineRuleSet.Judged("f1", "J1", 0.5m), InlineRuleSet.Judged("f2", "J1", 1m));

        assessment.DeductionScore.Should().Be(98.5m);
        assessment.Violations.Select(v => v.Evidence.Facts.Single().Id).Should().Equal("f1", "f2");
    }

    private static CompiledRuleSet GateRules() => Compile(
        Judged("J1", "G1", 40) + Judged("J2", "G2", 25) + Judged("B1", "GB", 40, kind: "bonus") +
        Veto("V1", "exists: { of: content_issue }"));

    // 100 − 40 − x: the fail gate is "below 60", so 60 passes and 59.5 fails.
    [Theory]
    [InlineData(0, Verdict.Pass)]
    [InlineData(0.5, Verdict.Fail)]
    public void Score_FailGate_SixtyPasses(decimal extra, Verdict verdict)
    {
        var facts = new List<Observation> { InlineRuleSet.Judged("f1", "J1", 40) };
        if (extra > 0)
        {
            facts.Add(InlineRuleSet.Judged("f2", "J2", extra));
        }

        var assessment = Evaluate(GateRules(), AsOf, Site(), [.. facts]);

        assessment.Verdict.Should().Be(verdict);
        assessment.FailureCause.Should().Be(verdict == Verdict.Fail ? FailureCause.BelowFailGate : FailureCause.None);
        assessment.DeductionScore.Should().Be(60m - extra);
    }

    // The bonus gate is "above 80": 80 gets no bonus, 80.5 gets it.
    [Theory]
    [InlineData(20, 0, 80)]
    [InlineData(19.5, 5, 85.5)]
    public void Score_BonusGate_EightyGetsNoBonus(decimal deducted, decimal bonus, decimal total)
    {
        var assessment = Evaluate(GateRules(), AsOf, Site(), InlineRuleSet.Judged("f1", "J1", deducted), InlineRuleSet.Judged("b1", "B1", 5));

        assessment.Bonus.Should().Be(bonus);
        assessment.Total.Should().Be(total);
        assessment.Bonuses.Should().ContainSingle("the finding is reported even when it does not count");
    }

    [Fact]
    public void Score_BonusCap_LimitsTheBonusPart()
    {
        var assessment = Evaluate(GateRules(), AsOf, Site(), InlineRuleSet.Judged("b1", "B1", 35));

        assessment.Bonus.Should().Be(30m);
        assessment.Total.Should().Be(130m);
    }

    [Fact]
    public void Score_Veto_FailsWithoutScoring()
    {
        var issue = new ContentIssue("i1", "w1", ContentIssueKind.SecretLeak, AsOf, "涉密文件");

        var assessment = Evaluate(GateRules(), AsOf, Site(), issue, InlineRuleSet.Judged("f1", "J1", 5));

        assessment.Verdict.Should().Be(Verdict.Fail);
        assessment.FailureCause.Should().Be(FailureCause.Veto);
        assessment.DeductionScore.Should().BeNull();
        assessment.Total.Should().BeNull();
        assessment.Violations.Select(v => v.IndicatorId).Should().Equal("J1", "V1");
    }

    [Fact]
    public void Score_SubjectNotScored_PassesOnVetoesAlone()
    {
        var assessment = Evaluate(GateRules(), AsOf, Site(portal: false), InlineRuleSet.Judged("f1", "J1", 40), InlineRuleSet.Judged("f2", "J2", 25));

        assessment.Verdict.Should().Be(Verdict.Pass);
        assessment.DeductionScore.Should().BeNull();
    }

    private const string RescalingScoring = InlineRuleSet.ScoringHead + """
          without_external_services:
            applies_to: { subject: website, where: { provides_external_services: false } }
            excluded_groups: [G2]
            base: 75
            scale: 4/3

        """ + InlineRuleSet.Groups;

    // Without external services: (75 − 15) × 4/3 = 80 (no bonus); the excluded group's deductions do not count.
    [Fact]
    public void Score_WithoutExternalServices_ScoresOutOf75AndScales()
    {
        var rules = Compile(Judged("J1", "G1", 40) + Judged("J2", "G2", 25), RescalingScoring);

        var assessment = Evaluate(rules, AsOf, Site(services: false), InlineRuleSet.Judged("f1", "J1", 15), InlineRuleSet.Judged("f2", "J2", 10));

        assessment.DeductionScore.Should().Be(80m);
        assessment.Verdict.Should().Be(Verdict.Pass);
    }

    [Fact]
    public void Score_WithExternalServices_CountsEveryGroupFrom100()
    {
        var rules = Compile(Judged("J1", "G1", 40) + Judged("J2", "G2", 25), RescalingScoring);

        var assessment = Evaluate(rules, AsOf, Site(services: true), InlineRuleSet.Judged("f1", "J1", 15), InlineRuleSet.Judged("f2", "J2", 10));

        assessment.DeductionScore.Should().Be(75m);
    }
}
