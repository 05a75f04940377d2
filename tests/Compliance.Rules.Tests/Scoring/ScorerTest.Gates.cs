using Compliance.Rules.Results;

namespace Compliance.Rules.Tests.Scoring;

public partial class ScorerTest
{
    [Fact]
    public void Assess_DeductionPartOf59Point9_FailsBelowTheGate()
    {
        // 发布解读 25 + 6 = 31 (its cap), W-D9 9.1: 100 − 40.1 = 59.9 < 60.
        var assessment = Assess(Deduction("W-D1b", 25m, rule: "1"), Deduction("W-D1a", 6m), Deduction("W-D9", 9.1m), Bonus("W-B1a", 2m));

        assessment.Verdict.Should().Be(Verdict.Fail);
        assessment.FailureCause.Should().Be(FailureCause.BelowFailGate);
        assessment.DeductionScore.Should().Be(59.9m);
        assessment.Bonus.Should().Be(0m);
        assessment.Total.Should().Be(59.9m);
    }

    [Fact]
    public void Assess_DeductionPartOf60_PassesTheGate()
    {
        // 31 + 9 = 40: 100 − 40 = 60, the gate itself passes.
        var assessment = Assess(Deduction("W-D1b", 25m, rule: "1"), Deduction("W-D1a", 6m), Deduction("W-D9", 9m));

        assessment.Verdict.Should().Be(Verdict.Pass);
        assessment.Total.Should().Be(60m);
    }

    [Fact]
    public void Assess_DeductionPartOf80Point1_GetsTheBonus()
    {
        // 9.9 + 10 = 19.9: 100 − 19.9 = 80.1 > 80, so W-B1a's 2 is added: 82.1.
        var assessment = Assess(Deduction("W-D1a", 9.9m), Deduction("W-D9", 10m), Bonus("W-B1a", 2m));

        assessment.DeductionScore.Should().Be(80.1m);
        assessment.Bonus.Should().Be(2m);
        assessment.Total.Should().Be(82.1m);
    }

    [Fact]
    public void Assess_DeductionPartOf80_GetsNoBonus()
    {
        // 10 + 10 = 20: 100 − 20 = 80 is not above the bonus gate.
        var assessment = Assess(Deduction("W-D1a", 10m), Deduction("W-D9", 10m), Bonus("W-B1a", 2m));

        assessment.Bonus.Should().Be(0m);
        assessment.Total.Should().Be(80m);
        assessment.Bonuses.Should().ContainSingle();
    }

    [Fact]
    public void Assess_ASubjectNotEligibleForBonuses_GetsNoBonus()
    {
        var assessment = Assess(ScoredAndEligible with { BonusEligible = false }, Bonus("W-B1a", 2m));

        assessment.Bonus.Should().Be(0m);
        assessment.Total.Should().Be(100m);
    }

    [Fact]
    public void Assess_BonusesAboveTheirCaps_TakeTheIndicatorGroupAndBonusCaps()
    {
        // W-B1a 4 × 1.5 = 6 → 4, W-B1b 5 → 5: 信息发布 9 → 7; W-B2a 6 → 6: 办事服务 6. 7 + 6 = 13 → the bonus cap 10: 110.
        var assessment = Assess(
            Bonus("W-B1a", 1.5m), Bonus("W-B1a", 1.5m), Bonus("W-B1a", 1.5m), Bonus("W-B1a", 1.5m),
            Bonus("W-B1b", 5m),
            Bonus("W-B2a", 6m));

        assessment.ScoreLines.Should().BeEquivalentTo(
            new[]
            {
                Line("W-B1a", "信息发布突出", 6m, 4m, 4m),
                Line("W-B1b", "数据发布突出", 5m, 5m, 5m),
                Line("W-B2a", "服务功能突出", 6m, 6m, 6m),
                Line("W-B1", "信息发布", 9m, 7m, 7m, group: true),
                Line("W-B2", "办事服务", 6m, 6m, 6m, group: true),
            },
            o => o.WithStrictOrdering());
        assessment.Bonus.Should().Be(10m);
        assessment.Total.Should().Be(110m);
    }
}
