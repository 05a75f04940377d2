using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Tests.Engine;

/// <summary>Writes a small revision from inline YAML to a temporary folder and compiles it (cached by content).</summary>
internal static class InlineRuleSet
{
    public const string DefaultScoring = ScoringHead + Groups;

    public const string ScoringHead = """
        scoring:
          base: 100
          fail_below: 60
          bonus_above: 80
          bonus_max: 30
          scored: { subject: website, where: { is_portal: true } }
          bonus_eligible: { subject: website, where: { is_portal: true } }

        """;

    public const string Groups = """
        groups:
          - { id: G1, name: 第一组, kind: deduction, max: 40 }
          - { id: G2, name: 第二组, kind: deduction, max: 25 }
          - { id: GB, name: 加分, kind: bonus, max: 40 }
        """;

    private static readonly ConcurrentDictionary<string, CompiledRuleSet> Cache = new();

    public static CompiledRuleSet Compile(string indicators, string scoring = DefaultScoring, string calendar = "cn") =>
        Cache.GetOrAdd(indicators + "\u0000" + scoring + "\u0000" + calendar, _ => RuleSet.LoadDirectory(Write(indicators, scoring, calendar)));

    public static string Write(string indicators, string scoring = DefaultScoring, string calendar = "cn")
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(indicators + scoring + calendar)))[..16];
        var folder = Path.Combine(Path.GetTempPath(), "compliance-rules-tests", hash, "inline");
        Directory.CreateDirectory(Path.Combine(folder, "indicators"));
        File.WriteAllText(Path.Combine(folder, "revision.yaml"), $"""
            id: inline
            title: 内联测试
            document: 测试
            effective_from: 2019-01-01
            calendar: {calendar}
            {scoring.Replace("\n", "\n", StringComparison.Ordinal)}
            """);
        File.WriteAllText(Path.Combine(folder, "indicators", "all.yaml"), "indicators:\n" + indicators);
        return folder;
    }

    public static Website Site(string id = "w1", bool portal = true, bool services = true) =>
        new(id, "站点" + id, "主办单位", portal, services, AdministrativeLevel.Province);

    public static NewMediaAccount Account(string id = "a1", AccountStatus status = AccountStatus.Active, bool interaction = true) =>
        new(id, "账号" + id, "开设主体", "微信订阅号", "单位", status, interaction);

    public static Assessment Evaluate(CompiledRuleSet rules, LocalDate asOf, Subject subject, params Observation[] observations) =>
        rules.Evaluate(FactBatch.Of([subject], observations), asOf, new EvaluationOptions { AssumeComplete = true }).Assessments.Single();

    public static IReadOnlyList<string> Fired(CompiledRuleSet rules, LocalDate asOf, Subject subject, params Observation[] observations) =>
        [.. Evaluate(rules, asOf, subject, observations).Violations.Concat(Evaluate(rules, asOf, subject, observations).Bonuses).Select(f => f.IndicatorId)];

    public static Column Column(string id, ColumnCategory category, LocalDate? lastUpdated, bool topLevel = true, bool blank = false, string subject = "w1") =>
        new(id, subject, "栏目" + id, category, topLevel, false, blank, lastUpdated);

    public static InspectorFinding Judged(string id, string indicator, decimal points, string subject = "w1") =>
        new(id, subject, indicator, 1, points, "备注" + id);
}
