using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Reporting;

/// <summary>
/// The result of one evaluation laid out like a quarterly inspection notice (检查情况通报): the counts and pass rates,
/// how messages were answered, the list of failing new-media accounts (附件1), failing websites if any, and the score
/// table of the websites (附件2).
/// </summary>
/// <remarks>
/// <para>
/// The report holds no text of its own about any indicator: reasons and details are the findings' rendered texts from
/// the rule set, and which messages the summary counts and when they are overdue come from the revision's
/// <see cref="RuleRevision.Report"/> settings.
/// </para>
/// <para>
/// Failing accounts and websites are listed in the batch's order. The score table is sorted by score, highest first; a
/// stable sort keeps sites with equal scores in the batch's order, so a batch that lists sites as a notice does (the
/// portals by division, then the departments) reproduces the notice's order of ties.
/// </para>
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class BatchReport
{
    private const string Separator = "；";

    private BatchReport(RuleRevision revision, BatchResult result, ImmutableArray<MessageSummary> messages, ImmutableArray<ReportTable> tables, ReportTable failedAccounts, ReportTable websiteScores, ReportTable? failedWebsites, ReportTable? notAssessed, ReportTable? earlyWarnings)
    {
        EarlyWarnings = earlyWarnings;
        NotAssessedSubjects = notAssessed;
        Revision = revision;
        Result = result;
        Messages = messages;
        Tables = tables;
        FailedAccounts = failedAccounts;
        WebsiteScores = websiteScores;
        FailedWebsites = failedWebsites;
    }

    /// <summary>Gets the revision the batch was evaluated against.</summary>
    public RuleRevision Revision { get; }

    /// <summary>Gets the evaluation result: every assessment, its violations and evidence.</summary>
    public BatchResult Result { get; }

    /// <summary>Gets the as-of date (the monitoring time point, 核查日期).</summary>
    public LocalDate AsOf => Result.AsOf;

    /// <summary>Gets the counts and pass rates per subject kind, websites first.</summary>
    internal ImmutableArray<KindSummary> Subjects => Result.Summary.ByKind;

    /// <summary>Gets the message summary lines the revision's report settings ask for, in their order.</summary>
    internal ImmutableArray<MessageSummary> Messages { get; }

    /// <summary>Gets the failing new-media accounts (附件1): 序号 账号名称 开设主体 账号类型 单位 检查结果 不合格原因 备注.</summary>
    internal ReportTable FailedAccounts { get; }

    /// <summary>Gets the failing websites, or <see langword="null"/> when every website passed.</summary>
    internal ReportTable? FailedWebsites { get; }

    /// <summary>Gets the score table of the websites (附件2): 序号 网站名称 是否门户 得分, highest score first.</summary>
    internal ReportTable WebsiteScores { get; }

    /// <summary>
    /// Gets the subjects that received no verdict: those that could not be assessed (无法评估) and those the revision
    /// excludes (不纳入检查), each with the reason; <see langword="null"/> when every subject received a verdict.
    /// </summary>
    internal ReportTable? NotAssessedSubjects { get; }

    /// <summary>
    /// Gets the warnings due at the as-of date (预警: what fails next within each indicator's <c>warn_ahead</c>), when the
    /// report was made with a forecast; <see langword="null"/> otherwise.
    /// </summary>
    internal ReportTable? EarlyWarnings { get; }

    /// <summary>
    /// Gets every table of the report in order: the notes (data coverage, provenance, warnings), the overview, the message
    /// summary (if any), the subjects without a verdict (if any), failing websites (if any), 附件1, 附件2, and the
    /// warnings (预警) when the report was made with a forecast.
    /// </summary>
    internal ImmutableArray<ReportTable> Tables { get; }

    /// <summary>Lays out an evaluation result as a report.</summary>
    /// <param name="result">The result of <see cref="CompiledRuleSet.Evaluate(FactBatch, LocalDate, EvaluationOptions?)"/>.</param>
    /// <param name="revision">The revision the batch was evaluated against (its report settings are used).</param>
    /// <param name="batch">The batch that was evaluated (its messages are counted).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The result is not of this revision, or not of this batch.</exception>
    public static BatchReport Create(BatchResult result, RuleRevision revision, FactBatch batch) => Create(result, revision, batch, null);

    /// <summary>Lays out an evaluation result as a report with a section of the warnings due at its as-of date (预警).</summary>
    /// <param name="result">The result of <see cref="CompiledRuleSet.Evaluate(FactBatch, LocalDate, EvaluationOptions?)"/>.</param>
    /// <param name="revision">The revision the batch was evaluated against (its report settings are used).</param>
    /// <param name="batch">The batch that was evaluated (its messages are counted).</param>
    /// <param name="forecast">
    /// A forecast of the same batch from the same as-of date (<see cref="ForecastAnalysis.RunToWarnAhead"/>), whose
    /// <see cref="ForecastResult.DueWarnings"/> the report lists; <see langword="null"/> for none.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The result is not of this revision or batch, or the forecast not of this result's revision and as-of date.</exception>
    public static BatchReport Create(BatchResult result, RuleRevision revision, FactBatch batch, ForecastResult? forecast)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(batch);
        if (result.RevisionId != revision.Id)
        {
            throw new ArgumentException($"the result is of revision '{result.RevisionId}', not '{revision.Id}'", nameof(revision));
        }

        if (result.Assessments.Length != batch.Subjects.Length)
        {
            throw new ArgumentException($"the result has {result.Assessments.Length} assessments but the batch {batch.Subjects.Length} subjects", nameof(batch));
        }

        if (forecast is not null && (forecast.AsOf != result.AsOf || forecast.Current.RevisionId != result.RevisionId))
        {
            throw new ArgumentException("the forecast does not start from the result's revision and as-of date", nameof(forecast));
        }

        var messages = revision.Report.Messages.Select(setting => Summarize(setting, result, batch)).ToImmutableArray();
        var failedAccounts = FailedAccountsTable(result);
        var failedWebsites = result.Assessments.Any(a => a.Subject is Website && a.Verdict == Verdict.Fail) ? FailedWebsitesTable(result) : null;
        var scores = ScoreTable(result, revision.Report.ScoreTable);
        var notAssessed = result.Assessments.Any(a => a.Verdict is Verdict.NotAssessed or Verdict.Excluded) ? NotAssessedTable(result) : null;
        var tables = ImmutableArray.CreateBuilder<ReportTable>();
        tables.Add(NotesTable(result, revision));
        tables.Add(Overview(result));
        if (!messages.IsEmpty)
        {
            tables.Add(MessageTable(messages));
        }

        if (notAssessed is not null)
        {
            tables.Add(notAssessed);
        }

        if (failedWebsites is not null)
        {
            tables.Add(failedWebsites);
        }

        tables.Add(failedAccounts);
        tables.Add(scores);
        var warnings = forecast is null ? null : ForecastReport.WarningsTable($"预警（{ReportText.MonthDay(result.AsOf)}核查，按各指标的提前预警期）", forecast.DueWarnings, withDue: false);
        if (warnings is not null)
        {
            tables.Add(warnings);
        }

        return new BatchReport(revision, result, messages, tables.ToImmutable(), failedAccounts, scores, failedWebsites, notAssessed, warnings);
    }

    private static MessageSummary Summarize(MessageReportSetting setting, BatchResult result, FactBatch batch)
    {
        var overdue = result.Assessments
            .SelectMany(a => a.Violations.Concat(a.Notices))
            .Where(f => setting.OverdueIndicators.Contains(f.IndicatorId))
            .SelectMany(f => f.Evidence.Facts.OfType<Message>())
            .Select(m => m.Id)
            .ToHashSet(StringComparer.Ordinal);
        var received = batch.Observations.OfType<Message>().Where(m => m.Channel == setting.Channel).ToList();
        var late = received.Count(m => overdue.Contains(m.Id));
        var onTime = received.Count(m => m.Answered is not null && !overdue.Contains(m.Id));
        return new MessageSummary(setting.Channel, received.Count, onTime, late, received.Count - late - onTime);
    }

    private static ReportTable NotesTable(BatchResult result, RuleRevision revision) => new(
        "检查说明",
        [new("项目"), new("内容")],
        [.. ReportNotes.Rows(result, revision).Select(r => Row(r.Item, r.Text))]);

    private static ReportTable Overview(BatchResult result) => new(
        "总体情况",
        [new("检查对象"), new("检查数", ReportColumnKind.Count), new("合格", ReportColumnKind.Count), new("不合格", ReportColumnKind.Count), new("无法评估", ReportColumnKind.Count), new("合格率", ReportColumnKind.Rate), new("其中基于部分数据的合格", ReportColumnKind.Count), new("不纳入检查", ReportColumnKind.Count)],
        [.. result.Summary.ByKind.Select(k => Row(
            ReportText.Label(k.Kind),
            ReportText.Count(k.Total),
            ReportText.Count(k.Passed),
            ReportText.Count(k.Failed),
            ReportText.Count(k.NotAssessed),
            ReportText.Rate(k.PassRate),
            ReportText.Count(k.PassedOnPartialData),
            ReportText.Count(k.Excluded)))]);

    private static ReportTable NotAssessedTable(BatchResult result) => new(
        "未评估及不纳入检查的对象",
        [new("序号", ReportColumnKind.Count), new("对象名称"), new("对象类型"), new("编号"), new("检查结果"), new("说明")],
        [.. result.Assessments
            .Where(a => a.Verdict is Verdict.NotAssessed or Verdict.Excluded)
            .Select((a, i) => Row(ReportText.Count(i + 1), a.Subject.Name, ReportText.Label(a.Subject.Kind), a.Subject.Id, ReportText.Label(a.Verdict), a.VerdictNote ?? string.Empty))]);

    private static ReportTable MessageTable(ImmutableArray<MessageSummary> messages) => new(
        "留言办理情况",
        [new("留言渠道"), new("收到", ReportColumnKind.Count), new("按期答复", ReportColumnKind.Count), new("逾期", ReportColumnKind.Count), new("未到期待答复", ReportColumnKind.Count), new("按期答复率", ReportColumnKind.Rate)],
        [.. messages.Select(m => Row(ReportText.Label(m.Channel), ReportText.Count(m.Received), ReportText.Count(m.AnsweredOnTime), ReportText.Count(m.Overdue), ReportText.Count(m.Pending), ReportText.Rate(m.OnTimeRate)))]);

    private static ReportTable FailedAccountsTable(BatchResult result)
    {
        var failed = result.Assessments.Where(a => a.Subject is NewMediaAccount && a.Verdict == Verdict.Fail).ToList();
        return new ReportTable(
            $"附件1 检查发现存在突出问题的政务新媒体名单（{ReportText.MonthDay(result.AsOf)}核查结果）",
            [new("序号", ReportColumnKind.Count), new("账号名称"), new("开设主体"), new("账号类型"), new("单位"), new("检查结果"), new("不合格原因"), new("备注")],
            [.. failed.Select((a, i) =>
            {
                var account = (NewMediaAccount)a.Subject;
                return Row(ReportText.Count(i + 1), account.Name, account.Operator, account.AccountType, account.Unit, ReportText.Label(a.Verdict), Reasons(a), Details(a));
            })]);
    }

    private static ReportTable FailedWebsitesTable(BatchResult result)
    {
        var failed = result.Assessments.Where(a => a.Subject is Website && a.Verdict == Verdict.Fail).ToList();
        return new ReportTable(
            $"检查发现不合格的政府网站名单（{ReportText.MonthDay(result.AsOf)}核查结果）",
            [new("序号", ReportColumnKind.Count), new("网站名称"), new("是否门户"), new("主办单位"), new("检查结果"), new("不合格原因"), new("备注")],
            [.. failed.Select((a, i) =>
            {
                var site = (Website)a.Subject;
                return Row(ReportText.Count(i + 1), site.Name, ReportText.YesNo(site.IsPortal), site.Organiser, ReportText.Label(a.Verdict), Reasons(a), Details(a));
            })]);
    }

    private static ReportTable ScoreTable(BatchResult result, ScoreTableScope scope)
    {
        var listed = result.Assessments
            .Where(a => a.Subject is Website && a.Total is not null && (scope == ScoreTableScope.Scored || a.Bonus > 0))
            .OrderByDescending(a => a.Total!.Value)
            .ToList();
        return new ReportTable(
            "附件2 政府网站得分情况",
            [new("序号", ReportColumnKind.Count), new("网站名称"), new("是否门户"), new("得分", ReportColumnKind.Score)],
            [.. listed.Select((a, i) => Row(ReportText.Count(i + 1), a.Subject.Name, ReportText.YesNo(((Website)a.Subject).IsPortal), ReportText.Score(a.Total!.Value)))]);
    }

    /// <summary>The reasons a subject failed: its veto findings' reasons, or why its score failed.</summary>
    internal static string Reasons(Assessment assessment) => assessment.FailureCause == FailureCause.Veto
        ? string.Join(Separator, assessment.Violations.Where(v => v.Kind == IndicatorKind.Veto).Select(v => v.Reason).Distinct(StringComparer.Ordinal))
        : $"{ReportText.Label(assessment.FailureCause)}（{ReportText.Score(assessment.Total ?? 0m)}分）";

    internal static string Details(Assessment assessment)
    {
        var vetoes = assessment.FailureCause == FailureCause.Veto ? assessment.Violations.Where(v => v.Kind == IndicatorKind.Veto).ToList() : [];
        var details = vetoes.Where(v => !string.IsNullOrEmpty(v.Detail)).Select(v => v.Detail!);
        var doubts = vetoes.SelectMany(v => v.Warnings).Select(w => "※" + w);
        return string.Join(Separator, details.Concat(doubts).Distinct(StringComparer.Ordinal));
    }

    private static ImmutableArray<string> Row(params string[] cells) => [.. cells];
}
