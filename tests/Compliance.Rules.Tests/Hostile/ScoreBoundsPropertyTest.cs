using Compliance.Rules.Diagnostics;
using System.Globalization;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Results;
using Compliance.Rules.Tests.Hostile.Fuzz;
using CsCheck;
using NodaTime;

namespace Compliance.Rules.Tests.Hostile;

/// <summary>
/// Scores are bounded by construction: whatever an inspector records for a portal (any indicator id of the revision or
/// none, points below zero or above the cap, negative occurrences), the total is empty or within
/// [0, base + bonus_max], one more deduction never raises it, and an invalid finding makes the subject not assessed with
/// its error among the result's warnings (CR3020–CR3022), never silently counted or dropped.
/// </summary>
public sealed class ScoreBoundsPropertyTest
{
    private static readonly string[] UnknownIds = ["W-ZZ", "w-d1a", "W-D1a ", "不存在", "BT-V9"];

    private static readonly decimal[] SpecialPoints = [-1m, -0.01m, 0m, 0.5m, 1m, 3m, 10m, 25m, 30m, 30.01m, 31m, 31.01m, 100m, 1e9m];

    private static readonly string[] FindingCodes =
        [DiagnosticCodes.UnknownFindingIndicator.Code, DiagnosticCodes.FindingNotTaken.Code, DiagnosticCodes.FindingOutOfRange.Code];

    [Theory]
    [InlineData("gb-2019")]
    [InlineData("xjbt-2024")]
    public void CheckAndEvaluate_RandomInspectorFindingsForAPortal_KeepScoresBoundedAndRefuseInvalidFindings(string revision)
    {
        var rules = RuleSet.BuiltIn(revision);
        var ids = rules.Revision.Indicators.Select(i => i.Id).ToArray();
        var takers = rules.Revision.Indicators.Where(i => IndicatorNeeds.InspectorFindingIds(i).Contains(i.Id)).Select(i => i.Id).ToArray();
        var finding = Gen.Select(
            Gen.Frequency((4, (IGen<string>)Gen.OneOf(takers)), (2, Gen.OneOf(ids)), (1, Gen.OneOf(UnknownIds))),
            Gen.Frequency((3, (IGen<int>)Gen.Int[1, 3]), (1, Gen.Int[-3, 6])),
            Gen.Frequency(
                (2, (IGen<decimal?>)Gen.Const((decimal?)null)),
                (2, Gen.OneOf(SpecialPoints).Select(p => (decimal?)p)),
                (2, Gen.Int[-500, 4_000].Select(c => (decimal?)(c / 100m)))));
        var portal = Gen.Select(Gen.Bool, Gen.Enum<AdministrativeLevel>(), (services, level) => new Website("P", "某市人民政府门户网站", "某市人民政府办公室", true, services, level));

        Gen.Select(portal, finding.Array[0, 8], Gen.Int).Sample(
            (site, findings, seed) => Assess(rules, site, findings, seed),
            iter: FuzzCase.Iterations(150),
            print: x => $"{x.Item1} with findings [{string.Join("; ", x.Item2.Select(f => $"{f.Item1} ×{f.Item2} {f.Item3?.ToString(CultureInfo.InvariantCulture) ?? "-"}"))}] (seed {x.Item3})");
    }

    private static void Assess(CompiledRuleSet rules, Website site, (string Id, int Occurrences, decimal? Points)[] findings, int seed)
    {
        var observations = findings.Select((f, i) => new InspectorFinding($"f{i}", site.Id, f.Id, f.Occurrences, f.Points)).ToList();
        var batch = FactBatch.Of([site], observations);
        var asOf = new LocalDate(2024, 6, 27);

        var errors = rules.Check(batch);
        var result = rules.Evaluate(batch, asOf);

        errors.Select(e => e.Code).Should().BeSubsetOf(FindingCodes);
        foreach (var invalid in observations.Where(f => IsPlainlyInvalid(rules.Revision, f)))
        {
            errors.Should().Contain(e => e.Message.Contains($"'{invalid.Id}'", StringComparison.Ordinal), $"finding {invalid} is invalid and must be reported");
        }

        var assessment = result.Assessments.Should().ContainSingle().Subject;
        if (errors.Length > 0)
        {
            assessment.Verdict.Should().Be(Verdict.NotAssessed, "an invalid finding is never silently accepted");
            result.Warnings.Should().Contain(errors);
            assessment.Total.Should().BeNull();
            return;
        }

        ShouldBeBounded(rules.Revision.Scoring, assessment);
        if (assessment.Total is { } total && MoreDeduction(rules.Revision, seed) is { } deduction)
        {
            var worse = rules.Evaluate(FactBatch.Of([site], [.. observations, deduction with { SubjectId = site.Id }]), asOf).Assessments.Single();
            worse.Total.Should().NotBeNull().And.BeLessThanOrEqualTo(total, $"one more deduction ({deduction.IndicatorId}, {deduction.Points} points) never raises a score");
            ShouldBeBounded(rules.Revision.Scoring, worse);
        }
    }

    private static void ShouldBeBounded(ScoringParameters scoring, Assessment assessment)
    {
        if (assessment.Total is { } total)
        {
            total.Should().BeInRange(0, scoring.Base + scoring.BonusMax);
        }

        if (assessment.DeductionScore is { } part)
        {
            part.Should().BeInRange(0, scoring.Base);
        }

        if (assessment.Bonus is { } bonus)
        {
            bonus.Should().BeInRange(0, scoring.BonusMax);
        }
    }

    /// <summary>
    /// The oracle, independent of the check: negative occurrences or points, an id the revision does not have, or points
    /// above the cap of an indicator that takes its points from the finding.
    /// </summary>
    private static bool IsPlainlyInvalid(RuleRevision revision, InspectorFinding finding) =>
        finding.Occurrences < 0
        || finding.Points < 0
        || revision.FindIndicator(finding.IndicatorId) is not { } indicator
        || (indicator.Enabled && indicator.Points is FieldPoints field && IndicatorNeeds.InspectorFindingIds(indicator).Contains(finding.IndicatorId) && finding.Points > field.Max);

    /// <summary>A valid deduction: an indicator that takes its points from inspector findings, with points within its cap.</summary>
    private static InspectorFinding? MoreDeduction(RuleRevision revision, int seed)
    {
        var takers = revision.Indicators
            .Where(i => i.Enabled && i.Kind == IndicatorKind.Deduction && i.Points is FieldPoints && IndicatorNeeds.InspectorFindingIds(i).Contains(i.Id))
            .ToList();
        if (takers.Count == 0)
        {
            return null;
        }

        var random = new Random(seed);
        var taker = takers[random.Next(takers.Count)];
        var points = Math.Max(0.01m, Math.Round(taker.Points!.Max * (decimal)random.NextDouble(), 2));
        return new InspectorFinding("extra", string.Empty, taker.Id, 1, points);
    }
}
