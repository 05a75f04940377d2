using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Hosting.Loading;

/// <summary>
/// The catalogue of the host package's diagnostics (CR6xxx), beside the core's (<see cref="DiagnosticCodes"/>,
/// CR0xxx–CR3xxx and CR5xxx) and the testing package's (CR4xxx).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class HostingDiagnosticCodes
{
    /// <summary><c>CR6001</c>, error: two calendar files of the options have the same calendar id.</summary>
    public static DiagnosticDescriptor DuplicateCalendar { get; } = new("CR6001", DiagnosticSeverity.Error, "Calendar id used twice", "日历 id 重复");

    /// <summary><c>CR6002</c>, error: two rule sets of the options are of the same revision.</summary>
    public static DiagnosticDescriptor DuplicateRevision { get; } = new("CR6002", DiagnosticSeverity.Error, "Revision served twice", "规则集重复");

    /// <summary><c>CR6003</c>, error: the default revision is not among the rule sets served.</summary>
    public static DiagnosticDescriptor UnknownDefaultRevision { get; } = new("CR6003", DiagnosticSeverity.Error, "Default revision not served", "默认规则集不在服务范围内");

    /// <summary><c>CR6004</c>, error: loading a rule set failed with an exception (a file that cannot be read, for example).</summary>
    public static DiagnosticDescriptor LoadFailed { get; } = new("CR6004", DiagnosticSeverity.Error, "Rule set failed to load", "规则集加载失败");

    /// <summary>Gets every descriptor of the catalogue, in the order of their codes.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => [DuplicateCalendar, DuplicateRevision, UnknownDefaultRevision, LoadFailed];
}
