namespace Compliance.Rules.Diagnostics;

/// <content>CR2xxx: problems of a rule set, documented in <c>rules/README.md</c>.</content>
public static partial class DiagnosticCodes
{
    /// <summary><c>CR2001</c>, error: <c>of:</c> names a fact type that does not exist.</summary>
    public static DiagnosticDescriptor RuleUnknownFactType { get; } = new("CR2001", DiagnosticSeverity.Error, "Unknown fact type", "未知的事实类型");

    /// <summary><c>CR2002</c>, error: a field that the fact type does not have.</summary>
    public static DiagnosticDescriptor RuleUnknownField { get; } = new("CR2002", DiagnosticSeverity.Error, "Unknown field", "未知的字段");

    /// <summary><c>CR2003</c>, error: an operator that does not fit the field's type (e.g. <c>within</c> on a text field).</summary>
    public static DiagnosticDescriptor OperatorMismatch { get; } = new("CR2003", DiagnosticSeverity.Error, "Operator does not fit the field", "运算符与字段类型不符");

    /// <summary><c>CR2004</c>, error: a value that the field cannot hold (an unknown category, a malformed date).</summary>
    public static DiagnosticDescriptor RuleInvalidValue { get; } = new("CR2004", DiagnosticSeverity.Error, "Invalid value", "无效的值");

    /// <summary><c>CR2005</c>, error: two indicators (or groups) with the same id.</summary>
    public static DiagnosticDescriptor DuplicateId { get; } = new("CR2005", DiagnosticSeverity.Error, "Duplicate id", "id 重复");

    /// <summary><c>CR2006</c>, error: <c>extends</c> names a revision that does not exist.</summary>
    public static DiagnosticDescriptor MissingExtendsTarget { get; } = new("CR2006", DiagnosticSeverity.Error, "Extended revision missing", "继承的规则集不存在");

    /// <summary><c>CR2007</c>, error: revisions extend each other in a cycle.</summary>
    public static DiagnosticDescriptor RuleExtendsCycle { get; } = new("CR2007", DiagnosticSeverity.Error, "Revisions extend in a cycle", "规则集循环继承");

    /// <summary><c>CR2008</c>, error: an override names an indicator the base revision does not have.</summary>
    public static DiagnosticDescriptor OverrideOfMissingIndicator { get; } = new("CR2008", DiagnosticSeverity.Error, "Override of a missing indicator", "覆盖的指标不存在");

    /// <summary><c>CR2009</c>, error: the calendar named does not exist.</summary>
    public static DiagnosticDescriptor UnknownCalendar { get; } = new("CR2009", DiagnosticSeverity.Error, "Unknown calendar", "未知的日历");

    /// <summary><c>CR2010</c>, error: a negative or impossible threshold or amount (a count below 0, a ratio above 1).</summary>
    public static DiagnosticDescriptor ImpossibleThreshold { get; } = new("CR2010", DiagnosticSeverity.Error, "Impossible threshold", "不可能的阈值");

    /// <summary><c>CR2011</c>, error: a reason template with an unknown placeholder, a bad format or a syntax error.</summary>
    public static DiagnosticDescriptor TemplateError { get; } = new("CR2011", DiagnosticSeverity.Error, "Reason template error", "原因模板错误");

    /// <summary><c>CR2012</c>, error: an indicator names a group that does not exist or is of another kind.</summary>
    public static DiagnosticDescriptor GroupError { get; } = new("CR2012", DiagnosticSeverity.Error, "Group error", "分组错误");

    /// <summary><c>CR2013</c>, error: points that do not fit the indicator (a veto with points, a deduction without, a cap below the amount).</summary>
    public static DiagnosticDescriptor PointsError { get; } = new("CR2013", DiagnosticSeverity.Error, "Points error", "分值错误");

    /// <summary><c>CR2014</c>, error: a condition with no aggregate, two aggregates, or a comparison where none belongs.</summary>
    public static DiagnosticDescriptor ConditionShape { get; } = new("CR2014", DiagnosticSeverity.Error, "Condition of the wrong shape", "条件结构错误");

    /// <summary><c>CR2015</c>, error: a time window that is not one positive amount of one unit.</summary>
    public static DiagnosticDescriptor InvalidWindow { get; } = new("CR2015", DiagnosticSeverity.Error, "Invalid time window", "时间窗口无效");

    /// <summary><c>CR2016</c>, error: a revision folder without <c>revision.yaml</c>, or a built-in revision that does not exist.</summary>
    public static DiagnosticDescriptor MissingRevision { get; } = new("CR2016", DiagnosticSeverity.Error, "Missing revision", "规则集不存在");

    /// <summary><c>CR2017</c>, error: an unknown subject kind in <c>applies_to</c> or scoring.</summary>
    public static DiagnosticDescriptor UnknownSubjectKind { get; } = new("CR2017", DiagnosticSeverity.Error, "Unknown subject kind", "未知的对象类型");

    /// <summary><c>CR2018</c>, error: an <c>extends</c> or <c>calendar</c> that is a path (with <c>/</c>, <c>\</c> or <c>..</c>) rather than a plain id.</summary>
    public static DiagnosticDescriptor NotAPlainId { get; } = new("CR2018", DiagnosticSeverity.Error, "Path where an id belongs", "应为 id 而非路径");

    /// <summary><c>CR2019</c>, error: a rule file that cannot be read: a dangling symbolic link, a file without read permission, an I/O error.</summary>
    public static DiagnosticDescriptor UnreadableFile { get; } = new("CR2019", DiagnosticSeverity.Error, "Rule file cannot be read", "规则文件无法读取");

    /// <summary><c>CR2020</c>, error: a symbolic link that leads outside the folder being loaded; what it leads to is not read.</summary>
    public static DiagnosticDescriptor OutsideRoot { get; } = new("CR2020", DiagnosticSeverity.Error, "Link leads outside the folder", "链接指向文件夹之外");

    /// <summary><c>CR2101</c>, warning: a deprecated form that still loads, with how to write it now.</summary>
    public static DiagnosticDescriptor Deprecated { get; } = new("CR2101", DiagnosticSeverity.Warning, "Deprecated form", "已弃用的写法");
}
