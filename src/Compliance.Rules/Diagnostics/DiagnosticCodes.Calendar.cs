namespace Compliance.Rules.Diagnostics;

/// <content>CR1xxx: problems of a calendar file, documented in <c>rules/calendars/README.md</c>.</content>
public static partial class DiagnosticCodes
{
    /// <summary><c>CR1001</c>, error: a <c>work</c> day that is not a Saturday or Sunday.</summary>
    public static DiagnosticDescriptor WorkOnWeekday { get; } = new("CR1001", DiagnosticSeverity.Error, "Working day on a weekday", "调休上班日不在周末");

    /// <summary><c>CR1002</c>, error: an <c>off</c> day that is a Saturday or Sunday (an ordinary rest day, not an exception).</summary>
    public static DiagnosticDescriptor OffOnWeekend { get; } = new("CR1002", DiagnosticSeverity.Error, "Day off on a weekend", "放假日在周末");

    /// <summary><c>CR1003</c>, error: one date listed with two different kinds (off and working, or cancelled and working).</summary>
    public static DiagnosticDescriptor ConflictingKinds { get; } = new("CR1003", DiagnosticSeverity.Error, "Date with two kinds", "同一日期有两种类型");

    /// <summary><c>CR1004</c>, error: one date listed twice with the same kind.</summary>
    public static DiagnosticDescriptor DuplicateDate { get; } = new("CR1004", DiagnosticSeverity.Error, "Date listed twice", "日期重复");

    /// <summary><c>CR1005</c>, error: a date outside its year block (its year, from <c>begins</c> when given).</summary>
    public static DiagnosticDescriptor DateOutsideYear { get; } = new("CR1005", DiagnosticSeverity.Error, "Date outside its year", "日期不在所属年份内");

    /// <summary><c>CR1006</c>, error: an <c>extends</c> that names no calendar.</summary>
    public static DiagnosticDescriptor UnknownBase { get; } = new("CR1006", DiagnosticSeverity.Error, "Unknown base calendar", "继承的日历不存在");

    /// <summary><c>CR1007</c>, error: a <c>cancel</c> of a make-up working day the base calendar does not have.</summary>
    public static DiagnosticDescriptor CancelWithoutMakeUpDay { get; } = new("CR1007", DiagnosticSeverity.Error, "Cancel of a missing make-up day", "取消的调休上班日不存在");

    /// <summary><c>CR1008</c>, error: a year with two blocks.</summary>
    public static DiagnosticDescriptor DuplicateYear { get; } = new("CR1008", DiagnosticSeverity.Error, "Year given twice", "年份重复");

    /// <summary><c>CR1009</c>, error: a national (base) calendar with no years, or with a gap between its years or between an overlay's added years and its base.</summary>
    public static DiagnosticDescriptor MissingYear { get; } = new("CR1009", DiagnosticSeverity.Error, "Missing year", "缺少年份");

    /// <summary><c>CR1010</c>, error: a <c>begins</c> that is not in December of the year before, or that would start before the covered range.</summary>
    public static DiagnosticDescriptor BeginsOutOfBounds { get; } = new("CR1010", DiagnosticSeverity.Error, "Begins out of bounds", "起始日期越界");

    /// <summary><c>CR1011</c>, error: a source key that the file's <c>sources</c> does not define.</summary>
    public static DiagnosticDescriptor UnknownSource { get; } = new("CR1011", DiagnosticSeverity.Error, "Unknown source", "未定义的来源");

    /// <summary><c>CR1012</c>, error: an overlay day that the base calendar already has with the same kind.</summary>
    public static DiagnosticDescriptor RepeatsBase { get; } = new("CR1012", DiagnosticSeverity.Error, "Day repeats the base calendar", "与基础日历重复");

    /// <summary><c>CR1013</c>, error: notices not in order: the first is an amendment, or a later one is not an amendment published after the one before.</summary>
    public static DiagnosticDescriptor NoticeOrder { get; } = new("CR1013", DiagnosticSeverity.Error, "Notices out of order", "通知顺序错误");

    /// <summary><c>CR1014</c>, error: calendars that extend one another in a circle.</summary>
    public static DiagnosticDescriptor CalendarExtendsCycle { get; } = new("CR1014", DiagnosticSeverity.Error, "Calendars extend in a cycle", "日历循环继承");

    /// <summary><c>CR1015</c>, error: an <c>id</c> that differs from the file's name.</summary>
    public static DiagnosticDescriptor IdMismatch { get; } = new("CR1015", DiagnosticSeverity.Error, "Id differs from the file name", "id 与文件名不一致");

    /// <summary><c>CR1016</c>, error: a holiday marked unknown in a year that also records days for it.</summary>
    public static DiagnosticDescriptor UnknownHolidayRecorded { get; } = new("CR1016", DiagnosticSeverity.Error, "Unknown holiday with recorded days", "未知节假日却记录了日期");

    /// <summary><c>CR1017</c>, error: a holiday marked unknown twice in one year.</summary>
    public static DiagnosticDescriptor UnknownHolidayTwice { get; } = new("CR1017", DiagnosticSeverity.Error, "Unknown holiday given twice", "未知节假日重复");

    /// <summary><c>CR1018</c>, error: an overlay year before the range of the calendar it extends, or a date outside the composed range.</summary>
    public static DiagnosticDescriptor OutsideBase { get; } = new("CR1018", DiagnosticSeverity.Error, "Outside the base calendar's range", "超出基础日历范围");

    /// <summary><c>CR1019</c>, error: a calendar file or folder that cannot be read.</summary>
    public static DiagnosticDescriptor CannotRead { get; } = new("CR1019", DiagnosticSeverity.Error, "Calendar cannot be read", "日历无法读取");
}
