using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using Compliance.Rules.Scoring;
using NodaTime;

namespace Compliance.Rules.Tests.Scoring;

/// <summary>
/// The scorer on its own: a scoring table written out here, a subject's resolved parameters and hand-made findings in,
/// an assessment out; no rule is loaded or compiled. Every expected figure is worked out by hand from the table below,
/// which has the shape of the national one (base 100, fail below 60, bonus above 80) with small caps.
/// </summary>
public partial class ScorerTest
{
    // 发布解读 W-D1 caps its two rows together at 31; W-D1b has two numbered sub-rules under one cap of 25. W-D9 has no
    // group. The bonus part is capped at 10, below the bonus groups' 7 + 6, so that the cap shows.
    private static readonly ScoringTable Table = new()
    {
        Base = 100m,
        FailBelow = 60m,
        BonusAbove = 80m,
        BonusMax = 10m,
        WithoutExternalServices = new Rescaling(["W-D2"], 75m, 4m, 3m),
        Indicators =
        [
            new("W-V1", "栏目不更新", null, 0m),
            new("W-D1a", "政策文件不更新", "W-D1", 10m),
            new("W-D1b", "解读不到位", "W-D1", 25m) { SubRules = ["1", "2"] },
            new("W-D2a", "办事指南不准确", "W-D2", 5m),
            new("W-D9", "其他问题", null, 10m),
            new("W-B1a", "信息发布突出", "W-B1", 4m),
            new("W-B1b", "数据发布突出", "W-B1", 5m),
            new("W-B2a", "服务功能突出", "W-B2", 6m),
            new("W-N1", "留言逾期", null, 0m),
        ],
        Groups =
        [
            new("W-D1", "发布解读", 31m),
            new("W-D2", "办事服务", 25m),
            new("W-B1", "信息发布", 7m),
            new("W-B2", "办事服务", 6m),
        ],
    };

    private static readonly Website Portal = new("w1", "某市人民政府", "某市人民政府办公室", true, true, AdministrativeLevel.Prefecture);

    private static readonly SubjectScoring ScoredAndEligible = new(Scored: true, BonusEligible: true, WithoutExternalServices: false);

    private static Assessment Assess(SubjectScoring scoring, params Finding[] findings) =>
        new Scorer(Table).Assess(Portal, scoring, findings);

    private static Assessment Assess(params Finding[] findings) => Assess(ScoredAndEligible, findings);

    private static Finding Veto(string id) => Found(id, IndicatorKind.Veto, 0m);

    private static Finding Deduction(string id, decimal points, string? rule = null, string? fact = null) =>
        Found(id, IndicatorKind.Deduction, points, rule, fact);

    private static Finding Bonus(string id, decimal points) => Found(id, IndicatorKind.Bonus, points);

    private static Finding Notice(string id, decimal points) => Found(id, IndicatorKind.Notice, points);

    private static Finding Found(string id, IndicatorKind kind, decimal points, string? rule = null, string? fact = null) => new()
    {
        IndicatorId = id,
        Rule = rule,
        IndicatorName = Table.Indicators.Single(i => i.Id == id).Name,
        Kind = kind,
        Group = Table.Indicators.Single(i => i.Id == id).Group,
        Source = "测试用评分表",
        Provenance = IndicatorProvenance.Confirmed,
        Points = points,
        Reason = $"{id} {points}",
        Evidence = fact is null
            ? Evidence.Empty
            : new Evidence([new Publication(fact, "w1", null, new LocalDate(2024, 6, 1), "标题")], ImmutableSortedDictionary<string, object>.Empty),
    };

    private static ScoreLine Line(string id, string name, decimal raw, decimal max, decimal applied, bool group = false) =>
        new(id, name, group, raw, max, applied);

    private static IReadOnlyDictionary<string, decimal> Caps(string id, decimal max) =>
        new Dictionary<string, decimal> { [id] = max }.ToFrozenDictionary();
}
