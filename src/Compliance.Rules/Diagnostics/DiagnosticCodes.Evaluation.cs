namespace Compliance.Rules.Diagnostics;

/// <content>CR5xxx: warnings an evaluation reports about a batch as a whole; the batch is still evaluated.</content>
public static partial class DiagnosticCodes
{
    /// <summary><c>CR5001</c>, warning: the as-of date is before the revision took effect.</summary>
    public static DiagnosticDescriptor BeforeEffectiveDate { get; } = new("CR5001", DiagnosticSeverity.Warning, "Before the revision took effect", "早于规则集生效日期");

    /// <summary><c>CR5002</c>, warning: facts are dated after the as-of date.</summary>
    public static DiagnosticDescriptor FactsAfterAsOf { get; } = new("CR5002", DiagnosticSeverity.Warning, "Facts after the as-of date", "事实晚于核查日期");

    /// <summary><c>CR5003</c>, warning: subjects of a kind the revision does not assess.</summary>
    public static DiagnosticDescriptor KindNotAssessed { get; } = new("CR5003", DiagnosticSeverity.Warning, "Kind not assessed", "该类对象不检查");

    /// <summary><c>CR5004</c>, warning: indicators not assessed because the facts they need were not observed.</summary>
    public static DiagnosticDescriptor MissingData { get; } = new("CR5004", DiagnosticSeverity.Warning, "Indicators without data", "指标缺少数据");

    /// <summary><c>CR5005</c>, warning: subjects that could not be assessed (a date outside the calendar, invalid inspector findings, an error).</summary>
    public static DiagnosticDescriptor SubjectNotAssessed { get; } = new("CR5005", DiagnosticSeverity.Warning, "Subjects not assessed", "对象未能检查");

    /// <summary><c>CR5006</c>, warning: subjects the revision excludes from the inspection (<c>not_checked</c>), such as closed accounts.</summary>
    public static DiagnosticDescriptor SubjectsExcluded { get; } = new("CR5006", DiagnosticSeverity.Warning, "Subjects excluded", "对象不纳入检查");

    /// <summary><c>CR5007</c>, warning: findings whose working-day count crossed a calendar day of low confidence or an unrecorded regional festival.</summary>
    public static DiagnosticDescriptor UncertainCalendar { get; } = new("CR5007", DiagnosticSeverity.Warning, "Uncertain calendar days", "日历存在不确定日期");
}
