using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Results;
using static Compliance.Rules.Tests.Honesty.HonestyFacts;

namespace Compliance.Rules.Tests.Honesty;

/// <summary>
/// An inspector finding is checked against the revision, never dropped: an unknown indicator, an indicator measured from
/// other facts, negative points or occurrences, and points above the indicator's cap are errors, and the subject
/// concerned is not assessed rather than scored without them.
/// </summary>
public class InspectorFindingCheckTest
{
    private static readonly CompiledRuleSet National = RuleSet.BuiltIn("gb-2019");

    private static FactBatch PortalWith(params InspectorFinding[] findings) =>
        FactBatch.Of([Portal(), Portal("Q")], CleanPortal().Concat(CleanPortal("Q")).Concat(findings));

    [Fact]
    public void Check_ValidFindings_HasNoError()
    {
        // 概况信息 (W-D1a) and 创新发展 (W-B5a) each have one judged sub-rule with its own points per occurrence.
        var batch = PortalWith(new InspectorFinding("f1", "P", "W-D1a", Occurrences: 2), new InspectorFinding("f2", "P", "W-B5a"));

        National.Check(batch).Should().BeEmpty();
    }

    [Fact]
    public void Check_UnknownIndicator_IsCR3020WithASuggestion()
    {
        var diagnostic = National.Check(PortalWith(new InspectorFinding("f1", "P", "W-D1z", Points: 5m))).Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.UnknownFindingIndicator.Code);
        diagnostic.Message.Should().Contain("'W-D1z'").And.Contain("did you mean");
        diagnostic.Subject.Should().Be("P");
    }

    [Theory]
    [InlineData("W-D1e")] // 政策文件: measured from columns
    [InlineData("W-D3a")] // 信息提交: measured from function checks
    public void Check_FindingForAMeasuredIndicator_IsCR3021(string indicator)
    {
        var diagnostic = National.Check(PortalWith(new InspectorFinding("f1", "P", indicator, Points: 20m))).Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.FindingNotTaken.Code);
        diagnostic.Message.Should().Contain($"'{indicator}'").And.Contain("measured from other facts");
    }

    [Fact]
    public void Check_FindingForAnIndicatorThatDoesNotApplyToItsSubject_IsCR3021NotIgnored()
    {
        // 创新发展 (W-B5a, a bonus) applies to scored sites, which nationally are portals only: a department site's bonus would
        // be lost.
        var department = new Website("D", "某市财政局网站", "某市财政局", IsPortal: false, ProvidesExternalServices: false, AdministrativeLevel.Prefecture);
        var batch = FactBatch.Of([department], [new InspectorFinding("f1", "D", "W-B5a")]);

        var diagnostic = National.Check(batch).Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.FindingNotTaken.Code);
        diagnostic.Message.Should().Contain("does not apply to 'D'");
        RuleSet.BuiltIn("xjbt-2024").Check(batch).Should().BeEmpty("the 兵团 overlay scores every website");
    }

    // gb-2015's P-D1a takes its points from the finding, capped at 100: 100 is the cap itself, 100.1 above it. (Every
    // judged row of gb-2019 gives its own points per occurrence.)
    [Theory]
    [InlineData("-0.1", true)]
    [InlineData("0", false)]
    [InlineData("100", false)]
    [InlineData("100.1", true)]
    public void Check_PointsOutsideZeroToTheCap_AreCR3022(string points, bool error)
    {
        var finding = new InspectorFinding("f1", "P", "P-D1a", Points: decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));

        var diagnostics = RuleSet.BuiltIn("gb-2015").Check(PortalWith(finding));

        diagnostics.Select(d => d.Code).Should().Equal(error ? [DiagnosticCodes.FindingOutOfRange.Code] : Array.Empty<string>());
    }

    [Fact]
    public void Check_NegativeOccurrences_AreCR3022()
    {
        var diagnostics = National.Check(PortalWith(new InspectorFinding("f1", "P", "W-D1a", Occurrences: -1)));

        diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FindingOutOfRange.Code);
    }

    [Fact]
    public void Check_PointsOnAnIndicatorThatTakesNone_AreCR3022NotIgnored()
    {
        var diagnostics = National.Check(PortalWith(new InspectorFinding("f1", "P", "W-D1a", Points: 3m)));

        diagnostics.Should().ContainSingle().Which.Message.Should().Contain("would be ignored");
    }

    [Fact]
    public void Evaluate_InvalidFinding_MakesItsSubjectNotAssessedAndKeepsTheOthers()
    {
        // A valid finding and a 20-point finding for the measured W-D1e: dropping the second would publish a score the
        // inspector did not give.
        var batch = PortalWith(
            new InspectorFinding("f1", "P", "W-D1a", Occurrences: 1),
            new InspectorFinding("f3", "P", "W-D1e", Points: 20m));

        var result = National.Evaluate(batch, AsOf);

        var portal = result.Assessments[0];
        portal.Verdict.Should().Be(Verdict.NotAssessed);
        portal.Total.Should().BeNull();
        portal.VerdictNote.Should().Contain("人工检查记录有误");
        result.Assessments[1].Verdict.Should().Be(Verdict.Pass);
        result.Warnings.Should().Contain(w => w.Code == DiagnosticCodes.FindingNotTaken.Code);
        result.Summary.ByKind.Single().NotAssessed.Should().Be(1);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(3, 6)]
    [InlineData(7, 10)] // 14 points, capped at the indicator's 10
    public void Evaluate_OccurrencesOfAPerOccurrenceFinding_AreCountedNotDropped(int occurrences, int applied)
    {
        var rules = Engine.InlineRuleSet.Compile("""
              - id: JUDGED
                name: 人工认定
                kind: deduction
                group: G1
                applies_to: website
                source: 测试
                provenance: confirmed
                when: { each: { of: inspector_finding, where: { indicator_id: JUDGED } } }
                points: { per_occurrence: 2, max: 10 }
                reason: 人工认定
            """);

        var site = Engine.InlineRuleSet.Evaluate(rules, AsOf, Engine.InlineRuleSet.Site(), new InspectorFinding("f1", "w1", "JUDGED", Occurrences: occurrences));

        site.ScoreLines.Single(l => l.Id == "JUDGED").Applied.Should().Be(applied);
        site.Total.Should().Be(100 - applied);
    }
}
