using Compliance.Rules.Diagnostics;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using static Compliance.Rules.Tests.Honesty.HonestyFacts;

namespace Compliance.Rules.Tests.Honesty;

/// <summary>
/// Missing data is not a failure: a fact type the batch did not observe leaves the indicators that need it not assessed,
/// says so on the subject and in the result, and never fires them; declaring the type observed, or reading the batch as
/// complete, assesses them on the absence.
/// </summary>
public class DataCoverageTest
{
    private static readonly CompiledRuleSet National = RuleSet.BuiltIn("gb-2019");

    // A portal with external services and no service guide in a batch that holds no ServiceGuide facts at all.
    private static FactBatch WithoutGuides() => FactBatch.Of([Portal()], CleanPortal(guides: false));

    [Fact]
    public void Evaluate_FactTypeNotObserved_DoesNotVetoAndSaysTheIndicatorWasNotAssessed()
    {
        var result = National.Evaluate(WithoutGuides(), AsOf);

        var portal = result.Assessments.Single();
        portal.Violations.Select(v => v.IndicatorId).Should().NotContain("W-V6a", "no guide was collected, so none missing is not a finding");
        portal.Verdict.Should().Be(Verdict.Pass);
        portal.RestsOnPartialData.Should().BeTrue();
        portal.NotAssessed.Should().ContainSingle(n => n.IndicatorId == "W-V6a")
            .Which.Reason.Should().Be("未检查：缺少办事指南数据");
        result.Coverage.AssumedComplete.Should().BeFalse();
        result.Coverage.Missing.Should().ContainSingle(m => m.FactType == "service_guide")
            .Which.IndicatorIds.Should().Contain("W-V6a");
        result.Warnings.Should().Contain(w => w.Code == DiagnosticCodes.MissingData.Code && w.Message.Contains("service_guide", StringComparison.Ordinal));
        result.Summary.ByKind.Single().PassedOnPartialData.Should().Be(1);
    }

    [Fact]
    public void Evaluate_AssumeComplete_ReadsTheAbsenceAsObservedAndVetoes()
    {
        var result = National.Evaluate(WithoutGuides(), AsOf, new EvaluationOptions { AssumeComplete = true });

        var portal = result.Assessments.Single();
        portal.Verdict.Should().Be(Verdict.Fail);
        portal.Violations.Select(v => v.IndicatorId).Should().Contain("W-V6a");
        portal.NotAssessed.Should().BeEmpty();
        result.Coverage.Should().Be(DataCoverage.Complete);
    }

    [Fact]
    public void Evaluate_TypeDeclaredObservedWithNoFacts_AssessesTheAbsence()
    {
        var batch = WithoutGuides().DeclareObserved(["service_guide"]);

        var portal = National.Evaluate(batch, AsOf).Assessments.Single();

        portal.Verdict.Should().Be(Verdict.Fail);
        portal.Violations.Select(v => v.IndicatorId).Should().Contain("W-V6a");
        portal.NotAssessed.Select(n => n.IndicatorId).Should().NotContain("W-V6a");
    }

    [Fact]
    public void Evaluate_NoMessagesAtAll_LeavesTheMeasuredAnswerDeductionNotAssessedInsteadOfDeducting()
    {
        var observations = CleanPortal().Where(o => o is not Message);

        var portal = National.Evaluate(FactBatch.Of([Portal()], observations), AsOf).Assessments.Single();

        // 留言公开 (W-D3c) measures the published answers of the last 2 months: without messages it cannot be judged.
        portal.Violations.Select(v => v.IndicatorId).Should().NotContain("W-D3c");
        portal.NotAssessed.Select(n => n.IndicatorId).Should().Contain("W-D3c");
        portal.Total.Should().Be(100m, "a deduction that could not be assessed is not deducted: the score is an upper bound");
    }

    [Fact]
    public void Evaluate_NotAssessedIndicator_IsListedOnlyForSubjectsItAppliesTo()
    {
        var batch = FactBatch.Of([Portal(), Portal("N", services: false)], CleanPortal(guides: false).Concat(CleanPortal("N", guides: false)));

        var result = National.Evaluate(batch, AsOf);

        result.Assessments[0].NotAssessed.Select(n => n.IndicatorId).Should().Contain("W-V6a");
        result.Assessments[1].NotAssessed.Select(n => n.IndicatorId).Should().NotContain("W-V6a", "W-V6a applies only to sites with external services");
    }

    [Fact]
    public void Evaluate_FailDespiteMissingData_StaysAFailure()
    {
        // Homepage not updated for 2 weeks (W-V3a) while service guides were not collected: the veto is certain.
        var observations = CleanPortal(guides: false).Where(o => o is not Publication && !(o is Column { OnHomepage: true }));

        var portal = National.Evaluate(FactBatch.Of([Portal()], observations), AsOf).Assessments.Single();

        portal.Verdict.Should().Be(Verdict.Fail);
        portal.FailureCause.Should().Be(FailureCause.Veto);
        portal.RestsOnPartialData.Should().BeTrue();
    }

    [Fact]
    public void DeclareObserved_UnknownType_Throws()
    {
        var act = () => WithoutGuides().DeclareObserved(["ServiceGuides"]);

        act.Should().Throw<ArgumentException>().WithMessage("*ServiceGuides*observation types are*service_guide*");
    }

    [Fact]
    public void ObservedTypes_ArePresentAndDeclaredTypes()
    {
        var batch = WithoutGuides().DeclareObserved(["link_check"]);

        batch.ObservedTypes.Should().Equal("column", "link_check", "message", "publication");
        batch.DeclaredObserved.Should().Equal("link_check");
    }

    [Fact]
    public void NotAssessed_Kind_IsTheIndicatorsKind()
    {
        var portal = National.Evaluate(WithoutGuides(), AsOf).Assessments.Single();

        portal.NotAssessed.Single(n => n.IndicatorId == "W-V6a").Kind.Should().Be(IndicatorKind.Veto);
    }
}
