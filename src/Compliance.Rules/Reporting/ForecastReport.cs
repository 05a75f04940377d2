using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Reporting;

/// <summary>
/// A forecast laid out for the staff who act on it (预警): the summary per subject kind now and at the forecast's last
/// date, the warnings sorted by date and unit in the notice's style (将于{date}因{reason}不合格), the messages waiting for
/// an answer with their deadlines, and each subject's first change.
/// </summary>
/// <remarks>
/// The texts come from the rule set (reasons, <c>warn</c> templates) and the forecast; the report adds none about any
/// indicator. This type is immutable and thread-safe.
/// </remarks>
public sealed class ForecastReport
{
    private const string Separator = "；";

    private ForecastReport(ForecastResult result, RuleRevision revision, ImmutableArray<KindForecast> kinds, ImmutableArray<ReportTable> tables)
    {
        Result = result;
        Revision = revision;
        Kinds = kinds;
        Tables = tables;
    }

    /// <summary>Gets the forecast.</summary>
    public ForecastResult Result { get; }

    /// <summary>Gets the revision.</summary>
    public RuleRevision Revision { get; }

    /// <summary>
    /// Gets every table in order: 预警概况, the warnings (预警名单), the messages waiting for an answer (待答复留言) and the
    /// subjects' first changes (预计变化).
    /// </summary>
    internal ImmutableArray<ReportTable> Tables { get; }

    /// <summary>Gets the summary per subject kind, websites first.</summary>
    internal ImmutableArray<KindForecast> Kinds { get; }

    /// <summary>Lays out a forecast as a report.</summary>
    /// <param name="result">The result of <see cref="ForecastAnalysis"/>.</param>
    /// <param name="revision">The revision the forecast was made with.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The forecast is not of this revision.</exception>
    public static ForecastReport Create(ForecastResult result, RuleRevision revision)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(revision);
        if (result.Current.RevisionId != revision.Id)
        {
            throw new ArgumentException($"the forecast is of revision '{result.Current.RevisionId}', not '{revision.Id}'", nameof(revision));
        }

