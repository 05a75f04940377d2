using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Impact;
using Compliance.Rules.Results;

namespace Compliance.Rules.Reporting;

/// <summary>
/// The impact of a rule change laid out for review: the summary per subject kind (compared, newly failing, newly
/// passing, score changes, pass rate before → after), the changes grouped by indicator with the text change of the
/// indicator that caused them (as <c>compliance-rules diff</c> lists it), the lists of newly failing and newly passing
/// subjects in the notice's table style (新增不合格账号名单), the subjects only one side assesses, and the score table
/// before and after.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ImpactReport
{
    private const string Separator = "；";

    private ImpactReport(ImpactResult result, RuleRevision baseline, RuleRevision candidate, ImmutableArray<ReportTable> tables)
    {
        Result = result;
        Baseline = baseline;
        Candidate = candidate;
        Tables = tables;
    }

    /// <summary>Gets the impact.</summary>
    public ImpactResult Result { get; }

    /// <summary>Gets the baseline revision.</summary>
    public RuleRevision Baseline { get; }

    /// <summary>Gets the candidate revision (the baseline itself when two as-of dates are compared).</summary>
    public RuleRevision Candidate { get; }

    /// <summary>
    /// Gets every table in order: 影响概况, 按指标的变化, the newly failing websites (if any) and accounts, the newly passing
    /// websites (if any) and accounts, the subjects only one side assesses (if any), and 政府网站得分变化.
    /// </summary>
    internal ImmutableArray<ReportTable> Tables { get; }

    /// <summary>Lays out an impact as a report.</summary>
    /// <param name="result">The result of <see cref="ImpactAnalysis"/>.</param>
    /// <param name="baseline">The baseline revision.</param>
    /// <param name="candidate">The candidate revision (the same as <paramref name="baseline"/> for two as-of dates).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The result is not of these revisions.</exception>
    public static ImpactReport Create(ImpactResult result, RuleRevision baseline, RuleRevision candidate)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        if (result.Before.RevisionId != baseline.Id || result.After.RevisionId != candidate.Id)
        {
            throw new ArgumentException($"the impact compares '{result.Before.RevisionId}' with '{result.After.RevisionId}', not '{baseline.Id}' with '{candidate.Id}'", nameof(candidate));
        }

        var tables = ImmutableArray.CreateBuilder<ReportTable>();
        tables.Add(Summary(result));
        tables.Add(Indicators(result, baseline, candidate));
        var asOf = ReportText.MonthDay(result.After.AsOf);
        var failing = result.Subjects.Where(s => s.Change == ImpactChange.NewlyFailing).ToList();
        var passing = result.Subjects.Where(s => s.Change == ImpactChange.NewlyPassing).ToList();
        if (failing.Any(s => s.Subject is Website))
        {
            tables.Add(Websites($"新增不合格网站名单（{asOf}核查结果）", failing, s => s.After));
        }

        tables.Add(Accounts($"新增不合格账号名单（{asOf}核查结果）", failing, s => s.After));
        if (passing.Any(s => s.Subject is Website))
        {
            tables.Add(Websites($"新增合格网站名单（{asOf}核查结果，原不合格原因）", passing, s => s.Before));
        }

        tables.Add(Accounts($"新增合格账号名单（{asOf}核查结果，原不合格原因）", passing, s => s.Before));
        if (result.Subjects.Any(s => s.Change is ImpactChange.NotAssessedInBaseline or ImpactChange.NotAssessedInCandidate))
        {
            tables.Add(OneSided(result));
        }

        tables.Add(Scores(result));
        return new ImpactReport(result, baseline, candidate, tables.ToImmutable());
    }

    /// <summary>Describes what changed in an indicator's text between two revisions, as <c>compliance-rules diff</c> does.</summary>
    /// <param name="id">The indicator id.</param>
    /// <param name="baseline">The baseline revision.</param>
    /// <param name="candidate">The candidate revision.</param>
    /// <returns>The differences joined by ；, or what else explains the change.</returns>
    internal static string TextChange(string id, RuleRevision baseline, RuleRevision candidate)
    {
        var before = baseline.FindIndicator(id);
        var after = candidate.FindIndicator(id);
        if (before is null || after is null)
        {
            return before is null ? "新增指标" : "删除指标";
        }

        if (ReferenceEquals(baseline, candidate))
        {
            return "指标未变（核查日期不同）";
        }

        var differences = IndicatorDiff.Between(before, after);
        return differences.IsEmpty
            ? "指标文本未变（变化来自评分参数、分组或其他指标）"
            : string.Join(Separator, differences.Select(d => d.ToString()));
    }

    private static ReportTable Summary(ImpactResult result) => new(
        "影响概况",
        [
            new("检查对象"), new("比较数", ReportColumnKind.Count), new("新增不合格", ReportColumnKind.Count), new("新增合格", ReportColumnKind.Count),
            new("得分变化", ReportColumnKind.Count), new("仅问题变化", ReportColumnKind.Count), new("仅一方评估", ReportColumnKind.Count),
            new("合格率（变更前）", ReportColumnKind.Rate), new("合格率（变更后）", ReportColumnKind.Rate),
        ],
        [.. result.ByKind.Select(k => Row(
            ReportText.Label(k.Kind),
            ReportText.Count(k.Compared),
            ReportText.Count(k.NewlyFailing),
            ReportText.Count(k.NewlyPassing),
            ReportText.Count(k.ScoreChanged),
            ReportText.Count(k.FindingsChanged),
            ReportText.Count(k.NotComparable),
            ReportText.Rate(k.Before.PassRate),
            ReportText.Rate(k.After.PassRate)))]);

    private static ReportTable Indicators(ImpactResult result, RuleRevision baseline, RuleRevision candidate) => new(
        "按指标的变化",
        [new("指标"), new("指标名称"), new("新增问题对象", ReportColumnKind.Count), new("消除问题对象", ReportColumnKind.Count), new("规则变化（同 diff）")],
        [.. result.ByIndicator.Select(i => Row(
            i.IndicatorId,
            i.IndicatorName,
            ReportText.Count(i.Gained.Length),
            ReportText.Count(i.Lost.Length),
            TextChange(i.IndicatorId, baseline, candidate)))]);

    private static ReportTable Accounts(string title, List<SubjectImpact> subjects, Func<SubjectImpact, Assessment> failed) => new(
        title,
        [new("序号", ReportColumnKind.Count), new("账号名称"), new("开设主体"), new("账号类型"), new("单位"), new("检查结果"), new("不合格原因"), new("备注")],
        [.. subjects.Where(s => s.Subject is NewMediaAccount).Select((s, i) =>
        {
            var account = (NewMediaAccount)s.Subject;
            return Row(ReportText.Count(i + 1), account.Name, account.Operator, account.AccountType, account.Unit, ReportText.Label(s.After.Verdict), BatchReport.Reasons(failed(s)), BatchReport.Details(failed(s)));
        })]);

    private static ReportTable Websites(string title, List<SubjectImpact> subjects, Func<SubjectImpact, Assessment> failed) => new(
        title,
        [new("序号", ReportColumnKind.Count), new("网站名称"), new("是否门户"), new("主办单位"), new("检查结果"), new("不合格原因"), new("备注")],
        [.. subjects.Where(s => s.Subject is Website).Select((s, i) =>
        {
            var site = (Website)s.Subject;
            return Row(ReportText.Count(i + 1), site.Name, ReportText.YesNo(site.IsPortal), site.Organiser, ReportText.Label(s.After.Verdict), BatchReport.Reasons(failed(s)), BatchReport.Details(failed(s)));
        })]);

    private static ReportTable OneSided(ImpactResult result) => new(
        "仅一方评估的对象",
        [new("序号", ReportColumnKind.Count), new("对象名称"), new("对象类型"), new("编号"), new("变更前"), new("变更后"), new("说明")],
        [.. result.Subjects
            .Where(s => s.Change is ImpactChange.NotAssessedInBaseline or ImpactChange.NotAssessedInCandidate)
            .Select((s, i) => Row(
                ReportText.Count(i + 1),
                s.Subject.Name,
                ReportText.Label(s.Subject.Kind),
                s.Subject.Id,
                ReportText.Label(s.Before.Verdict),
                ReportText.Label(s.After.Verdict),
                (s.Change == ImpactChange.NotAssessedInBaseline ? s.Before.VerdictNote : s.After.VerdictNote) ?? string.Empty))]);

    private static ReportTable Scores(ImpactResult result)
    {
        var listed = result.Subjects
            .Where(s => s.Subject is Website && (s.Before.Total is not null || s.After.Total is not null))
            .OrderByDescending(s => s.After.Total ?? decimal.MinValue)
            .ToList();
        return new ReportTable(
            "政府网站得分情况（变更前后）",
            [new("序号", ReportColumnKind.Count), new("网站名称"), new("是否门户"), new("得分（变更前）", ReportColumnKind.Score), new("得分（变更后）", ReportColumnKind.Score), new("变化", ReportColumnKind.Score)],
            [.. listed.Select((s, i) => Row(
                ReportText.Count(i + 1),
                s.Subject.Name,
                ReportText.YesNo(((Website)s.Subject).IsPortal),
                s.Before.Total is { } before ? ReportText.Score(before) : string.Empty,
                s.After.Total is { } after ? ReportText.Score(after) : string.Empty,
                s.ScoreDelta is { } delta ? ReportText.Score(delta) : string.Empty))]);
    }

    private static ImmutableArray<string> Row(params string[] cells) => [.. cells];
}
