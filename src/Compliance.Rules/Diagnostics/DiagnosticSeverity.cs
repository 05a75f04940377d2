using Compliance.Rules.Facts;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth a look, but the input is usable (for example an indicator marked <c>verified: false</c>).</summary>
    [Label("警告")]
    Warning,

    /// <summary>The input cannot be used until this is fixed.</summary>
    [Label("错误")]
    Error,
}
