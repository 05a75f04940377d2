using Compliance.Rules.Authoring;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Testing;
using NodaTime;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// Numbered sub-rules (<c>any:</c>) make one 二级 row one indicator, each sub-rule with its own points and reason and all of
/// them capped together; notices (<c>kind: notice</c>) are reported and counted without points or a verdict.
/// </summary>
public sealed class SubRulesAndNoticesTest : IDisposable
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "subrules-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Header = """
        id: t
        title: 测试
        document: 测试〔2024〕1号
        effective_from: 2024-01-01
        calendar: cn
        scoring: { base: 100, fail_below: 60, bonus_above: 80, bonus_max: 30, scored: website }
        groups:
          - { id: G, name: 一组, kind: deduction, max: 20, defaults: { kind: deduction, applies_to: website, provenance: confirmed, source: 测试 } }
        """;

    // "1.未开设政策文件栏目的，扣2分；2.每发现一个空白栏目扣0.5分；3.信息不准确的，每处扣1分（人工）", cap 3.
    private const string Row = """
        indicators:
          - id: R
            name: 栏目
            group: G
            points: { max: 3 }
            any:
              - rule: "1"
                text: 未开设政策文件栏目的，扣2分
                when: { none: { of: column, where: { category: 政策文件 } } }
                points: 2
                reason: 未开设政策文件栏目
              - rule: "2"
                when: { each: { of: column, where: { is_blank: true } } }
                points: { per_occurrence: 0.5 }
                reason: 空白栏目：{name}
              - rule: "3"
                judged_by: inspector
                points: { per_occurrence: 1 }
                reason: 信息不准确
                detail: "{note}"
        """;

    private string Revision(string header, string indicators, string name = "t")
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.Combine(folder, "indicators"));
        File.WriteAllText(Path.Combine(folder, "revision.yaml"), header);
        File.WriteAllText(Path.Combine(folder, "indicators", "a.yaml"), indicators);
        return folder;
    }

    private static Website Site => new("P", "门户", "办公室", IsPortal: true, ProvidesExternalServices: true, AdministrativeLevel.Province);

    private static Column Blank(int n) => new($"c{n}", "P", $"空栏目{n}", ColumnCategory.News, IsTopLevel: false, OnHomepage: false, IsBlank: true, LastUpdated: null);

    private static Column Policy => new("p", "P", "政策文件", ColumnCategory.PolicyDocuments, IsTopLevel: true, OnHomepage: true, IsBlank: false, LastUpdated: new LocalDate(2024, 6, 1));

    private static FactBatch Batch(params Observation[] facts) =>
        FactBatch.Of([Site], facts).DeclareObserved([nameof(Column), nameof(InspectorFinding)]);

    [Theory]
    [InlineData(1, 2.5)] // below the cap: 2 + 0.5
    [InlineData(2, 3.0)] // at the cap: 2 + 0.5 + 0.5
    [InlineData(3, 3.0)] // above it: 2 + 1.5 = 3.5, capped at 3
    public void Evaluate_SubRules_EachFindsWithItsOwnPointsAndTheIndicatorCapsThemTogether(int blanks, double deducted)
    {
        var rules = RuleSet.LoadDirectory(Revision(Header, Row));

        var assessment = rules.Evaluate(Batch([.. Enumerable.Range(1, blanks).Select(Blank)]), AsOf).Assessments[0];

        assessment.Violations.Select(v => (v.IndicatorId, v.Rule, v.Points)).Should().Equal(
            [("R", "1", 2m), .. Enumerable.Range(1, blanks).Select(_ => ("R", (string?)"2", 0.5m))]);
        assessment.Violations.Select(v => v.Reason).Should().StartWith(["未开设政策文件栏目", "空白栏目：空栏目1"]);
        assessment.DeductionScore.Should().Be(100m - (decimal)deducted);
        assessment.ScoreLines.Single(l => l.Id == "R").Applied.Should().Be((decimal)deducted);
    }

    [Fact]
    public void Evaluate_JudgedSubRule_TakesTheInspectorsOccurrencesAndNote()
    {
        var rules = RuleSet.LoadDirectory(Revision(Header, Row));
        var batch = Batch(Policy, new InspectorFinding("f", "P", "R", Occurrences: 2, Note: "机构职能表述有误"));

        var assessment = rules.Evaluate(batch, AsOf).Assessments[0];

        rules.Check(batch).Should().BeEmpty();
        assessment.Violations.Should().ContainSingle().Which.Should().Match<Results.Finding>(f =>
            f.Rule == "3" && f.Points == 2m && f.Reason == "信息不准确" && f.Detail == "机构职能表述有误");
        rules.Revision.FindIndicator("R")!.SubRules.Select(r => r.Rule).Should().Equal("1", "2", "3");
        rules.Revision.FindIndicator("R")!.MaxPoints.Should().Be(3m);
    }

    [Fact]
    public void Check_TwoJudgedSubRules_FindingMustNameItsRule()
    {
        var indicators = Row.Replace("""
                  - rule: "2"
                    when: { each: { of: column, where: { is_blank: true } } }
            """, """
                  - rule: "2"
                    judged_by: inspector
            """, StringComparison.Ordinal).Replace("reason: 空白栏目：{name}", "reason: 空白栏目", StringComparison.Ordinal);
        var rules = RuleSet.LoadDirectory(Revision(Header, indicators));

        var unnamed = rules.Check(Batch(Policy, new InspectorFinding("f", "P", "R")));
        var misnamed = rules.Check(Batch(Policy, new InspectorFinding("f", "P", "R", Rule: "4")));
        var named = Batch(Policy, new InspectorFinding("f", "P", "R", Occurrences: 3, Rule: "2"));

        unnamed.Should().ContainSingle().Which.Message.Should().Contain("several sub-rules judged by an inspector (2, 3): give the finding's rule");
        misnamed.Should().ContainSingle().Which.Message.Should().Contain("has no sub-rule '4' judged by an inspector").And.Contain("its judged sub-rules are: 2, 3");
        rules.Check(named).Should().BeEmpty();
        rules.Evaluate(named, AsOf).Assessments[0].Violations.Select(v => (v.Rule, v.Points)).Should().Equal(("2", 1.5m));
    }

    [Fact]
    public void Check_RuleOnAFindingForAnIndicatorWithoutSubRules_IsAnError()
    {
        var rules = RuleSet.LoadDirectory(Revision(Header, """
            indicators:
              - { id: J, name: 人工, group: G, judged_by: inspector, points: { per_occurrence: 1, max: 5 }, reason: 认定 }
            """));

        var diagnostics = rules.Check(Batch(new InspectorFinding("f", "P", "J", Rule: "1")));

        diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FindingNotTaken.Code);
    }

    [Fact]
    public void Load_MistakesInSubRules_AreEachReportedAtTheirPlace()
    {
        var result = RuleSet.TryLoadDirectory(Revision(Header, """
            indicators:
              - id: A
                name: 条件与细则并存
                group: G
                points: { max: 3 }
                when: { exists: { of: column } }
                any:
                  - { rule: "1", when: { exists: { of: column } }, points: 1, reason: 甲 }
              - id: B
                name: 细则有误
                group: G
                points: { max: 3 }
                any:
                  - { when: { exists: { of: column } }, points: 1, reason: 缺编号 }
                  - { rule: "2", when: { exists: { of: column } }, points: 1, reason: 乙 }
                  - { rule: "2", when: { exists: { of: column } }, points: 1, reason: 重号 }
                  - { rule: "3", when: { exists: { of: column } }, points: 1 }
                  - { rule: "4", when: { exists: { of: column } }, points: 1, reason: 丙, colour: red }
              - id: C
                name: 上限缺失
                group: G
                points: { per_occurrence: 1, max: 3 }
                any:
                  - { rule: "1", when: { exists: { of: column } }, points: 1, reason: 丁 }
            """));

        result.Success.Should().BeFalse();
        var errors = result.Errors.Select(d => (d.Code, d.Subject, d.Location.Line, d.Message)).ToList();
        errors.Should().Contain(e => e.Code == DiagnosticCodes.ConditionShape.Code && e.Subject == "A" && e.Line == 6);
        errors.Should().Contain(e => e.Code == "CR0003" && e.Subject == "B" && e.Line == 14 && e.Message.Contains("'rule'"));
        errors.Should().Contain(e => e.Code == DiagnosticCodes.DuplicateId.Code && e.Subject == "B" && e.Line == 16);
        errors.Should().Contain(e => e.Code == "CR0003" && e.Subject == "B" && e.Line == 17 && e.Message.Contains("reason"));
        errors.Should().Contain(e => e.Code == "CR0002" && e.Subject == "B" && e.Line == 18 && e.Message.Contains("colour"));
        errors.Should().Contain(e => e.Code == DiagnosticCodes.PointsError.Code && e.Subject == "C" && e.Message.Contains("points: { max: N }"));
    }

    [Fact]
    public void Evaluate_Notice_IsReportedButScoresNothingAndNeverFails()
    {
        var rules = RuleSet.LoadDirectory(Revision(Header, """
            indicators:
              - { id: N, name: 空白栏目提示, kind: notice, group: G, applies_to: website, provenance: confirmed, source: 测试, when: { each: { of: column, where: { is_blank: true } } }, reason: "空白栏目：{name}" }
            """));

        var assessment = rules.Evaluate(Batch(Policy, Blank(1), Blank(2)), AsOf).Assessments[0];

        assessment.Notices.Select(n => (n.IndicatorId, n.Kind, n.Points, n.Reason)).Should().Equal(
            ("N", IndicatorKind.Notice, 0m, "空白栏目：空栏目1"), ("N", IndicatorKind.Notice, 0m, "空白栏目：空栏目2"));
        assessment.Violations.Should().BeEmpty();
        assessment.Verdict.Should().Be(Results.Verdict.Pass);
        assessment.Total.Should().Be(100m);
    }

    [Fact]
    public void Load_NoticeWithPoints_IsAnError_AndAZeroPointDeductionIsDeprecated()
    {
        var withPoints = RuleSet.TryLoadDirectory(Revision(Header, """
            indicators:
              - { id: N, name: 提示, kind: notice, group: G, when: { exists: { of: column } }, points: 1, reason: 提示 }
            """, "with-points"));
        var zero = RuleSet.TryLoadDirectory(Revision(Header, """
            indicators:
              - { id: Z, name: 零分, group: G, when: { each: { of: column } }, points: { per_occurrence: 0, max: 0 }, reason: 零分 }
            """, "zero"));

        withPoints.Errors.Should().ContainSingle().Which.Message.Should().Contain("a notice takes no points");
        zero.Success.Should().BeTrue();
        zero.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.Deprecated.Code)
            .Which.Message.Should().Contain("write 'kind: notice'");
    }

    [Fact]
    public void RegressionCase_NoticeListedUnderViolations_StillPassesWithADeprecationWarning()
    {
        var rules = RuleSet.LoadDirectory(Revision(Header, """
            indicators:
              - { id: N, name: 空白栏目提示, kind: notice, group: G, when: { each: { of: column, where: { is_blank: true } } }, reason: 空白栏目 }
            """));
        string Case(string expectation) => $$"""
            cases:
              - name: 提示
                as_of: 2024-06-27
                websites: [{ id: P, name: 门户, organiser: 办公室, is_portal: true, provides_external_services: true, level: 省级 }]
                observations:
                  column: [{ id: c1, subject_id: P, name: 空栏目, category: 动态要闻, is_top_level: false, on_homepage: false, is_blank: true }]
                expect:
                  P: { verdict: 合格, {{expectation}} }
            """;

        var old = new List<Diagnostic>();
        var oldCase = RegressionCaseReader.Read(Case("violations: [N]"), "old.yaml", rules.Revision, old).Should().ContainSingle(string.Join("; ", old)).Which;
        var now = new List<Diagnostic>();
        var nowCase = RegressionCaseReader.Read(Case("violations: [], notices: [N]"), "now.yaml", rules.Revision, now).Single();
        var wrongDiagnostics = new List<Diagnostic>();
        var wrong = RegressionCaseReader.Read(Case("violations: [], notices: []"), "wrong.yaml", rules.Revision, wrongDiagnostics).Should().ContainSingle(string.Join("; ", wrongDiagnostics)).Which;

        old.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.Deprecated.Code);
        RegressionRunner.Run(rules, oldCase).Passed.Should().BeTrue();
        now.Should().BeEmpty();
        RegressionRunner.Run(rules, nowCase).Passed.Should().BeTrue();
        RegressionRunner.Run(rules, wrong).Mismatches.Select(m => m.ToString()).Should().Equal("P notices: expected [], actual [N]");
    }
}
