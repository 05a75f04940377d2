using Compliance.Rules.Diagnostics;
using System.Collections.Immutable;
using Compliance.Rules.Authoring;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// The forms the complete 2019 tables need: set sizes ("缺失4类及以上") and sums over sets ("每缺一项"), selectors that
/// narrow selectors, sub-rules narrowed to some subjects, caps for some subjects (cap_for), and sample limits
/// ("随机抽查3个", CR3024).
/// </summary>
public sealed class TableFormsTest : IDisposable
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    private readonly TempRuleFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    private const string Header = """
        id: t
        title: 测试
        document: 测试〔2024〕1号
        effective_from: 2024-01-01
        calendar: cn
        selectors:
          scored_site: { subject: website, where: { is_portal: true } }
          ministry_portal: { subject: scored_site, where: { level: 国务院部门 } }
          local_portal: { subject: scored_site, where: { level: { ne: 国务院部门 } } }
        scoring: { base: 100, fail_below: 60, bonus_above: 80, bonus_max: 30, scored: scored_site }
        groups:
          - { id: G, name: 一组, kind: deduction, max: 40, defaults: { kind: deduction, applies_to: scored_site, provenance: transcribed, source: 测试 } }
        """;

    private string Revision(string indicators, string header = Header, string name = "t") => _folders.Revision(name, header, ("a.yaml", indicators));

    private static Website Portal(string id, AdministrativeLevel level = AdministrativeLevel.Prefecture, bool portal = true) =>
        new(id, "网站" + id, "单位" + id, portal, ProvidesExternalServices: true, level);

    private static ServiceGuide Guide(string id, string site, params GuideElement[] missing) => new(id, site, "事项" + id, [.. missing], []);

    private static Assessment Assess(CompiledRuleSet rules, Subject subject, params Observation[] facts) =>
        rules.Evaluate(FactBatch.Of([subject], facts), AsOf, new EvaluationOptions { AssumeComplete = true }).Assessments.Single();

    [Theory]
    [InlineData(3, false)] // 缺失3类: not "4类及以上"
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void Evaluate_SetSize_CountsTheValuesOfTheSet(int missing, bool fires)
    {
        var rules = RuleSet.LoadDirectory(Revision("""
            indicators:
              - { id: S, name: 要素缺失, group: G, when: { exists: { of: service_guide, where: { missing_elements: { size: { gte: 4 } } } } }, points: 1, reason: 缺失4类及以上 }
            """));
        GuideElement[] all = [GuideElement.LegalBasis, GuideElement.Conditions, GuideElement.Materials, GuideElement.Place, GuideElement.Agency];

        var site = Assess(rules, Portal("P"), Guide("g1", "P", all[..missing]));

        site.Violations.Select(v => v.IndicatorId).Should().Equal(fires ? ["S"] : Array.Empty<string>());
    }

    [Fact]
    public void Evaluate_SumOverASet_AddsTheSizesOfTheSets()
    {
        // Two guides each missing one category, 0.5 per category: two 0.5 findings make 1.
        var rules = RuleSet.LoadDirectory(Revision("""
            indicators:
              - id: S
                name: 要素缺失
                group: G
                when: { sum: { of: service_guide, field: missing_elements }, gte: 1 }
                points: { per_unit: 0.5, unit: 1, measure: sum, max: 8 }
                reason: 缺失{sum}处
            """));

        var site = Assess(rules, Portal("P"), Guide("g1", "P", GuideElement.Fees), Guide("g2", "P", GuideElement.Telephone), Guide("g3", "P"));

        site.Violations.Single().Reason.Should().Be("缺失2处");
        site.DeductionScore.Should().Be(99m);
    }

    [Theory]
    [InlineData("missing_elements: { size: { gte: -1 } }", "CR2010")]
    [InlineData("item_name: { size: { gte: 4 } }", "CR2003")]
    [InlineData("missing_elements: { size: { gte: 4, lt: 6 } }", "CR2014")]
    public void Load_ImpossibleOrMisplacedSizeTest_IsAnError(string test, string code)
    {
        var result = RuleSet.Read(Revision($$"""
            indicators:
              - { id: S, name: 要素缺失, group: G, when: { exists: { of: service_guide, where: { {{test}} } } }, points: 1, reason: 缺失 }
            """));

        result.Errors.Select(e => e.Code).Should().Equal(code);
    }

    [Fact]
    public void Evaluate_SelectorNarrowingASelector_SelectsTheSubjectsBothSelect()
    {
        var rules = RuleSet.LoadDirectory(Revision("""
            indicators:
              - { id: L, name: 地方, group: G, applies_to: local_portal, when: { exists: { of: column } }, points: 1, reason: 地方门户 }
              - { id: M, name: 部门, group: G, applies_to: ministry_portal, when: { exists: { of: column } }, points: 1, reason: 部门门户 }
            """));
        Column Column(string site) => new("c-" + site, site, "栏目", ColumnCategory.Other, true, false, false, AsOf);

        Assess(rules, Portal("A"), Column("A")).Violations.Select(v => v.IndicatorId).Should().Equal("L");
        Assess(rules, Portal("B", AdministrativeLevel.StateCouncilDepartment), Column("B")).Violations.Select(v => v.IndicatorId).Should().Equal("M");
        Assess(rules, Portal("C", portal: false), Column("C")).Violations.Should().BeEmpty("neither narrows to a site scored_site does not select");
    }

    [Fact]
    public void Evaluate_OverlayRedefiningTheNarrowedSelector_ChangesTheSelectorsThatNarrowIt()
    {
        Revision("""
            indicators:
              - { id: L, name: 地方, group: G, applies_to: local_portal, when: { exists: { of: column } }, points: 1, reason: 地方门户 }
            """, Header.Replace("id: t\n", "id: base\n", StringComparison.Ordinal), "base");
        var overlay = Revision("indicators: []\n", """
            id: overlay
            extends: base
            title: 叠加
            document: 测试〔2024〕2号
            effective_from: 2024-02-01
            calendar: cn
            selectors:
              scored_site: website
            """, "overlay");
        var rules = RuleSet.LoadDirectory(overlay);
        var department = Portal("D", portal: false);

        Assess(rules, department, new Column("c", "D", "栏目", ColumnCategory.Other, true, false, false, AsOf)).Violations.Select(v => v.IndicatorId).Should().Equal("L");
    }

    [Fact]
    public void Load_SelectorsNarrowingEachOther_IsAnErrorAtTheSelector()
    {
        var result = RuleSet.Read(Revision("""
            indicators:
              - { id: L, name: 地方, group: G, applies_to: a, when: { exists: { of: column } }, points: 1, reason: 地方 }
            """, Header.Replace("  local_portal:", "  a: { subject: b }\n  b: { subject: a }\n  local_portal:", StringComparison.Ordinal)));

        result.Errors.Should().Contain(e => e.Code == DiagnosticCodes.UnknownSubjectKind.Code && e.Message.Contains("narrows itself", StringComparison.Ordinal));
    }

    // 机构职能: "未开设…扣2分", and for 国务院部门 portals "未开设…扣4分，…最多扣4分".
    private const string Functions = """
        indicators:
          - id: F
            name: 机构职能
            group: G
            points: { max: 2 }
            cap_for:
              - { applies_to: ministry_portal, max: 4 }
            any:
              - { rule: "1", applies_to: local_portal, when: { none: { of: column, where: { category: 机构职能 } } }, points: 2, reason: 未开设 }
              - { rule: 注, applies_to: ministry_portal, when: { none: { of: column, where: { category: 机构职能 } } }, points: 4, reason: 未开设（部门） }
              - { rule: "2", judged_by: inspector, points: { per_occurrence: 1, max: 4 }, reason: 不准确 }
        """;

    [Theory]
    [InlineData(AdministrativeLevel.Prefecture, 0, 98)] // no column −2
    [InlineData(AdministrativeLevel.Prefecture, 3, 98)] // −2 − 3 = −5, capped at 2
    [InlineData(AdministrativeLevel.StateCouncilDepartment, 0, 96)] // no column −4 on a ministry portal
    [InlineData(AdministrativeLevel.StateCouncilDepartment, 1, 96)] // −4 − 1 = −5, capped at 4
    public void Evaluate_SubRuleNarrowedToSomeSubjects_AndTheirCap_ApplyOnlyToThem(AdministrativeLevel level, int inaccuracies, int score)
    {
        var rules = RuleSet.LoadDirectory(Revision(Functions));
        Observation[] facts = inaccuracies == 0 ? [] : [new InspectorFinding("f", "P", "F", inaccuracies)];

        var site = Assess(rules, Portal("P", level), facts);

        site.DeductionScore.Should().Be(score);
        site.Violations.Select(v => v.Rule).Should().Equal(
            [level == AdministrativeLevel.StateCouncilDepartment ? "注" : "1", .. inaccuracies == 0 ? Array.Empty<string>() : ["2"]]);
    }

    [Fact]
    public void Evaluate_InaccuraciesOnAMinistryPortal_CountUpToItsOwnCap()
    {
        var rules = RuleSet.LoadDirectory(Revision(Functions));

        var site = Assess(rules, Portal("P", AdministrativeLevel.StateCouncilDepartment), new Column("c", "P", "机构职能", ColumnCategory.Functions, true, false, false, AsOf), new InspectorFinding("f", "P", "F", 3));

        site.DeductionScore.Should().Be(97m, "3 inaccuracies stay under the cap of 4, where a local portal's would stop at 2");
    }

    [Fact]
    public void Load_SubRuleNarrowedToAnotherSubjectKindOrACapForAnother_IsAnError()
    {
        var result = RuleSet.Read(Revision("""
            indicators:
              - id: F
                name: 机构职能
                group: G
                points: { max: 2 }
                cap_for:
                  - { applies_to: new_media, max: 4 }
                any:
                  - { rule: "1", applies_to: new_media, when: { exists: { of: column } }, points: 2, reason: 未开设 }
            """));

        result.Errors.Select(e => (e.Code, e.Location.Line)).Should().Equal((DiagnosticCodes.UnknownSubjectKind.Code, 7), (DiagnosticCodes.UnknownSubjectKind.Code, 9));
    }

    private const string Sampled = """
        indicators:
          - id: D
            name: 解读比例
            group: G
            sample: { of: policy_document_sample, at_most: 3 }
            when: { count: { of: policy_document_sample, where: { interpreted: false } }, gte: 1 }
            points: { per_occurrence: 1, max: 3 }
            reason: "{count}个未解读"
        """;

    [Theory]
    [InlineData(2, 98)] // 不足3个的则检查全部
    [InlineData(3, 97)]
    public void Evaluate_SampleWithinItsLimit_IsReadWhole(int documents, int score)
    {
        var rules = RuleSet.LoadDirectory(Revision(Sampled));
        var facts = Enumerable.Range(1, documents).Select(i => (Observation)new PolicyDocumentSample($"d{i}", "P", "文件" + i, Interpreted: false)).ToArray();

        rules.Check(FactBatch.Of([Portal("P")], facts)).Should().BeEmpty();
        Assess(rules, Portal("P"), facts).DeductionScore.Should().Be(score);
    }

    [Fact]
    public void Check_SampleLargerThanItsLimit_IsCR3024AtTheFirstFactBeyondIt()
    {
        var rules = RuleSet.LoadDirectory(Revision(Sampled));
        var facts = Path.Combine(_folders.Root, "facts");
        Directory.CreateDirectory(facts);
        File.WriteAllText(Path.Combine(facts, "websites.csv"), "网站标识码,网站名称,主办单位,是否门户,是否有对外服务职能,行政级别\nP,门户,办公室,是,是,市级\nQ,门户,办公室,是,是,市级\n");
        File.WriteAllText(Path.Combine(facts, "政策文件抽查.csv"), "编号,网站标识码,文件标题,是否已解读\nd1,P,文件1,是\nd2,P,文件2,否\nd3,P,文件3,是\nd4,P,文件4,否\nq1,Q,文件1,否\n");
        var batch = Compliance.Rules.Facts.Input.FactsInput.Read(facts).GetValueOrThrow();

        var error = rules.Check(batch).Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.SampleTooLarge.Code);
        error.Location.Line.Should().Be(5);
        error.Subject.Should().Be("P");
        error.Message.Should().Contain("'d4'").And.Contain("at most 3").And.Contain("d1, d2, d3, d4");
        var result = rules.Evaluate(batch, AsOf);
        result.Assessments.Select(a => a.Verdict).Should().Equal(Verdict.NotAssessed, Verdict.Pass);
    }

    [Theory]
    [InlineData("sample: { of: policy_document_sample, at_most: 0 }", "CR2010")]
    [InlineData("sample: { of: message, where: { received: { within: { months: 6 } } }, at_most: 3 }", "CR2014")]
    [InlineData("sample: { of: PolicyDocument, at_most: 3 }", "CR2001")]
    public void Load_ImpossibleSample_IsAnError(string sample, string code)
    {
        var result = RuleSet.Read(Revision(Sampled.Replace("sample: { of: policy_document_sample, at_most: 3 }", sample, StringComparison.Ordinal)));

        result.Errors.Select(e => e.Code).Should().Equal(code);
    }

    [Fact]
    public void Diff_CapForAndSample_AreComparedLikeTheCondition()
    {
        Revision(Functions, name: "before");
        var after = Revision(Functions.Replace("max: 4 }\n    any:", "max: 5 }\n    any:", StringComparison.Ordinal), Header.Replace("id: t", "id: after", StringComparison.Ordinal), "after");
        var before = RuleSet.Read(Path.Combine(_folders.Root, "before")).GetValueOrThrow().Indicators.Single();

        var changes = Compliance.Rules.Authoring.Model.IndicatorDiff.Between(before, RuleSet.Read(after).GetValueOrThrow().Indicators.Single());

        changes.Select(c => $"{c.Part}: {c.Was} → {c.Now}").Should().Equal("cap_for[1].max: 4 → 5");
    }
}
