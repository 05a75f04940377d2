using Compliance.Rules.Labels;

namespace Compliance.Rules.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
[EnumTerms(typeof(DiagnosticVocabulary))]
public enum DiagnosticSeverity
{
    /// <summary>Worth a look, but the input is usable (for example an indicator marked <c>verified: false</c>).</summary>
    Warning,

    /// <summary>The input cannot be used until this is fixed.</summary>
    Error,
}
