using Compliance.Rules.Results;
using Compliance.Rules.Scoring;

namespace Compliance.Rules.Tests.Scoring;

public partial class ScorerTest
{
    [Fact]
    public void Assess_NoFindings_PassesWithTheBase()
    {
        var assessment = Assess();

        assessment.Verdict.Should().Be(Verdict.Pass);
        assessment.FailureCause.Should().Be(FailureCause.None);
        assessment.DeductionScore.Should().Be(100m);
        assessment.Bonus.Should().Be(0m);
        assessment.Total.Should().Be(100m);
        assessment.ScoreLines.Should().BeEmpty();
    }

    [Fact]
    public void Assess_AVeto_FailsUnscoredWithEveryViolationListed()
    {
        var assessment = Assess(Deduction("W-D1a", 3m), Veto("W-V1"));

        assessment.Verdict.Should().Be(Verdict.Fail);
        assessment.FailureCause.Should().Be(FailureCause.Veto);
        assessment.DeductionScore.Should().BeNull();
        assessment.Bonus.Should().BeNull();
        assessment.Total.Should().BeNull();
        assessment.ScoreLines.Should().BeEmpty();
        assessment.Violations.Select(v => v.IndicatorId).Should().Equal("W-V1", "W-D1a");
    }

    [Fact]
    public void Assess_NotScoredSubjectWithDeductions_PassesWithoutScores()
    {
        var assessment = Assess(SubjectScoring.NotScored, Deduction("W-D1a", 10m), Deduction("W-D9", 10m));

        assessment.Verdict.Should().Be(Verdict.Pass);
        assessment.Total.Should().BeNull();
        assessment.ScoreLines.Should().BeEmpty();
        assessment.Violations.Should().HaveCount(2);
    }

    [Fact]
    public void Assess_NotScoredSubjectWithAVeto_Fails()
    {
        var assessment = Assess(SubjectScoring.NotScored, Veto("W-V1"));

        assessment.Verdict.Should().Be(Verdict.Fail);
        assessment.FailureCause.Should().Be(FailureCause.Veto);
    }

    [Fact]
    public void Assess_ANoticeWithPoints_IsListedAndTakesNothing()
    {
        var assessment = Assess(Notice("W-N1", 2m), Deduction("W-D1a", 3m));

        assessment.Notices.Select(n => n.IndicatorId).Should().Equal("W-N1");
        assessment.Violations.Select(v => v.IndicatorId).Should().Equal("W-D1a");
        assessment.Total.Should().Be(97m);
        assessment.ScoreLines.Select(l => l.Id).Should().Equal("W-D1a", "W-D1");
    }

    [Fact]
    public void Assess_FindingsInAnyOrder_AreListedInTheTablesOrderThenByFirstFact()
    {
        var assessment = Assess(
            Deduction("W-D9", 1m, fact: "c-2"),
            Deduction("W-D1b", 1m, rule: "2"),
            Deduction("W-D9", 1m, fact: "c-1"),
            Deduction("W-D1b", 1m, rule: "1"),
            Deduction("W-D1a", 1m));

        assessment.Violations.Select(v => (v.IndicatorId, v.Rule, v.Evidence.Facts.FirstOrDefault()?.Id)).Should().Equal(
            ("W-D1a", null, null),
            ("W-D1b", "1", null),
            ("W-D1b", "2", null),
            ("W-D9", null, "c-1"),
            ("W-D9", null, "c-2"));
    }
}
