using System.Globalization;
using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// The engine's own Chinese wording of results that no indicator words: why an indicator or a subject was not
/// assessed, or excluded. Indicator-specific reasons come from the rule files.
/// </summary>
internal static class ResultText
{
    /// <summary>Words why an indicator was not assessed: 未检查：缺少办事指南数据.</summary>
    /// <param name="labels">The Chinese labels of the missing fact types.</param>
    /// <returns>The text.</returns>
    public static string MissingData(IEnumerable<string> labels) => $"未检查：缺少{string.Join("、", labels)}数据";

    /// <summary>Words why a subject could not be assessed because a date lies outside the calendar.</summary>
    /// <param name="error">The calendar's exception.</param>
    /// <returns>The text.</returns>
    public static string OutsideCalendar(CalendarRangeException error) => string.Create(
        CultureInfo.InvariantCulture,
        $"无法评估：{Iso(error.Date)} 超出日历 {error.CalendarId} 的范围（{Iso(error.CoveredRange.Start)} 至 {Iso(error.CoveredRange.End)}）");

    /// <summary>Words why a subject could not be assessed because of an unexpected error in its facts.</summary>
    /// <param name="message">What went wrong.</param>
    /// <returns>The text.</returns>
    public static string Failed(string message) => $"无法评估：{message}";

    /// <summary>Words why a subject could not be assessed because its inspector findings are invalid.</summary>
    /// <param name="count">How many of its findings are invalid.</param>
    /// <returns>The text.</returns>
    public static string InvalidFindings(int count) => string.Create(CultureInfo.InvariantCulture, $"无法评估：{count}条人工检查记录有误或抽查样本超出规定数量（见诊断信息）");

    /// <summary>Words why a subject of a kind the revision does not assess was not assessed.</summary>
    /// <param name="revisionId">The revision.</param>
    /// <param name="kind">The subject kind.</param>
    /// <returns>The text.</returns>
    public static string KindNotAssessed(string revisionId, SubjectKind kind) =>
        $"无法评估：规则集 {revisionId} 没有适用于{FactCatalog.Subject(kind).Label}的指标";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
