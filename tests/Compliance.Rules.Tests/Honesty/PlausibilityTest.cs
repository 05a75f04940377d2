using Compliance.Rules.Diagnostics;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;
using static Compliance.Rules.Tests.Honesty.HonestyFacts;

namespace Compliance.Rules.Tests.Honesty;

/// <summary>
/// An evaluation that runs but is probably not what was meant says so: an as-of date before the revision took effect,
/// facts dated after the as-of date, subjects of a kind the revision does not assess, closed accounts.
/// </summary>
public class PlausibilityTest
{
    [Fact]
    public void Evaluate_AsOfBeforeTheRevisionTookEffect_WarnsAndNamesTheRevisionInForceThen()
    {
        var result = RuleSet.BuiltIn("xjbt-2024").Evaluate(FactBatch.Of([Portal()], CleanPortal()), new LocalDate(2023, 6, 27));

        var warning = result.Warnings.Should().ContainSingle(w => w.Code == DiagnosticCodes.BeforeEffectiveDate.Code).Subject;
        warning.Message.Should().Contain("2024-04-01").And.Contain("national website: gb-2019");
    }

    [Fact]
    public void Evaluate_AsOfOnTheEffectiveDate_DoesNotWarn()
    {
        var rules = RuleSet.BuiltIn("xjbt-2024");

        var result = rules.Evaluate(FactBatch.Of([Portal()], []), rules.Revision.EffectiveFrom);

        result.Warnings.Select(w => w.Code).Should().NotContain(DiagnosticCodes.BeforeEffectiveDate.Code);
    }

    [Fact]
    public void Evaluate_FactsAfterTheAsOfDate_WarnsWithTheirCountsByType()
    {
        var batch = FactBatch.Of([Account("A")], [Post("p1", "A", AsOf), Post("p2", "A", AsOf.PlusDays(1)), Post("p3", "A", AsOf.PlusDays(30))]);

        var result = RuleSet.BuiltIn("gb-2019").Evaluate(batch, AsOf);

        result.Warnings.Should().ContainSingle(w => w.Code == DiagnosticCodes.FactsAfterAsOf.Code)
            .Which.Message.Should().Contain("publication 2");
    }

    [Fact]
    public void Evaluate_KindTheRevisionDoesNotAssess_IsNotAssessedNotPassed()
    {
        // gb-2015 has no new-media indicators: its accounts are not "checked and passed".
        var batch = FactBatch.Of([Portal(), Account("A"), Account("B")], CleanPortal().Append(Post("p1", "A", AsOf)));

        var result = RuleSet.BuiltIn("gb-2015").Evaluate(batch, AsOf, new EvaluationOptions { AssumeComplete = true });

        result.Assessments.Where(a => a.Subject.Kind == SubjectKind.NewMedia).Should().OnlyContain(a => a.Verdict == Verdict.NotAssessed);
        result.Assessments[1].VerdictNote.Should().Be("无法评估：规则集 gb-2015 没有适用于政务新媒体的指标");
        var accounts = result.Summary.ByKind.Single(k => k.Kind == SubjectKind.NewMedia);
        accounts.Passed.Should().Be(0);
        accounts.NotAssessed.Should().Be(2);
        result.Warnings.Should().Contain(w => w.Code == DiagnosticCodes.KindNotAssessed.Code && w.Message.Contains("new_media", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ClosedAccount_IsExcludedAndNotCounted()
    {
        var batch = FactBatch.Of([Account("A"), Account("C", AccountStatus.Closed)], [Post("p1", "A", AsOf)]);

        var result = RuleSet.BuiltIn("gb-2019").Evaluate(batch, AsOf);

        var closed = result.Assessments[1];
        closed.Verdict.Should().Be(Verdict.Excluded);
        closed.VerdictNote.Should().Be("账号已关停，不纳入检查");
        var accounts = result.Summary.ByKind.Single();
        accounts.Should().BeEquivalentTo(new { Total = 1, Passed = 1, Failed = 0, Excluded = 1, PassRate = 100m });
        result.Warnings.Should().Contain(w => w.Code == DiagnosticCodes.SubjectsExcluded.Code);
    }
}
