namespace Compliance.Rules.Diagnostics;

/// <content>CR3xxx: problems of facts input (JSON, YAML and CSV) and of a fact batch.</content>
public static partial class DiagnosticCodes
{
    /// <summary><c>CR3001</c>, error: a subject id used twice.</summary>
    public static DiagnosticDescriptor DuplicateSubject { get; } = new("CR3001", DiagnosticSeverity.Error, "Subject id used twice", "对象 id 重复");

    /// <summary><c>CR3002</c>, error: an observation id used twice within its type.</summary>
    public static DiagnosticDescriptor DuplicateObservation { get; } = new("CR3002", DiagnosticSeverity.Error, "Observation id used twice", "观测记录 id 重复");

    /// <summary><c>CR3003</c>, error: an observation names a subject the batch does not have.</summary>
    public static DiagnosticDescriptor UnknownSubject { get; } = new("CR3003", DiagnosticSeverity.Error, "Observation of an unknown subject", "观测记录的对象不存在");

    /// <summary><c>CR3004</c>, error: a field (or column) that the fact type does not have.</summary>
    public static DiagnosticDescriptor FactsUnknownField { get; } = new("CR3004", DiagnosticSeverity.Error, "Unknown field or column", "未知的字段或列");

    /// <summary><c>CR3005</c>, error: a required field (or column) is missing or empty.</summary>
    public static DiagnosticDescriptor MissingField { get; } = new("CR3005", DiagnosticSeverity.Error, "Missing field or column", "缺少字段或列");

    /// <summary><c>CR3006</c>, error: a value that cannot be read as the field's type (an unparsable date, an unknown category).</summary>
    public static DiagnosticDescriptor FactsInvalidValue { get; } = new("CR3006", DiagnosticSeverity.Error, "Invalid value", "无效的值");

    /// <summary><c>CR3007</c>, error: an unknown fact type, section or file name.</summary>
    public static DiagnosticDescriptor FactsUnknownFactType { get; } = new("CR3007", DiagnosticSeverity.Error, "Unknown fact type, section or file", "未知的事实类型、节或文件");

    /// <summary><c>CR3008</c>, error: input that cannot be read at all: a missing path, malformed JSON or CSV, a folder mixing CSV with JSON/YAML.</summary>
    public static DiagnosticDescriptor UnreadableInput { get; } = new("CR3008", DiagnosticSeverity.Error, "Facts input cannot be read", "事实数据无法读取");

    /// <summary><c>CR3009</c>, error: lists and mappings nested deeper than the facts input allows.</summary>
    public static DiagnosticDescriptor TooDeep { get; } = new("CR3009", DiagnosticSeverity.Error, "Nested too deep", "嵌套过深");

    /// <summary><c>CR3010</c>, error: yAML aliases beyond the facts input's bounds: too many, repeating too much, or naming a node that contains them.</summary>
    public static DiagnosticDescriptor AliasLimit { get; } = new("CR3010", DiagnosticSeverity.Error, "Alias beyond the limits", "别名超出限制");

    /// <summary><c>CR3011</c>, error: a YAML tag other than those of the core schema (<c>!!python/object</c>, <c>!!binary</c>, <c>!include</c>).</summary>
    public static DiagnosticDescriptor ForbiddenTag { get; } = new("CR3011", DiagnosticSeverity.Error, "YAML tag not allowed", "不允许的 YAML 标签");

    /// <summary><c>CR3012</c>, error: a file that is not in an encoding the facts input accepts (UTF-8; for CSV also GB18030/GBK).</summary>
    public static DiagnosticDescriptor WrongEncoding { get; } = new("CR3012", DiagnosticSeverity.Error, "Encoding not accepted", "编码不受支持");

    /// <summary><c>CR3013</c>, error: a file, a value or a CSV row larger than the facts input allows.</summary>
    public static DiagnosticDescriptor TooLarge { get; } = new("CR3013", DiagnosticSeverity.Error, "Too large", "数据过大");

    /// <summary><c>CR3014</c>, warning: a CSV file read as GB18030 (GBK) rather than UTF-8.</summary>
    public static DiagnosticDescriptor ReadAsGb18030 { get; } = new("CR3014", DiagnosticSeverity.Warning, "CSV read as GB18030", "CSV 按 GB18030 读取");

    /// <summary><c>CR3020</c>, error: an inspector finding for an indicator id the revision does not have.</summary>
    public static DiagnosticDescriptor UnknownFindingIndicator { get; } = new("CR3020", DiagnosticSeverity.Error, "Finding of an unknown indicator", "检查发现的指标不存在");

    /// <summary><c>CR3021</c>, error: an inspector finding for an indicator that is measured from other facts and takes no inspector findings.</summary>
    public static DiagnosticDescriptor FindingNotTaken { get; } = new("CR3021", DiagnosticSeverity.Error, "Indicator takes no findings", "该指标不接受人工检查发现");

    /// <summary><c>CR3022</c>, error: an inspector finding whose points or occurrences are negative, or whose points exceed the indicator's cap.</summary>
    public static DiagnosticDescriptor FindingOutOfRange { get; } = new("CR3022", DiagnosticSeverity.Error, "Finding out of range", "检查发现超出范围");

    /// <summary><c>CR3023</c>, error: a coverage declaration (<c>observed</c>) that names no observation type, or that cannot be read.</summary>
    public static DiagnosticDescriptor InvalidCoverage { get; } = new("CR3023", DiagnosticSeverity.Error, "Invalid coverage declaration", "数据覆盖声明无效");

    /// <summary><c>CR3024</c>, error: /// A sample larger than the indicator that reads it allows ("随机抽查3个" with a fourth fact about the same subject).</summary>
    public static DiagnosticDescriptor SampleTooLarge { get; } = new("CR3024", DiagnosticSeverity.Error, "Sample larger than allowed", "样本超出抽查数量");
}