        var kinds = KindsOf(result);
        ImmutableArray<ReportTable> tables =
        [
            Summary(result, kinds),
            WarningsTable($"预警名单（{Span(result)}）", result.Warnings, withDue: true),
            PendingTable(result),
            FirstChanges(result),
        ];
        return new ForecastReport(result, revision, kinds, tables);
    }

    /// <summary>Lays out warnings as a table: date, unit, subject, indicator, the warning's text, days and working days left, and the result then.</summary>
    /// <param name="title">The table's title.</param>
    /// <param name="warnings">The warnings, in order.</param>
    /// <param name="withDue">Whether to say of each whether it lies within its indicator's <c>warn_ahead</c>.</param>
    /// <returns>The table.</returns>
    internal static ReportTable WarningsTable(string title, IEnumerable<ForecastWarning> warnings, bool withDue)
    {
        ImmutableArray<ReportColumn> columns =
        [
            new("序号", ReportColumnKind.Count), new("预计日期"), new("单位"), new("对象名称"), new("对象类型"), new("指标"), new("预警内容"),
            new("剩余天数", ReportColumnKind.Count), new("剩余工作日", ReportColumnKind.Count), new("届时结果"), new("届时得分", ReportColumnKind.Score),
        ];
        return new ReportTable(
            title,
            withDue ? columns.Add(new ReportColumn("进入预警期")) : columns,
            [.. warnings.Select((w, i) =>
            {
                ImmutableArray<string> row =
                [
                    ReportText.Count(i + 1), ReportText.MonthDay(w.Date), w.Unit, w.Subject.Name, ReportText.Label(w.Subject.Kind),
                    $"{w.IndicatorId} {w.IndicatorName}", w.Text, ReportText.Count(w.Days), ReportText.Count(w.WorkingDays),
                    ReportText.Label(w.Change.After.Verdict), w.Change.After.Total is { } total ? ReportText.Score(total) : string.Empty,
                ];
                return withDue ? row.Add(ReportText.YesNo(w.IsDue)) : row;
            })]);
    }

    /// <summary>Gets the forecast's days in words (6月28日至7月11日).</summary>
    /// <param name="result">The forecast.</param>
    /// <returns>The text.</returns>
    internal static string Span(ForecastResult result) => $"{ReportText.MonthDay(result.AsOf.PlusDays(1))}至{ReportText.MonthDay(result.Until)}";

    private static ImmutableArray<KindForecast> KindsOf(ForecastResult result) =>
    [
        .. Enum.GetValues<SubjectKind>()
            .Where(kind => result.Subjects.Any(s => s.Subject.Kind == kind))
            .Select(kind =>
            {
                var subjects = result.Subjects.Where(s => s.Subject.Kind == kind).ToList();
                var end = subjects.Select(s => (Now: s.Current.Verdict, Then: s.AssessmentOn(result.Until).Verdict)).ToList();
                return new KindForecast(
                    kind,
                    end.Count(v => v.Now == Verdict.Pass),
                    end.Count(v => v.Now == Verdict.Fail),
                    end.Count(v => v.Then == Verdict.Pass),
                    end.Count(v => v.Then == Verdict.Fail),
                    end.Count(v => v.Now == Verdict.Pass && v.Then == Verdict.Fail),
                    subjects.Count(s => !s.Changes.IsEmpty),
                    result.Warnings.Count(w => w.Subject.Kind == kind),
                    result.Warnings.Count(w => w.Subject.Kind == kind && w.IsDue));
            }),
    ];

    private static ReportTable Summary(ForecastResult result, ImmutableArray<KindForecast> kinds)
    {
        var then = ReportText.MonthDay(result.Until);
        return new ReportTable(
            "预警概况",
            [
                new("检查对象"), new("当前合格", ReportColumnKind.Count), new("当前不合格", ReportColumnKind.Count),
                new($"预计{then}合格", ReportColumnKind.Count), new($"预计{then}不合格", ReportColumnKind.Count), new("新增不合格", ReportColumnKind.Count),
                new("结果有变化", ReportColumnKind.Count), new("预警", ReportColumnKind.Count), new("进入预警期", ReportColumnKind.Count),
            ],
            [.. kinds.Select(k => Row(
                ReportText.Label(k.Kind),
                ReportText.Count(k.PassedNow),
                ReportText.Count(k.FailedNow),
                ReportText.Count(k.PassedThen),
                ReportText.Count(k.FailedThen),
                ReportText.Count(k.NewlyFailing),
                ReportText.Count(k.Changing),
                ReportText.Count(k.Warnings),
                ReportText.Count(k.DueWarnings)))]);
    }

    private static ReportTable PendingTable(ForecastResult result) => new(
        "待答复留言",
        [
            new("序号", ReportColumnKind.Count), new("单位"), new("网站名称"), new("留言渠道"), new("收到时间"), new("答复期限"),
            new("剩余工作日", ReportColumnKind.Count), new("指标"), new("预计逾期"),
        ],
        [.. result.PendingMessages.Select((p, i) => Row(
            ReportText.Count(i + 1),
            ForecastWarning.UnitOf(p.Subject),
            p.Subject.Name,
            ReportText.Label(p.Message.Channel),
            string.Create(CultureInfo.InvariantCulture, $"{ReportText.MonthDay(p.Message.Received.Date)} {p.Message.Received.Hour:D2}:{p.Message.Received.Minute:D2}"),
            ReportText.MonthDay(p.Deadline),
            ReportText.Count(p.WorkingDaysLeft),
            p.IndicatorId,
            p.OverdueFrom <= result.Until ? $"{ReportText.MonthDay(p.OverdueFrom)}起逾期" : "预测期内不逾期"))]);

    private static ReportTable FirstChanges(ForecastResult result)
    {
        var units = ForecastWarning.UnitRanks(result.Subjects.Select(s => s.Subject));
        var changing = result.Subjects
            .Select((s, index) => (Subject: s, Index: index))
            .Where(s => s.Subject.FirstChange is not null)
            .OrderBy(s => s.Subject.FirstChange!.Date)
            .ThenBy(s => units[ForecastWarning.UnitOf(s.Subject.Subject)])
            .ThenBy(s => s.Index)
            .Select(s => s.Subject)
            .ToList();
        return new ReportTable(
            $"预计变化（各对象首次变化，{Span(result)}）",
            [
                new("序号", ReportColumnKind.Count), new("首次变化日期"), new("单位"), new("对象名称"), new("对象类型"), new("当前结果"),
                new("当前得分", ReportColumnKind.Score), new("变化内容"), new("届时结果"), new("届时得分", ReportColumnKind.Score), new("此后再变化", ReportColumnKind.Count),
            ],
            [.. changing.Select((s, i) =>
            {
                var change = s.FirstChange!;
                return Row(
                    ReportText.Count(i + 1),
                    ReportText.MonthDay(change.Date),
                    ForecastWarning.UnitOf(s.Subject),
                    s.Subject.Name,
                    ReportText.Label(s.Subject.Kind),
                    ReportText.Label(s.Current.Verdict),
                    s.Current.Total is { } now ? ReportText.Score(now) : string.Empty,
                    Describe(change),
                    ReportText.Label(change.After.Verdict),
                    change.After.Total is { } then ? ReportText.Score(then) : string.Empty,
                    ReportText.Count(s.Changes.Length - 1));
            })]);
    }

    // 新增：{reason}（{detail}）；消除：…
    private static string Describe(ForecastChange change)
    {
        static string Findings(IEnumerable<Finding> findings) =>
            string.Join("、", findings.Select(f => f.Detail is { Length: > 0 } detail ? $"{f.Reason}（{detail}）" : f.Reason).Distinct(StringComparer.Ordinal));
        var parts = new List<string>();
        if (!change.Started.IsEmpty)
        {
            parts.Add("新增：" + Findings(change.Started));
        }

        if (!change.Stopped.IsEmpty)
        {
            parts.Add("消除：" + Findings(change.Stopped));
        }

        if (parts.Count == 0)
        {
            parts.Add("扣分变化");
        }

        return string.Join(Separator, parts);
    }

    private static ImmutableArray<string> Row(params string[] cells) => [.. cells];
}
