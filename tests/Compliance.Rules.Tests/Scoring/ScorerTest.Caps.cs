using Compliance.Rules.Results;
using Compliance.Rules.Scoring;

namespace Compliance.Rules.Tests.Scoring;

public partial class ScorerTest
{
    [Fact]
    public void Assess_AnIndicatorsPointsAboveItsCap_TakeTheCap()
    {
        // W-D1a: 4 × 3 = 12, capped at 10; its group 发布解读 then has 10 of 31; 100 − 10 = 90.
        var assessment = Assess(Deduction("W-D1a", 3m), Deduction("W-D1a", 3m), Deduction("W-D1a", 3m), Deduction("W-D1a", 3m));

        assessment.ScoreLines.Should().BeEquivalentTo(
            new[]
            {
                Line("W-D1a", "政策文件不更新", 12m, 10m, 10m),
                Line("W-D1", "发布解读", 10m, 31m, 10m, group: true),
            },
            o => o.WithStrictOrdering());
        assessment.DeductionScore.Should().Be(90m);
    }

    [Fact]
    public void Assess_AGroupsCappedPointsAboveItsCap_TakeTheGroupsCap()
    {
        // W-D1a 12 → 10, W-D1b 13 + 12 = 25 → 25: 发布解读 35 → 31. W-D9 has no group: 2. 100 − 31 − 2 = 67, not above
        // the bonus gate, so the bonus finding gives nothing.
        var assessment = Assess(
            Deduction("W-D1a", 12m),
            Deduction("W-D1b", 13m, rule: "1"),
            Deduction("W-D1b", 12m, rule: "2"),
            Deduction("W-D9", 2m),
            Bonus("W-B1a", 2m));

        assessment.ScoreLines.Should().BeEquivalentTo(
            new[]
            {
                Line("W-D1a", "政策文件不更新", 12m, 10m, 10m),
                Line("W-D1b", "解读不到位", 25m, 25m, 25m),
                Line("W-D9", "其他问题", 2m, 10m, 2m),
                Line("W-D1", "发布解读", 35m, 31m, 31m, group: true),
            },
            o => o.WithStrictOrdering());
        assessment.Verdict.Should().Be(Verdict.Pass);
        assessment.DeductionScore.Should().Be(67m);
        assessment.Bonus.Should().Be(0m);
        assessment.Total.Should().Be(67m);
        assessment.Bonuses.Select(b => b.IndicatorId).Should().Equal("W-B1a");
    }

    [Fact]
    public void Assess_SubRulesOfOneIndicator_AreCappedTogether()
    {
        // Sub-rule 2 takes 15 and sub-rule 1 takes 12: 27 under W-D1b's one cap of 25; 100 − 25 = 75.
        var assessment = Assess(Deduction("W-D1b", 15m, rule: "2"), Deduction("W-D1b", 12m, rule: "1"));

        assessment.ScoreLines.Should().BeEquivalentTo(
            new[]
            {
                Line("W-D1b", "解读不到位", 27m, 25m, 25m),
                Line("W-D1", "发布解读", 25m, 31m, 25m, group: true),
            },
            o => o.WithStrictOrdering());
        assessment.DeductionScore.Should().Be(75m);
        assessment.Violations.Select(v => v.Rule).Should().Equal("1", "2");
    }

    [Fact]
    public void Assess_ACapForTheSubject_ReplacesTheIndicatorsCap()
    {
        // cap_for gives W-D1a a cap of 4 for this subject instead of 10: 6 → 4; 100 − 4 = 96.
        var assessment = Assess(ScoredAndEligible with { Caps = Caps("W-D1a", 4m) }, Deduction("W-D1a", 6m));

        assessment.ScoreLines[0].Should().BeEquivalentTo(Line("W-D1a", "政策文件不更新", 6m, 4m, 4m));
        assessment.DeductionScore.Should().Be(96m);
    }

    [Fact]
    public void Assess_WithoutExternalServices_LeavesOutTheExcludedGroupAndRescales()
    {
        // 办事服务 W-D2 is not checked: its 5 points are listed but not counted. (75 − 3) × 4 / 3 = 96, above 80, so the
        // bonus of 2 is added: 98.
        var scoring = ScoredAndEligible with { WithoutExternalServices = true };

        var assessment = Assess(scoring, Deduction("W-D2a", 5m), Deduction("W-D1a", 3m), Bonus("W-B1a", 2m));

        assessment.Violations.Select(v => v.IndicatorId).Should().Equal("W-D1a", "W-D2a");
        assessment.ScoreLines.Select(l => l.Id).Should().Equal("W-D1a", "W-D1", "W-B1a", "W-B1");
        assessment.DeductionScore.Should().Be(96m);
        assessment.Total.Should().Be(98m);
    }

    [Fact]
    public void Assess_ARescaledScore_KeepsItsExactValue()
    {
        // (75 − 2) × 4 / 3 = 97.333…: kept exact, shown as 97.3.
        var assessment = Assess(ScoredAndEligible with { WithoutExternalServices = true }, Deduction("W-D1a", 2m));

        assessment.DeductionScore.Should().BeInRange(97.3333333m, 97.3333334m);
        Rules.Reporting.ReportText.Score(assessment.Total!.Value).Should().Be("97.3");
    }
}
