using Compliance.Rules.Labels;

namespace Compliance.Rules.Diagnostics;

/// <summary>
/// The words of the language for the severities of diagnostics, as the JSON report writes them: each member's name and
/// Chinese label, bound to the member by its value (see <see cref="EnumTerms"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class DiagnosticVocabulary
{
    /// <summary>The words for <see cref="DiagnosticSeverity"/>.</summary>
    public static readonly EnumTerms Severities = EnumTerms.Of<DiagnosticSeverity>(
        null,
        (DiagnosticSeverity.Warning, "warning", "警告"),
        (DiagnosticSeverity.Error, "error", "错误"));
}
