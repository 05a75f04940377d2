using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>
/// The national rule sets as a whole: every revision under rules/ loads and has regression cases, every indicator is named
/// by some case, and the provenance of each indicator is the reference's label ([V], [V+K] confirmed; [K] transcribed; [R] derived).
/// </summary>
public sealed class RuleSetCoverageTest
{
    public static TheoryData<string> Revisions => [.. RuleSetCaseCatalog.All.Select(r => r.Id)];

    /// <summary>
    /// Gets the revisions that stand alone (no <c>extends</c>). An overlay inherits most indicators, whose cases live with
    /// its base revision; which of its own changes need cases is for its author to say.
    /// </summary>
    public static TheoryData<string> StandAloneRevisions => [.. RuleSetCaseCatalog.All.Where(r => r.Revision?.Extends is null).Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(Revisions))]
    public void Revision_RulesAndCasesLoad(string id)
    {
        var revision = RuleSetCaseCatalog.All.Single(r => r.Id == id);

        revision.Problems.Select(p => p.ToString()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(StandAloneRevisions))]
    public void Revision_LoadsWithItsCases(string id)
    {
        var revision = RuleSetCaseCatalog.All.Single(r => r.Id == id);

        revision.Problems.Select(p => p.ToString()).Should().BeEmpty();
        revision.Cases.Should().NotBeEmpty("every revision carries its regression cases in tests/");
    }

    [Theory]
    [MemberData(nameof(StandAloneRevisions))]
    public void Revision_EveryIndicator_IsNamedByARegressionCase(string id)
    {
        var revision = RuleSetCaseCatalog.All.Single(r => r.Id == id);
        var named = revision.Cases
            .SelectMany(c => c.Expectations)
            .SelectMany(e => e.Violations.Concat(e.Bonuses ?? []).Concat(e.Reasons.Select(r => r.IndicatorId)))
            .ToHashSet(StringComparer.Ordinal);

        var missing = revision.Revision!.Indicators.Select(i => i.Id).Where(i => !named.Contains(i));

        missing.Should().BeEmpty("every indicator needs a case in which it fires");
    }

    [Theory]
    [MemberData(nameof(Revisions))]
    public void Revision_BuiltInCases_AreTheFolderCases(string id)
    {
        var builtIn = RegressionSuite.ReadBuiltIn(id).GetValueOrThrow();

        builtIn.Cases.Select(c => c.DisplayId).Should().Equal(RuleSetCaseCatalog.All.Single(r => r.Id == id).Cases.Select(c => c.DisplayId));
    }

    [Fact]
    public void Gb2019_Provenance_IsTheReferencesLabels()
    {
        var revision = RuleSet.ReadBuiltIn("gb-2019").GetValueOrThrow();

        // [V] and [V+K] rows of indicators-2019-complete.md, and the new-media rows a report citing 19号 confirms.
        revision.Indicators.Where(i => i.Provenance == IndicatorProvenance.Confirmed).Select(i => i.Id).Should().BeEquivalentTo(
            "W-V1a", "W-V1b", "W-V1c", "W-V1d", "W-V1e", "W-V1f", "W-V2", "W-V3a", "W-V3b", "W-V4a", "W-V4b", "W-V4c",
            "W-V5a", "W-V5b", "W-V6a", "NM-V2", "NM-V3", "W-D1e", "W-D1h", "W-D2c", "W-D3c", "W-B3b");
        // The new-media sub-items that only local check lists name ([R]); K1 has no new-media rows.
        revision.Indicators.Where(i => i.Provenance == IndicatorProvenance.Derived).Select(i => i.Id).Should().BeEquivalentTo(
            "NM-V1a", "NM-V1b", "NM-V1c", "NM-V1d");
        revision.Indicators.Where(i => i.Provenance == IndicatorProvenance.Transcribed).Should().HaveCount(36, "every other row is [K]");
    }

    [Fact]
    public void Gb2019_EverySecondLevelNameOfTheThreeTables_IsAnIndicatorName()
    {
        var names = RuleSet.ReadBuiltIn("gb-2019").GetValueOrThrow().Indicators.Select(i => i.Name).ToList();
        string[] vetoes = ["安全、泄密事故等严重问题", "站点无法访问", "首页不更新", "栏目不更新", "互动回应差", "服务不实用"];
        string[] deductions =
        [
            "概况信息", "机构职能", "领导信息", "动态要闻", "政策文件", "政策解读", "解读比例", "解读关联", "其他栏目",
            "事项公开", "在线申请", "办事统计", "办事指南", "内容准确", "表格样表",
            "信息提交", "统一登录", "留言公开", "办理答复",
            "域名名称", "网站标识", "可用性", "“我为政府网站找错”", "站内搜索", "一号登录", "页面标签", "兼容性", "IPv6改造",
        ];
        string[] bonuses = ["数据发布", "解读回应", "服务功能", "服务内容", "服务关联", "实时互动", "调查征集", "智能搜索", "用户空间", "创新发展"];

        vetoes.Should().OnlyContain(v => names.Any(n => n.StartsWith(v, StringComparison.Ordinal)));
        deductions.Concat(bonuses).Should().OnlyContain(n => names.Contains(n));
    }

    [Fact]
    public void Gb2019Supervision_Provenance_ConfirmsTheReferencesTRows()
    {
        var revision = RuleSet.ReadBuiltIn("gb-2019-supervision").GetValueOrThrow();

        revision.Indicators.Where(i => i.Provenance == IndicatorProvenance.Confirmed).Select(i => i.Id).Should().BeEquivalentTo("S-V1", "S-D-ZCa", "S-D-ZCb", "S-B4");
        revision.Indicators.Where(i => i.Provenance == IndicatorProvenance.Derived).Select(i => i.Id).Should().BeEquivalentTo("S-V2", "S-D-OTHER", "S-B1", "S-B2", "S-B3", "S-B5");
    }

    [Fact]
    public void Gb2015_Provenance_ConfirmsTheVetoRows()
    {
        var revision = RuleSet.ReadBuiltIn("gb-2015").GetValueOrThrow();

        revision.Indicators.Where(i => i.Provenance == IndicatorProvenance.Confirmed).Select(i => i.Id).Should().BeEquivalentTo(
            "W-V2", "W-V3a", "W-V3b", "W-V4a", "W-V4b", "W-V4c", "P-V4a", "P-V4b", "W-V1c", "W-V5b");
        revision.Indicators.Where(i => i.Provenance == IndicatorProvenance.Derived).Select(i => i.Id).Should().BeEquivalentTo(
            "P-D1a", "P-D1b", "P-D2a", "P-D2b", "P-D3a", "P-D3b", "P-D3c", "P-D4a", "P-D4b", "P-D4c");
    }

    [Fact]
    public void Gb2019_Scoring_IsTheNoticesMethod()
    {
        var scoring = RuleSet.ReadBuiltIn("gb-2019").GetValueOrThrow().Scoring;

        scoring.Base.Should().Be(100);
        scoring.FailBelow.Should().Be(60);
        scoring.BonusAbove.Should().Be(80);
        scoring.BonusMax.Should().Be(30);
        scoring.WithoutExternalServices!.Base.Should().Be(75);
        (scoring.WithoutExternalServices.ScaleNumerator / scoring.WithoutExternalServices.ScaleDenominator).Should().Be(4m / 3m);
        scoring.WithoutExternalServices.ExcludedGroups.Should().Equal("W-D2");
    }
}
