namespace Compliance.Rules.Diagnostics;

/// <content>CR0xxx: problems of a YAML file as a file (syntax, keys, types, limits), shared by every loader.</content>
public static partial class DiagnosticCodes
{
    /// <summary><c>CR0001</c>, error: the text is not well-formed YAML (bad indentation, a tab, an unclosed quote).</summary>
    public static DiagnosticDescriptor YamlSyntax { get; } = new("CR0001", DiagnosticSeverity.Error, "Not well-formed YAML", "YAML 格式错误");

    /// <summary><c>CR0002</c>, error: a key that the format does not have at that place.</summary>
    public static DiagnosticDescriptor UnknownKey { get; } = new("CR0002", DiagnosticSeverity.Error, "Unknown key", "未知的键");

    /// <summary><c>CR0003</c>, error: a required key is absent.</summary>
    public static DiagnosticDescriptor MissingKey { get; } = new("CR0003", DiagnosticSeverity.Error, "Missing key", "缺少必填的键");

    /// <summary><c>CR0004</c>, error: a value of the wrong type or form.</summary>
    public static DiagnosticDescriptor WrongType { get; } = new("CR0004", DiagnosticSeverity.Error, "Value of the wrong type or form", "值的类型或格式不对");

    /// <summary><c>CR0005</c>, error: a key given twice in one mapping.</summary>
    public static DiagnosticDescriptor DuplicateKey { get; } = new("CR0005", DiagnosticSeverity.Error, "Key given twice", "键重复");

    /// <summary><c>CR0006</c>, error: mappings and lists nested deeper than the limit (64 levels).</summary>
    public static DiagnosticDescriptor YamlTooDeep { get; } = new("CR0006", DiagnosticSeverity.Error, "Nested too deep", "嵌套过深");

    /// <summary><c>CR0007</c>, error: too many aliases, aliases that expand to too many nodes (a "billion laughs"), or an alias inside the node it names.</summary>
    public static DiagnosticDescriptor YamlAliasLimit { get; } = new("CR0007", DiagnosticSeverity.Error, "Alias beyond the limits", "别名超出限制");

    /// <summary><c>CR0008</c>, error: a file larger than the limit for its kind (1 MiB for rule and calendar files, 4 MiB for case files).</summary>
    public static DiagnosticDescriptor FileTooLarge { get; } = new("CR0008", DiagnosticSeverity.Error, "File too large", "文件过大");

    /// <summary><c>CR0009</c>, error: a line longer than the limit for its kind of file.</summary>
    public static DiagnosticDescriptor LineTooLong { get; } = new("CR0009", DiagnosticSeverity.Error, "Line too long", "行过长");

    /// <summary><c>CR0010</c>, error: a YAML tag other than the core schema's (<c>!!str</c>, <c>!!int</c>, <c>!!float</c>, <c>!!bool</c>, <c>!!null</c>, <c>!!map</c>, <c>!!seq</c>).</summary>
    public static DiagnosticDescriptor YamlTag { get; } = new("CR0010", DiagnosticSeverity.Error, "YAML tag not allowed", "不允许的 YAML 标签");

    /// <summary><c>CR0011</c>, error: a file that is not UTF-8 (for example GBK/GB18030).</summary>
    public static DiagnosticDescriptor NotUtf8 { get; } = new("CR0011", DiagnosticSeverity.Error, "Not UTF-8", "不是 UTF-8 编码");
}
