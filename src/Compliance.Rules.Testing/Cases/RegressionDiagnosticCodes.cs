using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Testing;

/// <summary>
/// The catalogue of regression-case diagnostics (CR4xxx), reported with file, line and column like every other
/// diagnostic of the library. YAML-level problems in case files use the core's CR0xxx codes and fact problems its
/// CR3xxx codes (<see cref="DiagnosticCodes"/>). Each is documented in <c>rules/README.md</c> under "Regression cases".
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class RegressionDiagnosticCodes
{
    /// <summary><c>CR4001</c>, error: two cases of one file have the same name.</summary>
    public static DiagnosticDescriptor DuplicateCaseName { get; } = new("CR4001", DiagnosticSeverity.Error, "Case name used twice", "用例名称重复");

    /// <summary><c>CR4002</c>, error: an expectation names a subject that the case's facts do not have.</summary>
    public static DiagnosticDescriptor UnknownSubject { get; } = new("CR4002", DiagnosticSeverity.Error, "Expectation of an unknown subject", "预期的对象不存在");

    /// <summary><c>CR4003</c>, error: a subject of the case's facts has no expectation.</summary>
    public static DiagnosticDescriptor MissingExpectation { get; } = new("CR4003", DiagnosticSeverity.Error, "Subject without expectation", "对象缺少预期");

    /// <summary><c>CR4004</c>, error: an expectation names an indicator the revision does not have, or lists it in the wrong place.</summary>
    public static DiagnosticDescriptor UnknownIndicator { get; } = new("CR4004", DiagnosticSeverity.Error, "Unknown or misplaced indicator", "指标不存在或位置不对");

    /// <summary><c>CR4005</c>, error: a case file that cannot be read, or a folder or built-in revision without case files where some were asked for.</summary>
    public static DiagnosticDescriptor MissingCases { get; } = new("CR4005", DiagnosticSeverity.Error, "Case file missing or unreadable", "用例文件缺失或无法读取");

    /// <summary>Gets every descriptor of the catalogue, in the order of their codes.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => [DuplicateCaseName, UnknownSubject, MissingExpectation, UnknownIndicator, MissingCases];
}
