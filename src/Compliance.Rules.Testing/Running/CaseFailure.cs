using Compliance.Rules.PlainText;

namespace Compliance.Rules.Testing;

/// <summary>A failed case written as <c>compliance-rules test</c> prints it, for the message of a failing test.</summary>
internal static class CaseFailure
{
    /// <summary>
    /// Describes a failed case: <c>FAIL file.yaml/case name (file:line:col)</c>, then each mismatch on its own line,
    /// indented by two spaces. Every line is made safe for a terminal (case names and ids come from YAML files).
    /// </summary>
    /// <param name="result">The case's result.</param>
    /// <returns>The lines, joined by <see cref="Environment.NewLine"/>.</returns>
    public static string Describe(CaseResult result) =>
        string.Join(
            Environment.NewLine,
            [VisibleText.Of($"FAIL {result.Case.DisplayId} ({result.Case.Location})"), .. result.Mismatches.Select(m => VisibleText.Of("  " + m))]);
}
