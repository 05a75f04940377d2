using Compliance.Rules.Authoring;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// Named selectors, group defaults and inspector-judged rows: a policy editor says each thing once, an overlay changes it
/// in one place, and every mistake in them is a positioned error.
/// </summary>
public sealed class RevisionSugarTest : IDisposable
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sugar-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Base = """
        id: base
        title: 测试
        document: 测试〔2024〕1号
        effective_from: 2024-01-01
        calendar: cn
        selectors:
          scored_site: { subject: website, where: { is_portal: true } }
        scoring: { base: 100, fail_below: 60, bonus_above: 80, bonus_max: 30, scored: scored_site }
        groups:
          - { id: G, name: 一组, kind: deduction, max: 20, defaults: { kind: deduction, applies_to: scored_site, judged_by: inspector, provenance: confirmed, source: 测试 } }
        """;

    private const string Indicators = """
        indicators:
          - { id: J1, name: 人工认定一, group: G, points: { per_occurrence: 2, max: 10 }, reason: 认定一 }
          - { id: J2, name: 人工认定二, group: G, points: { per_occurrence: 1, max: 5 }, reason: 认定二 }
        """;

    private string Revision(string name, string header, string indicators)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.Combine(folder, "indicators"));
        File.WriteAllText(Path.Combine(folder, "revision.yaml"), header);
        File.WriteAllText(Path.Combine(folder, "indicators", "a.yaml"), indicators);
        return folder;
    }

    // The department site's finding fits only where every website is a scored site (the overlay of the second test).
    private static FactBatch Sites(bool departmentFinding = false) => FactBatch.Of(
        [new Website("P", "门户", "办公室", IsPortal: true, ProvidesExternalServices: true, AdministrativeLevel.Province),
         new Website("D", "部门", "某局", IsPortal: false, ProvidesExternalServices: true, AdministrativeLevel.Province)],
        [new InspectorFinding("f1", "P", "J1", Occurrences: 2), new InspectorFinding("f3", "P", "J2"),
         .. departmentFinding ? new[] { new InspectorFinding("f2", "D", "J1", Occurrences: 2) } : []]);

    [Fact]
    public void Load_GroupDefaultsAndSelector_GiveEveryIndicatorItsKindApplicabilityAndJudgedCondition()
    {
        var rules = RuleSet.LoadDirectory(Revision("base", Base, Indicators));

        var result = rules.Evaluate(Sites(), AsOf);

        result.Assessments[0].Violations.Select(v => (v.IndicatorId, v.Points)).Should().Equal(("J1", 4m), ("J2", 1m));
        result.Assessments[0].Total.Should().Be(95m);
        result.Assessments[1].Violations.Should().BeEmpty("the department site is not a scored site");
        result.Assessments[1].Total.Should().BeNull();
        rules.Check(Sites()).Should().BeEmpty("judged_by: inspector takes the findings recorded for the indicator's own id");
    }

    [Fact]
    public void Load_OverlayRedefiningASelector_ChangesEveryIndicatorAndTheScoringThatUseIt()
    {
        Revision("base", Base, Indicators);
        var overlay = Revision("every-site", "id: every-site\nextends: base\nselectors:\n  scored_site: website\n", "indicators: []\n");

        var result = RuleSet.LoadDirectory(overlay).Evaluate(Sites(departmentFinding: true), AsOf);

        result.Assessments[1].Violations.Select(v => v.IndicatorId).Should().Equal("J1");
        result.Assessments[1].Total.Should().Be(96m);
    }

    [Fact]
    public void Load_OverlayOverridingJudgedByWithWhen_MeasuresTheRowFromFacts()
    {
        Revision("base", Base, Indicators);
        var overlay = Revision("measured", "id: measured\nextends: base\n", """
            overrides:
              - { id: J2, when: { none: { of: column } } }
            """);

        var rules = RuleSet.LoadDirectory(overlay);

        rules.Revision.FindIndicator("J2")!.Definition.Should().Contain("none: {of: column}");
        rules.Check(Sites()).Should().ContainSingle().Which.Code.Should().Be("CR3021", "J2 no longer takes inspector findings");
    }

    [Fact]
    public void Load_ConditionNamingItsOwnIndicator_IsTheDeprecatedJudgedForm_WithTheSameResult()
    {
        // Arrange: J1 written out as before judged_by existed, J2 judged by its group's default; J3 filters on another
        // indicator's findings and J4 names itself but also tests occurrences: measured rows, not the old form.
        var indicators = """
            indicators:
              - { id: J1, name: 人工认定一, group: G, when: { each: { of: inspector_finding, where: { indicator_id: J1 } } }, points: { per_occurrence: 2, max: 10 }, reason: 认定一 }
              - { id: J2, name: 人工认定二, group: G, points: { per_occurrence: 1, max: 5 }, reason: 认定二 }
              - { id: J3, name: 人工认定三, group: G, when: { each: { of: inspector_finding, where: { indicator_id: J1 } } }, points: { per_occurrence: 1, max: 5 }, reason: 认定三 }
              - { id: J4, name: 人工认定四, group: G, when: { each: { of: inspector_finding, where: { indicator_id: J4, occurrences: { gte: 2 } } } }, points: { per_occurrence: 1, max: 5 }, reason: 认定四 }
            """;

        // Act
        var read = RuleSet.Read(Revision("written-out", Base, indicators));
        var result = RuleSet.LoadDirectory(Revision("judged", Base, Indicators)).Evaluate(Sites(), AsOf);
        var writtenOut = RuleSet.LoadDirectory(Path.Combine(_root, "written-out")).Evaluate(Sites(), AsOf);

        // Assert: one warning, at J1's condition, saying what to write; and J1 finds what judged_by finds.
        read.Success.Should().BeTrue();
        read.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.Deprecated.Code && d.Severity == DiagnosticSeverity.Warning && d.Subject == "J1"
            && d.Location.Line == 2 && d.Message.Contains("judged_by: inspector", StringComparison.Ordinal));
        writtenOut.Assessments[0].Violations.Where(v => v.IndicatorId == "J1").Select(v => v.Points)
            .Should().Equal(result.Assessments[0].Violations.Where(v => v.IndicatorId == "J1").Select(v => v.Points));
    }

    [Fact]
    public void Load_MistakesInTheSugar_AreEachAPositionedError()
    {
        var header = Base
            .Replace("  scored_site: { subject", "  website: { subject: website }\n  scored_site: { subject", StringComparison.Ordinal)
            .Replace("judged_by: inspector, provenance", "judged_by: inspector, reason: 不可默认, provenance", StringComparison.Ordinal);
        var indicators = Indicators + "\n" + """
              - { id: J3, name: 三, group: G, judged_by: inspectors, points: { per_occurrence: 1, max: 5 }, reason: 三 }
              - { id: J4, name: 四, group: G, judged_by: inspector, when: { none: { of: column } }, points: { per_occurrence: 1, max: 5 }, reason: 四 }
              - { id: J5, name: 五, kind: veto, applies_to: portal_site, source: 测试, provenance: confirmed, when: { none: { of: column } }, reason: 五 }
            """;

        var read = RuleSet.Read(Revision("broken", header, indicators));

        read.Success.Should().BeFalse();
        var errors = read.Errors.Select(e => (e.Code, Line: e.Location.Line, e.Subject)).ToList();
        errors.Should().Contain(("CR2017", 7, null), "a selector may not take a subject kind's name");
        errors.Should().Contain(e => e.Code == "CR0002" && e.Line == 11, "reason cannot be a group default");
        errors.Should().Contain(("CR0004", 4, "J3"));
        errors.Should().Contain(("CR2014", 5, "J4"));
        errors.Should().Contain(e => e.Code == "CR2017" && e.Subject == "J5", "an unknown selector name is an unknown subject kind");
        read.Errors.Should().OnlyContain(e => e.Location.Line > 0);
    }
}
